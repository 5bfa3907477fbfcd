package nl.thuisnabij.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * The funding rules of one year as the SWV's financial staff entered them from DUO's regulation:
 * the count date, the amounts, and the share of SBO pupils the SWV does not pay for (2 % until 2022,
 * WPO 120 lid 4; empty when no SBO deduction applies), and until 2022 the second count date on which
 * DUO also deducted the growth of the (V)SO pupils (1 February, WPO 125b) — each with its source. Data, never code: a
 * new year or a new regulation is a new entry.
 */
public record Bekostigingsregeling(Bekostigingsjaar jaar, LocalDate teldatum, BigDecimal sboDrempelProcent, String bron,
        Map<Bedragsoort, Bedrag> bedragen, int versie, LocalDate groeiteldatum) {

    /** Rules without a second count date for growth: every year since 2023. */
    public Bekostigingsregeling(Bekostigingsjaar jaar, LocalDate teldatum, BigDecimal sboDrempelProcent, String bron, Map<Bedragsoort, Bedrag> bedragen,
            int versie) {
        this(jaar, teldatum, sboDrempelProcent, bron, bedragen, versie, null);
    }

    public Bekostigingsregeling {
        if (groeiteldatum != null && teldatum != null && (!groeiteldatum.isAfter(teldatum) || groeiteldatum.isAfter(teldatum.plusYears(1)))) {
            throw new OngeldigeInvoerException("groeiteldatum", "de teldatum voor de groei ligt na de teldatum en binnen een jaar, zoals 1 februari");
        }
        if (teldatum == null) {
            throw new OngeldigeInvoerException("teldatum", "vul de teldatum in: de dag waarop DUO de leerlingen telt");
        }
        // the count precedes or falls in the year it funds: 1 October 2014 for 2015-2016, 1 February 2024 for 2024
        if (teldatum.isAfter(jaar.einde()) || teldatum.isBefore(jaar.begin().minusYears(1))) {
            throw new OngeldigeInvoerException("teldatum", "de teldatum ligt in het jaar of in het jaar ervoor (tussen %s en %s)"
                    .formatted(nl.thuisnabij.shared.Datumnotatie.kort(jaar.begin().minusYears(1)), nl.thuisnabij.shared.Datumnotatie.kort(jaar.einde())));
        }
        if (sboDrempelProcent != null && (sboDrempelProcent.signum() < 0 || sboDrempelProcent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new OngeldigeInvoerException("sboDrempelProcent", "de drempel is een percentage van 0 tot en met 100");
        }
        if (sboDrempelProcent != null && !bedragen.containsKey(Bedragsoort.SBO_BOVEN_DREMPEL)) {
            throw new OngeldigeInvoerException(Bedragsoort.SBO_BOVEN_DREMPEL.name(), "met een SBO-drempel hoort een bedrag per leerling boven de drempel");
        }
        if (bron == null || bron.isBlank()) {
            throw new OngeldigeInvoerException("bron", "noem de bron van de bedragen, bijvoorbeeld de regeling en haar kenmerk");
        }
        bron = bron.strip();
        bedragen = bedragen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bedragen));
        for (var bedrag : bedragen.values()) {
            if (bedrag.isNegatief()) {
                throw new OngeldigeInvoerException("een bedrag in de regeling is nooit negatief");
            }
        }
    }

    public Optional<Bedrag> bedrag(Bedragsoort soort) {
        return Optional.ofNullable(bedragen.get(soort));
    }
}
