package nl.thuisnabij.register;

/** Primary (PO) or secondary (VO) education: every SWV serves exactly one sector. */
public enum Sector {
    PO("primair onderwijs"),
    VO("voortgezet onderwijs");

    private final String omschrijving;

    Sector(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
