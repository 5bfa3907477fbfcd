package nl.thuisnabij.aanvraag;

public enum AanvraagStatus {
    CONCEPT("concept", true),
    INGEDIEND("ingediend", true),
    IN_BEHANDELING("in behandeling", true),
    AANVULLING_GEVRAAGD("aanvulling gevraagd", true),
    ADVIES("deskundigenadvies", true),
    BESLOTEN("besloten", false),
    GEREGISTREERD_BIJ_DUO("geregistreerd bij DUO", false),
    ACTIEF("actief", false),
    AFGELOPEN("afgelopen", false),
    INGETROKKEN("ingetrokken", false);

    private final String omschrijving;
    private final boolean open;

    AanvraagStatus(String omschrijving, boolean open) {
        this.omschrijving = omschrijving;
        this.open = open;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Open: not yet decided, so it can still be withdrawn. */
    public boolean isOpen() {
        return open;
    }
}
