package nl.thuisnabij.thuiszitter;

/** Why the child is out of school, in the categories the monitoring reports by. */
public enum Verzuimreden {
    ONDERWIJSAANBOD_PAST_NIET("het onderwijsaanbod past niet"),
    GEEN_PLEK("geen plek op een passende school"),
    WACHTEN_OP_ZORG("wachten op jeugdhulp of zorg"),
    PSYCHISCH("psychische problemen"),
    LICHAMELIJK("lichamelijke klachten of ziekte"),
    GEDRAG("gedrag"),
    THUISSITUATIE("thuissituatie"),
    SCHORSING_OF_VERWIJDERING("schorsing of verwijdering"),
    ANDERS("anders");

    private final String omschrijving;

    Verzuimreden(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
