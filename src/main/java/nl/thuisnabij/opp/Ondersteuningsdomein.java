package nl.thuisnabij.opp;

/** The domains in which an OPP names the pupil's support needs and goals. */
public enum Ondersteuningsdomein {
    LEREN("leren en ontwikkelen (taal, lezen, rekenen)"),
    WERKHOUDING("werkhouding en taakaanpak"),
    SOCIAAL_EMOTIONEEL("sociaal-emotionele ontwikkeling en gedrag"),
    COMMUNICATIE("communicatie en spraak-taal"),
    LICHAMELIJK("lichamelijke en motorische ontwikkeling, medisch"),
    ZELFREDZAAMHEID("zelfredzaamheid en praktische vaardigheden"),
    THUISSITUATIE("thuissituatie en vrije tijd");

    private final String omschrijving;

    Ondersteuningsdomein(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
