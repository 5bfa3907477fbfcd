package nl.thuisnabij.aanvraag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerling;

/**
 * Who sees which request, in one place: the school its own (concepts too) while the pupil is still
 * its pupil, or registered there and under investigation (WPO 18a lid 6c) — after a change of school
 * the old school sees none of them, because the pupil's data then includes what the new school
 * records (data minimisation) —, the SWV's handlers all
 * submitted ones, an expert those they were asked to advise on, a commission member those on an
 * agenda, a parent their own child's submitted ones, and a draft once the school asked them for their view. {@link #magZien} judges one loaded request;
 * {@link #zichtbaarVoor} says the same as an SQL condition for lists, and a test holds the two
 * equal over every demo user.
 */
public final class AanvraagToegang {

    private AanvraagToegang() {
    }

    /** {@code aangemeldBijSchool}: for a school user, whether the pupil is registered at the user's school and under investigation. */
    public static boolean magZien(Gebruiker kijker, Aanvraag a, Leerling leerling, boolean aangemeldBijSchool) {
        if (kijker.heeftRol(Rol.OUDER)) {
            return (a.status() != AanvraagStatus.CONCEPT || a.oudersUitgenodigdOp() != null) && leerling != null && leerling.heeftOuderaccount(kijker.id());
        }
        if (!a.swv().waarde().equals(kijker.swvCode())) {
            return false;
        }
        if (kijker.scope() == Rol.Scope.SCHOOL) {
            return kijker.vestigingId() != null && kijker.vestigingId() == a.vestigingId() && leerling != null
                    && (kijker.vestigingId().equals(leerling.vestigingId()) || aangemeldBijSchool);
        }
        if (a.status() == AanvraagStatus.CONCEPT) {
            return false;
        }
        if (isBehandelaar(kijker)) {
            return true;
        }
        if (kijker.heeftRol(Rol.DESKUNDIGE) && a.isDeskundigeVan(kijker.id())) {
            return true;
        }
        return kijker.heeftRol(Rol.COMMISSIELID) && a.vergaderingId() != null;
    }

    /** An SQL condition on {@code aanvraag a} within one SWV, with its named parameters. */
    public record Voorwaarde(String sql, Map<String, Object> waarden) {
    }

    /** For a school user, {@code leerlingenVanSchool} gives the pupils now enrolled at, or registered and under investigation at, the user's school. */
    static Voorwaarde zichtbaarVoor(Gebruiker kijker, Supplier<Collection<Long>> leerlingenVanSchool) {
        if (kijker.scope() == Rol.Scope.SCHOOL) {
            return kijker.vestigingId() == null ? new Voorwaarde("false", Map.of())
                    : new Voorwaarde("a.vestiging_id = :zichtVestiging and a.leerling_id = any(:zichtLeerlingen)",
                            Map.of("zichtVestiging", kijker.vestigingId(), "zichtLeerlingen", leerlingenVanSchool.get().toArray(Long[]::new)));
        }
        var delen = new ArrayList<String>();
        if (isBehandelaar(kijker)) {
            delen.add("true");
        }
        if (kijker.heeftRol(Rol.DESKUNDIGE)) {
            delen.add("exists (select 1 from aanvraag_deskundige d where d.aanvraag_id = a.id and d.deskundige_id = :zichtIk and d.vervangen_op is null)");
        }
        if (kijker.heeftRol(Rol.COMMISSIELID)) {
            delen.add("a.vergadering_id is not null");
        }
        if (delen.isEmpty()) {
            return new Voorwaarde("false", Map.of());
        }
        return new Voorwaarde("a.status <> 'CONCEPT' and (" + String.join(" or ", delen) + ")", Map.of("zichtIk", kijker.id()));
    }

    /** In which capacities this user looks at requests; the steps offered follow from it. */
    public static Aanvraagstap.Betrokkene betrokkene(Gebruiker g) {
        var hoedanigheden = EnumSet.noneOf(Aanvraagstap.Hoedanigheid.class);
        if (isSchool(g)) {
            hoedanigheden.add(Aanvraagstap.Hoedanigheid.SCHOOL);
        }
        if (g.heeftRol(Rol.OUDER)) {
            hoedanigheden.add(Aanvraagstap.Hoedanigheid.OUDER);
        }
        if (isBehandelaar(g)) {
            hoedanigheden.add(Aanvraagstap.Hoedanigheid.BEHANDELAAR);
        }
        if (g.heeftRol(Rol.DESKUNDIGE)) {
            hoedanigheden.add(Aanvraagstap.Hoedanigheid.DESKUNDIGE);
        }
        if (g.heeftRol(Rol.COMMISSIELID)) {
            hoedanigheden.add(Aanvraagstap.Hoedanigheid.COMMISSIELID);
        }
        return new Aanvraagstap.Betrokkene(hoedanigheden, g.id());
    }

    public static boolean isBehandelaar(Gebruiker g) {
        return g.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR) || g.heeftRol(Rol.DIRECTEUR) || g.heeftRol(Rol.SWV_BEHEERDER);
    }

    public static boolean isSchool(Gebruiker g) {
        return g.scope() == Rol.Scope.SCHOOL;
    }
}
