package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.leerling.OuderContact;
import nl.thuisnabij.leerling.Persoonsnummer;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the requests a test needs through the application's own steps, as a school would: a
 * pupil of the school with a parent, a complete concept, a submitted request. Versions are read,
 * never guessed.
 */
public final class AanvraagBouwer {

    private final SwvCode swv;
    private final Gebruiker school;
    private final Aanvragen aanvragen;
    private final Leerlingen leerlingen;
    private final JdbcClient jdbc;
    private final String achternaam;
    private Long ouder;
    private String postcode = "1016AB";

    public AanvraagBouwer(SwvCode swv, Gebruiker school, String achternaam, Aanvragen aanvragen, Leerlingen leerlingen, JdbcClient jdbc) {
        this.swv = swv;
        this.school = school;
        this.achternaam = achternaam;
        this.aanvragen = aanvragen;
        this.leerlingen = leerlingen;
        this.jdbc = jdbc;
    }

    /** Pupils built from now on have this parent account, so the parent sees their requests. */
    public AanvraagBouwer metOuderAccount(long ouderGebruikerId) {
        this.ouder = ouderGebruikerId;
        return this;
    }

    /** Pupils built from now on live at this postcode (by default in the demo SWV's area). */
    public AanvraagBouwer metWoonadres(String postcode) {
        this.postcode = postcode;
        return this;
    }

    /** A nine-year-old pupil of the school, living in the SWV, with a parent's contact and optionally a BSN. */
    public long leerling(String voornaam, String bsn) {
        long id = leerlingen.registreer(swv, new NieuweLeerling(voornaam, achternaam, LocalDate.now().minusYears(9), Postcode.volledig(postcode),
                ouder));
        leerlingen.schrijfIn(swv, id, school.vestigingId(), LocalDate.now().minusYears(2));
        leerlingen.voegOuderToe(swv, id, new OuderContact("Ouder " + voornaam, "moeder", voornaam.toLowerCase() + "@ouders.example", null));
        if (bsn != null) {
            leerlingen.legPersoonsnummerVast(swv, id, new Persoonsnummer(Persoonsnummer.Soort.BSN, bsn));
        }
        return id;
    }

    /** A concept with everything submission asks for: question, needs, what was tried, the parents' view. */
    public long compleetConcept(Aanvraagsoort soort, String voornaam, String bsn, Long arrangement) {
        long id = aanvragen.maakConcept(swv, school.vestigingId(), leerling(voornaam, bsn), soort, null);
        aanvragen.wijzigInhoud(swv, id, versie(id), school, "Welke plek past?", "Kleine groep, veel structuur.", "Arrangement en gedragsplan.",
                arrangement);
        aanvragen.legOudergesprekVast(swv, id, versie(id), school, "De ouders steunen de aanvraag.", true);
        return id;
    }

    public long ingediend(Aanvraagsoort soort, String voornaam, String bsn, Long arrangement) {
        long id = compleetConcept(soort, voornaam, bsn, arrangement);
        aanvragen.dienIn(swv, id, versie(id), school);
        return id;
    }

    /** The version a person would have seen on the page just now. */
    public int versie(long id) {
        return jdbc.sql("select versie from aanvraag where id = ?").param(id).query(Integer.class).single();
    }
}
