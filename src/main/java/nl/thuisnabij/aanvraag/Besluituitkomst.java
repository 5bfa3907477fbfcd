package nl.thuisnabij.aanvraag;

public enum Besluituitkomst {
    TOEGEKEND("toegekend"),
    AFGEWEZEN("afgewezen"),
    TOEGEKEND_MET_AANPASSING("toegekend met aanpassing"),
    /** A granted TLV revoked by the SWV: it never counted. */
    INGETROKKEN("ingetrokken"),
    /** A granted TLV ended before its end date, for instance when the pupil returns to regular education. */
    VOORTIJDIG_BEEINDIGD("voortijdig beëindigd");

    private final String omschrijving;

    Besluituitkomst(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isToegekend() {
        return this == TOEGEKEND || this == TOEGEKEND_MET_AANPASSING;
    }

    /** The outcomes of a decision on a request or an objection; revoking and ending have steps of their own. */
    public boolean isBesluitOpAanvraag() {
        return this == TOEGEKEND || this == AFGEWEZEN || this == TOEGEKEND_MET_AANPASSING;
    }
}
