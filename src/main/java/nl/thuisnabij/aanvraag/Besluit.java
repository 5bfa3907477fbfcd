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
        if (tlvSoort != null && einddatum != null && uitkomst.isToegekend()) {
            // WEC art. 40 lid 15: a TLV covers whole school years; given during one, the rest of it is added
            einddatum = eindeSchooljaar(einddatum);
        }
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

    /** 31 July of the school year (1 August to 31 July) the day falls in: the last day, inclusive, of a TLV ending in that year. */
    static LocalDate eindeSchooljaar(LocalDate dag) {
        return LocalDate.of(dag.getMonthValue() >= 8 ? dag.getYear() + 1 : dag.getYear(), 7, 31);
    }

    /**
     * WEC art. 40 lid 15: one or more school years, and a TLV given during a school year gets the
     * rest of that year added — so at least to 31 July of the school year after the one it starts in,
     * or of its own school year when it starts on 1 August.
     */
    public LocalDate vroegsteTlvEinde() {
        var eersteJaar = eindeSchooljaar(startdatum);
        return startdatum.getMonthValue() == 8 && startdatum.getDayOfMonth() == 1 ? eersteJaar : eersteJaar.plusYears(1);
    }
}
