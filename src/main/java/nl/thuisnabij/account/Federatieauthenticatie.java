package nl.thuisnabij.account;

import java.io.Serial;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A login through the education federation, as the rest of the application sees it: the
 * {@link Gebruiker} the identity was linked to, plus what logging out at the provider needs.
 */
final class Federatieauthenticatie extends UsernamePasswordAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String registratie;
    private final String idToken;

    Federatieauthenticatie(Gebruiker gebruiker, String registratie, String idToken) {
        super(gebruiker, null, gebruiker.getAuthorities());
        this.registratie = registratie;
        this.idToken = idToken;
    }

    String registratie() {
        return registratie;
    }

    String idToken() {
        return idToken;
    }
}
