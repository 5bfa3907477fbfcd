package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.Termijnenwet;

/**
 * An objection against a decision version, numbered within its request, with the national advisory
 * committee's advice for a TLV, and the decision term's one postponement (Awb 7:10 lid 3).
 */
public record Bezwaar(int volgnummer, int besluitVolgnummer, Indiener ingediendDoor, LocalDate ingediendOp, String gronden, LocalDate termijnTot,
        LocalDate lbtGevraagdOp, String lbtAdvies, LocalDate lbtAdviesOp, Beslissing beslissing, LocalDate beslistOp, String toelichting,
        LocalDate verdaagdOp, String verdagingsreden, boolean zonderAdviesTegemoetgekomen) {

    /** Awb 7:13 and WPO 18a lid 12: the SWV asks its advisory committee within two weeks after receiving the objection. */
    public static final int ADVIES_VRAGEN_BINNEN_WEKEN = 2;
    /** Awb 7:10 lid 1: decide within 6 weeks after the objection term, 12 with an advisory committee under 7:13 (a TLV's). */
    public static final int BESLISTERMIJN_WEKEN = 6;
    public static final int BESLISTERMIJN_MET_COMMISSIE_WEKEN = 12;
    /** Awb 7:10 lid 3: the decision may be postponed once, by at most 6 weeks. */
    public static final int VERDAGING_WEKEN = 6;

    /** Who may object: whoever is an interested party (Awb 1:2) — the parents, the requesting school, or another one. */
    public enum Indiener {
        OUDERS("de ouders"), SCHOOL("de school"), ANDERE_BELANGHEBBENDE("een andere belanghebbende");

        private final String omschrijving;

        Indiener(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public enum Beslissing {
        GEGROND, ONGEGROND
    }

    /** Lodged after the six-week term; the SWV must still weigh whether the lateness is excusable. */
    public boolean teLaat() {
        return ingediendOp.isAfter(termijnTot);
    }

    /** Awb 7:10: the last day to decide, counted from the end of the objection term, postponed once when it was (Atw art. 1 applies). */
    public LocalDate beslissenUiterlijk(Aanvraagsoort soort) {
        var weken = (soort.isTlv() ? BESLISTERMIJN_MET_COMMISSIE_WEKEN : BESLISTERMIJN_WEKEN) + (verdaagdOp == null ? 0 : VERDAGING_WEKEN);
        return Termijnenwet.einde(termijnTot.plusWeeks(weken));
    }

    /** The day by which the advisory committee is asked for its advice on a TLV objection. */
    public LocalDate adviesVragenUiterlijk() {
        return Termijnenwet.einde(ingediendOp.plusWeeks(ADVIES_VRAGEN_BINNEN_WEKEN));
    }

    public boolean adviesTeLaatGevraagd(LocalDate vandaag) {
        var gevraagd = lbtGevraagdOp == null ? vandaag : lbtGevraagdOp;
        return open() && gevraagd.isAfter(adviesVragenUiterlijk()) && !zonderAdviesTegemoetgekomen;
    }

    public boolean open() {
        return beslissing == null;
    }

    Bezwaar metLbtVraag(LocalDate datum) {
        return new Bezwaar(volgnummer, besluitVolgnummer, ingediendDoor, ingediendOp, gronden, termijnTot, datum, lbtAdvies, lbtAdviesOp, beslissing,
                beslistOp, toelichting, verdaagdOp, verdagingsreden, zonderAdviesTegemoetgekomen);
    }

    Bezwaar metLbtAdvies(String advies, LocalDate datum) {
        return new Bezwaar(volgnummer, besluitVolgnummer, ingediendDoor, ingediendOp, gronden, termijnTot, lbtGevraagdOp, advies, datum, beslissing,
                beslistOp, toelichting, verdaagdOp, verdagingsreden, zonderAdviesTegemoetgekomen);
    }

    Bezwaar verdaagd(String reden, LocalDate datum) {
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "geef de reden van het verdagen; de indiener krijgt die te horen");
        }
        return new Bezwaar(volgnummer, besluitVolgnummer, ingediendDoor, ingediendOp, gronden, termijnTot, lbtGevraagdOp, lbtAdvies, lbtAdviesOp,
                beslissing, beslistOp, toelichting, datum, reden.trim(), zonderAdviesTegemoetgekomen);
    }

    Bezwaar beslist(Beslissing nieuw, String uitleg, LocalDate datum, boolean zonderAdvies) {
        return new Bezwaar(volgnummer, besluitVolgnummer, ingediendDoor, ingediendOp, gronden, termijnTot, lbtGevraagdOp, lbtAdvies, lbtAdviesOp, nieuw,
                datum, uitleg, verdaagdOp, verdagingsreden, zonderAdvies);
    }
}
