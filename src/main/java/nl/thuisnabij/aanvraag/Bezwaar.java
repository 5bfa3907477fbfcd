package nl.thuisnabij.aanvraag;

import java.time.LocalDate;

/** An objection against a decision version, numbered within its request, with the national advisory committee's advice for a TLV. */
public record Bezwaar(int volgnummer, int besluitVolgnummer, Indiener ingediendDoor, LocalDate ingediendOp, String gronden, LocalDate termijnTot,
        LocalDate lbtGevraagdOp, String lbtAdvies, LocalDate lbtAdviesOp, Beslissing beslissing, LocalDate beslistOp, String toelichting) {

    public enum Indiener {
        OUDERS, SCHOOL
    }

    public enum Beslissing {
        GEGROND, ONGEGROND
    }

    /** Lodged after the six-week term; the SWV must still weigh whether the lateness is excusable. */
    public boolean teLaat() {
        return ingediendOp.isAfter(termijnTot);
    }

    /** Awb 7:10: decide within 6 weeks after the objection term, 12 with an advisory committee (the LBT for a TLV). */
    public LocalDate beslissenUiterlijk(Aanvraagsoort soort) {
        return termijnTot.plusWeeks(soort.isTlv() ? 12 : 6);
    }

    public boolean open() {
        return beslissing == null;
    }

    Bezwaar metLbtVraag(LocalDate datum) {
        return new Bezwaar(volgnummer, besluitVolgnummer, ingediendDoor, ingediendOp, gronden, termijnTot, datum, lbtAdvies, lbtAdviesOp, beslissing,
                beslistOp, toelichting);
    }

    Bezwaar metLbtAdvies(String advies, LocalDate datum) {
        return new Bezwaar(volgnummer, besluitVolgnummer, ingediendDoor, ingediendOp, gronden, termijnTot, lbtGevraagdOp, advies, datum, beslissing,
                beslistOp, toelichting);
    }

    Bezwaar beslist(Beslissing nieuw, String uitleg, LocalDate datum) {
        return new Bezwaar(volgnummer, besluitVolgnummer, ingediendDoor, ingediendOp, gronden, termijnTot, lbtGevraagdOp, lbtAdvies, lbtAdviesOp, nieuw,
                datum, uitleg);
    }
}
