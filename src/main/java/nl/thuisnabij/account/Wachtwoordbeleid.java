package nl.thuisnabij.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after NIST SP 800-63B §5.1.1.2: long enough, not one of the passwords
 * known from breaches, not made of the person's own name or address or of the service's name — and
 * no composition rules (no "one capital, one digit"), which make passwords harder to remember, not
 * harder to guess.
 */
@Component
class Wachtwoordbeleid {

    static final int MINIMUM = 12;
    static final int MAXIMUM = 128;
    /** Words anyone would try first against this service. */
    private static final List<String> DIENSTWOORDEN = List.of("thuisnabij", "samenwerkingsverband", "passendonderwijs");

    private final Set<String> bekend;

    Wachtwoordbeleid() {
        try {
            var tekst = new ClassPathResource("referentiedata/veelgebruikte-wachtwoorden.txt").getContentAsString(StandardCharsets.UTF_8);
            bekend = new HashSet<>(tekst.lines().map(regel -> regel.strip().toLowerCase(Locale.ROOT)).filter(regel -> !regel.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("de lijst van bekende wachtwoorden ontbreekt", e);
        }
    }

    /** Refuses a password with the reason, at the form's field {@code wachtwoord}. */
    void controleer(String wachtwoord, Gebruiker voor, String email) {
        if (wachtwoord == null || wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMUM) {
            throw fout("kies een wachtwoord van ten minste %d tekens; een zin van een paar woorden is lang en makkelijk te onthouden".formatted(MINIMUM));
        }
        if (wachtwoord.length() > MAXIMUM) {
            throw fout("een wachtwoord heeft ten hoogste %d tekens".formatted(MAXIMUM));
        }
        var klein = wachtwoord.toLowerCase(Locale.ROOT);
        if (bekend.contains(klein) || wachtwoord.chars().distinct().count() <= 2) {
            throw fout("dit wachtwoord komt voor in lijsten van gelekte of veelgebruikte wachtwoorden; kies een ander");
        }
        var eigen = new java.util.ArrayList<>(DIENSTWOORDEN);
        eigen.add(voor.getUsername().toLowerCase(Locale.ROOT));
        if (email != null && email.contains("@")) {
            eigen.add(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT));
        }
        for (var deel : voor.naam().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            eigen.add(deel);
        }
        var zonderTekens = klein.replaceAll("[^\\p{L}\\p{N}]", "");
        if (eigen.stream().filter(woord -> woord.length() >= 4).anyMatch(woord -> zonderTekens.contains(woord.replaceAll("[^\\p{L}\\p{N}]", "")))) {
            throw fout("een wachtwoord met uw naam, gebruikersnaam, e-mailadres of de naam van deze dienst erin is snel geraden; kies een ander");
        }
    }

    private static OngeldigeInvoerException fout(String bericht) {
        return new OngeldigeInvoerException("wachtwoord", bericht);
    }
}
