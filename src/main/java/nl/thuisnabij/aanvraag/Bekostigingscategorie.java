package nl.thuisnabij.aanvraag;

/** Funding category of a (V)SO TLV: laag (1), midden (2), hoog (3). */
public enum Bekostigingscategorie {
    LAAG("laag (categorie 1)"),
    MIDDEN("midden (categorie 2)"),
    HOOG("hoog (categorie 3)");

    private final String omschrijving;

    Bekostigingscategorie(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
