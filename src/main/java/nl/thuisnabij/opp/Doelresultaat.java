package nl.thuisnabij.opp;

/** How far a goal was reached at the evaluation. */
public enum Doelresultaat {
    BEREIKT("bereikt"),
    DEELS("deels bereikt"),
    NIET("niet bereikt");

    private final String omschrijving;

    Doelresultaat(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
