package nl.thuisnabij.leerling;

import java.time.LocalDate;
import java.time.Period;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;

/**
 * A pupil with only what registration and placement need (AVG data minimisation): name, date of
 * birth and home postcode, which decides distances and, later, the competent SWV — or, for a pupil
 * living abroad, the country instead of the postcode.
 */
public record Leerling(long id, SwvCode swv, String voornaam, String achternaam, LocalDate geboortedatum, Postcode postcode, String woonland,
        java.util.Set<Long> ouderaccounts, Long vestigingId, Persoonsnummer persoonsnummer, String residentieleInstelling, LocalDate residentieelTot) {

    /** WEC 40 lid 16: placed in a residential institution, and so admissible to (V)SO without a TLV, on this day. */
    public boolean residentieelGeplaatstOp(LocalDate dag) {
        return residentieelTot != null && !dag.isAfter(residentieelTot);
    }

    public Leerling {
        ouderaccounts = java.util.Set.copyOf(ouderaccounts);
    }

    /** Whether this account is one of the pupil's parents'. */
    public boolean heeftOuderaccount(long gebruikerId) {
        return ouderaccounts.contains(gebruikerId);
    }

    public boolean woontInBuitenland() {
        return woonland != null;
    }

    /** The postcode, or the country abroad, as the pages show where the pupil lives. */
    public String woonadres() {
        return woontInBuitenland() ? "buitenland: " + woonland : postcode.toString();
    }

    public String naam() {
        return voornaam + " " + achternaam;
    }

    public int leeftijdOp(LocalDate datum) {
        return Period.between(geboortedatum, datum).getYears();
    }
}
