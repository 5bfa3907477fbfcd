package nl.thuisnabij.aanvraag;

/**
 * The experts the SWV must consult before deciding on a TLV (Besluit passend onderwijs, art. 34.8):
 * always an orthopedagoog or psycholoog, and a second expert depending on the pupil.
 */
public enum Deskundigheid {
    ORTHOPEDAGOOG("orthopedagoog", true),
    PSYCHOLOOG("psycholoog", true),
    KINDER_JEUGDPSYCHOLOOG("kinder- of jeugdpsycholoog", false),
    PEDAGOOG("pedagoog", false),
    KINDERPSYCHIATER("kinderpsychiater", false),
    MAATSCHAPPELIJK_WERKER("maatschappelijk werker", false),
    ARTS("arts", false);

    private final String omschrijving;
    private final boolean magEersteZijn;

    Deskundigheid(String omschrijving, boolean magEersteZijn) {
        this.omschrijving = omschrijving;
        this.magEersteZijn = magEersteZijn;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean magEersteDeskundigeZijn() {
        return magEersteZijn;
    }
}
