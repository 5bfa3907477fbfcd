package nl.thuisnabij.thuiszitter;

import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;

/**
 * Who sees which case, in one place: the SWV's care staff every case of their SWV; a school the
 * cases it reported for its own pupils; the leerplichtambtenaar the cases of children living in
 * their municipality, whichever SWV; nobody else — the municipality's policy staff see only counts.
 */
public final class ThuiszitterToegang {

    private ThuiszitterToegang() {
    }

    public static boolean magZien(Gebruiker kijker, Thuiszitter zaak) {
        if (kijker.heeftRol(Rol.LEERPLICHTAMBTENAAR)) {
            return kijker.gemeenteId() != null && kijker.gemeenteId().equals(zaak.gemeenteId());
        }
        if (!zaak.swv().waarde().equals(kijker.swvCode())) {
            return false;
        }
        if (kijker.scope() == Rol.Scope.SCHOOL) {
            return kijker.vestigingId() != null && kijker.vestigingId().equals(zaak.vestigingId());
        }
        return isSwvZorg(kijker);
    }

    public static boolean isSwvZorg(Gebruiker g) {
        return g.heeftRol(Rol.ONDERSTEUNINGSCOORDINATOR) || g.heeftRol(Rol.DIRECTEUR) || g.heeftRol(Rol.SWV_BEHEERDER);
    }
}
