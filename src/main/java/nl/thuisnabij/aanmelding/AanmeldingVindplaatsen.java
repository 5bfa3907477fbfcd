package nl.thuisnabij.aanmelding;

import java.util.Collection;
import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Vindplaatsen;
import nl.thuisnabij.register.SwvCode;
import org.springframework.stereotype.Component;

/**
 * The registrations of the pupils searched for: a school opens its own; the SWV's coordinator,
 * director and beheerder find them on the zorgplicht dashboard.
 */
@Component
class AanmeldingVindplaatsen implements Vindplaatsen {

    private final Aanmeldingen aanmeldingen;

    AanmeldingVindplaatsen(Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public List<Vindplaats> van(Gebruiker kijker, SwvCode swv, Collection<Long> leerlingen) {
        boolean school = kijker.scope() == Rol.Scope.SCHOOL;
        boolean zorgplicht = !school && (kijker.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR) || kijker.heeftRol(Rol.DIRECTEUR)
                || kijker.heeftRol(Rol.SWV_BEHEERDER));
        if (leerlingen.isEmpty() || !(school || zorgplicht)) {
            return List.of();
        }
        return aanmeldingen.vanLeerlingen(swv, leerlingen, kijker).stream()
                .map(a -> new Vindplaats(a.leerlingId(), "Aanmelding (" + a.status().omschrijving() + ")", school
                        ? "/swv/%s/vestigingen/%d/aanmeldingen/%d".formatted(swv.waarde(), a.vestigingId(), a.id())
                        : "/swv/%s/zorgplicht".formatted(swv.waarde())))
                .toList();
    }
}
