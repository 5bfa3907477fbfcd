package nl.thuisnabij.aanvraag;

import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * An SWV's own policy for requests (not law): how many weeks it takes to decide, how long a school
 * gets to supplement a request, the minimum duration of a TLV it issues, how long before a TLV
 * ends the school is reminded, and which advisory committee advises on objections against TLV
 * decisions (WPO 18a lid 12, Awb 7:13: the LBT when the SWV is affiliated, or its own). The
 * defaults are common practice; each SWV sets its own.
 */
public record Aanvraagbeleid(int beslistermijnWeken, int aanvullingDagen, int tlvMinimaleMaanden, int tlvHerinneringDagen, String bezwaarcommissie) {

    public static final String LBT = "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring (LBT)";

    public Aanvraagbeleid {
        binnen("beslistermijnWeken", beslistermijnWeken, 26, "de beslistermijn is 1 tot en met 26 weken");
        binnen("aanvullingDagen", aanvullingDagen, 90, "de termijn voor een aanvulling is 1 tot en met 90 dagen");
        binnen("tlvMinimaleMaanden", tlvMinimaleMaanden, 120, "de minimale looptijd van een TLV is 1 tot en met 120 maanden");
        binnen("tlvHerinneringDagen", tlvHerinneringDagen, 365, "de herinnering komt 1 tot en met 365 dagen voor het aflopen");
        if (bezwaarcommissie == null || bezwaarcommissie.isBlank() || bezwaarcommissie.length() > 200) {
            throw new OngeldigeInvoerException("bezwaarcommissie", "vul de adviescommissie voor bezwaren in (ten hoogste 200 tekens), bijvoorbeeld " + LBT);
        }
        bezwaarcommissie = bezwaarcommissie.strip();
    }

    public static Aanvraagbeleid standaard() {
        return new Aanvraagbeleid(6, 14, 12, 90, LBT);
    }

    private static void binnen(String veld, int waarde, int hoogstens, String bericht) {
        if (waarde < 1 || waarde > hoogstens) {
            throw new OngeldigeInvoerException(veld, bericht);
        }
    }
}
