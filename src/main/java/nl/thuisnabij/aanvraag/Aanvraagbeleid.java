package nl.thuisnabij.aanvraag;

import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * An SWV's own policy for requests (not law): how many weeks it takes to decide, how long a school
 * gets to supplement a request, the minimum duration of a TLV it issues, and how long before a TLV
 * ends the school is reminded. The defaults are common practice; each SWV sets its own.
 */
public record Aanvraagbeleid(int beslistermijnWeken, int aanvullingDagen, int tlvMinimaleMaanden, int tlvHerinneringDagen) {

    public Aanvraagbeleid {
        binnen("beslistermijnWeken", beslistermijnWeken, 26, "de beslistermijn is 1 tot en met 26 weken");
        binnen("aanvullingDagen", aanvullingDagen, 90, "de termijn voor een aanvulling is 1 tot en met 90 dagen");
        binnen("tlvMinimaleMaanden", tlvMinimaleMaanden, 120, "de minimale looptijd van een TLV is 1 tot en met 120 maanden");
        binnen("tlvHerinneringDagen", tlvHerinneringDagen, 365, "de herinnering komt 1 tot en met 365 dagen voor het aflopen");
    }

    public static Aanvraagbeleid standaard() {
        return new Aanvraagbeleid(6, 14, 12, 90);
    }

    private static void binnen(String veld, int waarde, int hoogstens, String bericht) {
        if (waarde < 1 || waarde > hoogstens) {
            throw new OngeldigeInvoerException(veld, bericht);
        }
    }
}
