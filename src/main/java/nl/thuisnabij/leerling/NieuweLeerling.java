package nl.thuisnabij.leerling;

import java.time.LocalDate;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/** The data of a pupil being registered, checked before anything is stored. */
public record NieuweLeerling(String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode, Long ouderGebruikerId) {

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
        if (postcode == null || !postcode.isVolledig()) {
            throw new OngeldigeInvoerException("postcode", "vul de volledige postcode van het woonadres in, bijvoorbeeld 1011 AB");
        }
        voornaam = voornaam.trim();
        achternaam = achternaam.trim();
    }
}
