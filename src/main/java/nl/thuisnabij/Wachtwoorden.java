package nl.thuisnabij;

import java.security.SecureRandom;
import java.util.Base64;

/** The embedded database's two passwords: of its owner (migrations) and of the application's role. */
record Wachtwoorden(String eigenaar, String applicatie) {

    private static final SecureRandom TOEVAL = new SecureRandom();

    static Wachtwoorden nieuw() {
        return new Wachtwoorden(willekeurig(), willekeurig());
    }

    private static String willekeurig() {
        var bytes = new byte[24];
        TOEVAL.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Wachtwoorden[verborgen]";
    }
}
