package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.Termijnenwet;

/**
 * A decision on a request, one version of it: a decision on an objection that changes the outcome
 * adds a new version and the old one stays in the history.
 */
public record Besluit(int volgnummer, Besluituitkomst uitkomst, String motivering, LocalDate beslotenOp, String beslotenDoor,
        String aanleiding, Long arrangementsoortId, BigDecimal uren, BigDecimal uurtarief, BigDecimal bedrag, String tlvSoort,
        Bekostigingscategorie categorie, String bevoegdSwv, LocalDate startdatum, LocalDate einddatum) {

    /**
     * Awb art. 6:7: objection within six weeks; the term starts the day after the decision is made
     * known, and ends no earlier than the next working day (Algemene termijnenwet art. 1).
     */
    public static final int BEZWAARTERMIJN_WEKEN = 6;

    public Besluit {
        if (motivering == null || motivering.isBlank()) {
            throw new OngeldigeInvoerException("motivering", "een besluit is altijd gemotiveerd: vul de motivering in");
        }
        if (uitkomst.isToegekend() && startdatum == null) {
            throw new OngeldigeInvoerException("startdatum", "een toekenning heeft een startdatum");
        }
        if (uren != null && uren.signum() < 0) {
            throw new OngeldigeInvoerException("uren", "het aantal uren kan niet negatief zijn");
        }
        if (bedrag != null && bedrag.signum() < 0) {
            throw new OngeldigeInvoerException("bedrag", "het bedrag kan niet negatief zijn");
        }
        if (startdatum != null && einddatum != null && !einddatum.isAfter(startdatum)) {
            throw new OngeldigeInvoerException("einddatum", "de einddatum ligt na de startdatum");
        }
    }

    public LocalDate bezwaarTermijnTot() {
        return Termijnenwet.einde(beslotenOp.plusWeeks(BEZWAARTERMIJN_WEKEN));
    }

    public boolean isTlv() {
        return tlvSoort != null;
    }
}
