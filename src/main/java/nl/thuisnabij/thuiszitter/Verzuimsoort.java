package nl.thuisnabij.thuiszitter;

/**
 * What kind of absence a case is (Leerplichtwet 1969). Exemptions are recorded apart and counted
 * apart in the national monitoring: they are not thuiszitters in the Thuiszitterspact's sense.
 */
public enum Verzuimsoort {
    /** Art. 2: of compulsory school age and not enrolled anywhere, without exemption. */
    ABSOLUUT_VERZUIM("absoluut verzuim (niet ingeschreven)", false),
    /** Enrolled, absent without valid reason for more than 4 weeks. */
    LANGDURIG_RELATIEF_VERZUIM("langdurig relatief verzuim (meer dan 4 weken)", false),
    DREIGEND("dreigend thuiszitter", false),
    VRIJSTELLING_5A("vrijstelling art. 5 onder a (lichamelijke of psychische gronden)", true),
    VRIJSTELLING_5B("vrijstelling art. 5 onder b (richtingsbezwaren)", true),
    VRIJSTELLING_5C("vrijstelling art. 5 onder c (school in het buitenland)", true),
    VRIJSTELLING_5A_TREKKEND("vrijstelling art. 5a (trekkend bestaan)", true),
    VRIJSTELLING_11("vrijstelling art. 11 (geregeld schoolbezoek)", true),
    VRIJSTELLING_15("vrijstelling art. 15 (ander onderwijs)", true);

    private final String omschrijving;
    private final boolean vrijstelling;

    Verzuimsoort(String omschrijving, boolean vrijstelling) {
        this.omschrijving = omschrijving;
        this.vrijstelling = vrijstelling;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isVrijstelling() {
        return vrijstelling;
    }
}
