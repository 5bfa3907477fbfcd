package nl.thuisnabij.leerling;

import java.time.LocalDate;
import java.time.Period;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;

/**
 * A pupil with only what registration and placement need (AVG data minimisation): name, date of
 * birth and home postcode, which decides distances and, later, the competent SWV.
 */
public record Leerling(long id, SwvCode swv, String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode,
        Long ouderGebruikerId, Long vestigingId, Persoonsnummer persoonsnummer) {

    public String naam() {
        return voornaam + " " + achternaam;
    }

    public int leeftijdOp(LocalDate datum) {
        return Period.between(geboortedatum, datum).getYears();
    }
}
