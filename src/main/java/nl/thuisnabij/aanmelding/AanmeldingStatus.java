package nl.thuisnabij.aanmelding;

public enum AanmeldingStatus {
    AANGEMELD("aangemeld, school onderzoekt", true),
    TOEGELATEN("toegelaten", false),
    TOEGELATEN_MET_ARRANGEMENT("toegelaten met arrangement", false),
    NIET_TOEGELATEN("niet toegelaten, andere school gezocht", true),
    GEWEIGERD_VOL("geweigerd: de school is vol", false),
    GEWEIGERD_GRONDSLAG("geweigerd: de ouders respecteren de grondslag van de school niet", false),
    NIET_IN_BEHANDELING("niet in behandeling genomen: de gevraagde informatie kwam niet", false),
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

    /** An outcome the school can choose when it decides on a registration. */
    public boolean isBesluit() {
        return this == TOEGELATEN || this == TOEGELATEN_MET_ARRANGEMENT || this == NIET_TOEGELATEN || this == GEWEIGERD_VOL
                || this == GEWEIGERD_GRONDSLAG;
    }

    /** Open: the school still carries the zorgplicht and the pupil has no place yet. */
    public boolean isOpen() {
        return open;
    }
}
