package nl.thuisnabij.leerling;

import java.time.LocalDate;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * The data of a pupil being registered, checked before anything is stored. The pupil lives in the
 * Netherlands (a full postcode) or abroad (the country, and no postcode).
 */
public record NieuweLeerling(String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode, String woonland, Long ouderGebruikerId) {

    /** A pupil living in the Netherlands. */
    public NieuweLeerling(String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode, Long ouderGebruikerId) {
        this(voornaam, achternaam, geboortedatum, postcode, null, ouderGebruikerId);
    }

    public NieuweLeerling {
        if (voornaam == null || voornaam.isBlank()) {
            throw new OngeldigeInvoerException("voornaam", "vul de voornaam van de leerling in");
        }
        if (achternaam == null || achternaam.isBlank()) {
            throw new OngeldigeInvoerException("achternaam", "vul de achternaam van de leerling in");
        }
        if (geboortedatum == null) {
            throw new OngeldigeInvoerException("geboortedatum", "vul de geboortedatum van de leerling in");
        }
        if (geboortedatum.isAfter(LocalDate.now().minusYears(2)) || geboortedatum.isBefore(LocalDate.now().minusYears(25))) {
            throw new OngeldigeInvoerException("geboortedatum", "geboortedatum %s past niet bij een leerling in het primair of voortgezet onderwijs"
                    .formatted(geboortedatum));
        }
        woonland = woonland == null || woonland.isBlank() ? null : woonland.strip();
        if (woonland != null && postcode != null) {
            throw new OngeldigeInvoerException("woonland", "vul een postcode in als de leerling in Nederland woont, of een land als de leerling in het "
                    + "buitenland woont, niet allebei");
        }
        if (woonland != null && (woonland.equalsIgnoreCase("nederland") || woonland.length() > 60)) {
            throw new OngeldigeInvoerException("woonland", "vul het land in waar de leerling woont (niet Nederland: vul dan de postcode in)");
        }
        if (woonland == null && (postcode == null || !postcode.isVolledig())) {
            throw new OngeldigeInvoerException("postcode", "vul de volledige postcode van het woonadres in, bijvoorbeeld 1011 AB, of het land als de "
                    + "leerling in het buitenland woont");
        }
        voornaam = voornaam.trim();
        achternaam = achternaam.trim();
    }
}
