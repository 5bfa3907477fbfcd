package nl.thuisnabij.thuiszitter;

import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerling;
import java.time.LocalDate;

/**
 * Who sees which case, in one place: the SWV's care staff every case of their SWV; a school the
 * cases it reported for its own pupils; the leerplichtambtenaar the cases of children living in
 * their municipality, whichever SWV; the municipality's youth care team only while the parents'
 * consent runs; the parents their own child's; nobody else — policy staff see only counts.
 */
public final class ThuiszitterToegang {

    private ThuiszitterToegang() {
    }

    public static boolean magZien(Gebruiker kijker, Thuiszitter zaak, Leerling leerling, LocalDate vandaag) {
        if (kijker.heeftRol(Rol.OUDER)) {
            return leerling != null && leerling.heeftOuderaccount(kijker.id());
        }
        if (kijker.heeftRol(Rol.JEUGDHULP)) {
            return zaak.toestemmingOp(vandaag).filter(t -> kijker.gemeenteId() != null && t.gemeenteId() == kijker.gemeenteId()).isPresent();
        }
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
