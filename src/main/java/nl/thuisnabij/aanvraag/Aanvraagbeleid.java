package nl.thuisnabij.aanvraag;

/**
 * An SWV's own policy for requests (not law): how many weeks it takes to decide, how long a school
 * gets to supplement a request, the minimum duration of a TLV it issues, and how long before a TLV
 * ends the school is reminded. The defaults are common practice; each SWV sets its own.
 */
public record Aanvraagbeleid(int beslistermijnWeken, int aanvullingDagen, int tlvMinimaleMaanden, int tlvHerinneringDagen) {

    public static Aanvraagbeleid standaard() {
        return new Aanvraagbeleid(6, 14, 12, 90);
    }
}
