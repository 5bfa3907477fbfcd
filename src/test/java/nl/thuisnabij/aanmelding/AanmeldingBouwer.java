package nl.thuisnabij.aanmelding;

import java.time.LocalDate;
import java.util.Map;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;

/**
 * Builds the registrations a test needs through the application's own steps, as a school would:
 * a new pupil registered in writing three weeks ago for a start eight weeks ahead, and, when asked,
 * the school's decision on it. Versions are read, never guessed.
 */
final class AanmeldingBouwer {

    private final SwvCode swv;
    private final long vestigingId;
    private final Aanmeldingen aanmeldingen;
    private String postcode = "1016AB";

    AanmeldingBouwer(SwvCode swv, long vestigingId, Aanmeldingen aanmeldingen) {
        this.swv = swv;
        this.vestigingId = vestigingId;
        this.aanmeldingen = aanmeldingen;
    }

    /** The pupils built from now on live at this postcode (the placement search measures from it). */
    AanmeldingBouwer wonendOp(String postcode) {
        this.postcode = postcode;
        return this;
    }

    /** A registration under investigation, with the support the parents report. */
    long aangemeld(String voornaam, Map<Long, Niveau> behoeften) {
        return aanmeldingen.registreer(swv, vestigingId,
                new NieuweLeerling(voornaam, "Aanmelding", LocalDate.now().minusYears(7), Postcode.volledig(postcode), null),
                LocalDate.now().minusWeeks(3), LocalDate.now().plusWeeks(8), !behoeften.isEmpty(), behoeften);
    }

    /** A registration the school has decided on. */
    long besloten(String voornaam, Map<Long, Niveau> behoeften, AanmeldingStatus uitkomst, String toelichting) {
        long id = aangemeld(voornaam, behoeften);
        aanmeldingen.neemBesluit(swv, vestigingId, id, versie(id), uitkomst, toelichting);
        return id;
    }

    int versie(long id) {
        return aanmeldingen.overzicht(swv, vestigingId, id, ib()).aanmelding().versie();
    }

    /** The intern begeleider of the school the registrations are built at. */
    Gebruiker ib() {
        return schoolmedewerker(swv, vestigingId);
    }

    static Gebruiker schoolmedewerker(SwvCode swv, long vestigingId) {
        return new Gebruiker(0, "ib-" + vestigingId, "IB van vestiging " + vestigingId, "{noop}-", java.util.List.of(Rol.INTERN_BEGELEIDER),
                swv.waarde(), vestigingId, null, true);
    }

    static Gebruiker coordinator(SwvCode swv) {
        return new Gebruiker(0, "coordinator-" + swv.waarde(), "Coördinator", "{noop}-", java.util.List.of(Rol.ONDERSTEUNINGSCOORDINATOR),
                swv.waarde(), null, null, true);
    }
}
