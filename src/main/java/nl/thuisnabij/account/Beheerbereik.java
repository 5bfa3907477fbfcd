package nl.thuisnabij.account;

import java.util.List;
import nl.thuisnabij.register.SwvCode;

/**
 * Whose people an administrator manages: the SWV-beheerder those of the SWV and all its schools, a
 * school director those of their own school site, with the school's roles only.
 */
public record Beheerbereik(SwvCode swv, Long vestigingId) {

    public static Beheerbereik samenwerkingsverband(SwvCode swv) {
        return new Beheerbereik(swv, null);
    }

    public static Beheerbereik school(SwvCode swv, long vestigingId) {
        return new Beheerbereik(swv, vestigingId);
    }

    public boolean isSchool() {
        return vestigingId != null;
    }

    /** The roles this administrator hands out. */
    public List<Rol> rollen() {
        return Accountbeheer.toeTeKennenRollen().stream().filter(rol -> !isSchool() || rol.scope() == Rol.Scope.SCHOOL).toList();
    }

    boolean omvat(Gebruiker gebruiker) {
        return !isSchool() || vestigingId.equals(gebruiker.vestigingId());
    }
}
