package nl.thuisnabij.ondersteuning;

/** How far a school supports a need, from none to extra support beyond the basis. */
public enum Niveau {
    GEEN("niet aangeboden"),
    BASIS("basisondersteuning"),
    EXTRA("extra ondersteuning");

    private final String omschrijving;

    Niveau(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Whether offering this level satisfies a need (or a requirement) of the given level. */
    public boolean dekt(Niveau gevraagd) {
        return compareTo(gevraagd) >= 0;
    }
}
