package nl.thuisnabij.aanmelding;

public enum AanmeldingStatus {
    AANGEMELD("aangemeld, school onderzoekt", true),
    TOEGELATEN("toegelaten", false),
    TOEGELATEN_MET_ARRANGEMENT("toegelaten met arrangement", false),
    NIET_TOEGELATEN("niet toegelaten, andere school gezocht", true),
    GEPLAATST_ELDERS("geplaatst op andere school", false),
    INGETROKKEN("ingetrokken", false),
    ZORGPLICHT_BEEINDIGD("zorgplicht beëindigd", false);

    private final String omschrijving;
    private final boolean open;

    AanmeldingStatus(String omschrijving, boolean open) {
        this.omschrijving = omschrijving;
        this.open = open;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Open: the school still carries the zorgplicht and the pupil has no place yet. */
    public boolean isOpen() {
        return open;
    }
}
