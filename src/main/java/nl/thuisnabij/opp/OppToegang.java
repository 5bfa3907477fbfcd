package nl.thuisnabij.opp;

import java.util.EnumSet;
import java.util.Set;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerling;

/**
 * Who sees which OPP, in one place: the school its own pupils' OPPs; the parents their own child's,
 * from the moment it is discussed with them (a draft is the school's work in progress); the SWV's
 * care staff, commission and experts only the OPPs of pupils for whom the SWV has a case (a
 * request, an arrangement, a TLV: data minimisation); nobody else.
 */
public final class OppToegang {

    private OppToegang() {
    }

    public static boolean magZien(Gebruiker kijker, Opp opp, Leerling leerling, boolean swvHeeftCasus) {
        if (kijker.heeftRol(Rol.OUDER)) {
            return isOuder(kijker, leerling) && (opp.vastgesteld().isPresent() || opp.laatsteVersie().status() != OppVersie.Status.CONCEPT);
        }
        if (!opp.swv().waarde().equals(kijker.swvCode())) {
            return false;
        }
        if (kijker.scope() == Rol.Scope.SCHOOL) {
            return isSchool(kijker, opp);
        }
        return isSwvBetrokken(kijker) && swvHeeftCasus;
    }

    /** Which versions this person reads: parents never a draft, the others every version of an OPP they see. */
    public static boolean magVersieZien(Gebruiker kijker, OppVersie versie) {
        return !kijker.heeftRol(Rol.OUDER) || versie.status() != OppVersie.Status.CONCEPT;
    }

    /** The capacities in which this person takes steps on the OPP; the SWV reads only. */
    public static Set<Oppstap.Hoedanigheid> hoedanigheden(Gebruiker kijker, Opp opp, Leerling leerling) {
        var wie = EnumSet.noneOf(Oppstap.Hoedanigheid.class);
        if (kijker.heeftRol(Rol.OUDER) && isOuder(kijker, leerling)) {
            wie.add(Oppstap.Hoedanigheid.OUDER);
        }
        if (kijker.scope() == Rol.Scope.SCHOOL && opp.swv().waarde().equals(kijker.swvCode()) && isSchool(kijker, opp)) {
            wie.add(Oppstap.Hoedanigheid.SCHOOL);
        }
        return wie;
    }

    public static boolean isSwvBetrokken(Gebruiker g) {
        return g.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR) || g.heeftRol(Rol.DIRECTEUR) || g.heeftRol(Rol.SWV_BEHEERDER)
                || g.heeftRol(Rol.COMMISSIELID) || g.heeftRol(Rol.DESKUNDIGE);
    }

    private static boolean isOuder(Gebruiker kijker, Leerling leerling) {
        return leerling != null && leerling.heeftOuderaccount(kijker.id());
    }

    private static boolean isSchool(Gebruiker kijker, Opp opp) {
        return kijker.vestigingId() != null && kijker.vestigingId() == opp.vestigingId();
    }
}
