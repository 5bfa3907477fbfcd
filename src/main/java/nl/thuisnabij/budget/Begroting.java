package nl.thuisnabij.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.shared.Bedrag;

/**
 * The SWV's budget for one funding year, computed from that year's rules, DUO's pupil count and the
 * SWV's own TLVs and arrangements: what it receives, what DUO deducts (with the pupils behind each
 * deduction), what is left, and what it committed to its schools. Amounts times counts are exact;
 * only a commitment's share of the year is rounded, once, half-up, to cents.
 */
public record Begroting(Bekostigingsjaar jaar, LocalDate teldatum, Leerlingtelling telling, List<Regel> baten, List<Regel> inhoudingen,
        List<Inhouding> leerlingen, List<Schoolverplichting> perSchool, List<Kostenpost> eigenKosten, List<String> waarschuwingen) {

    /** A cost of the SWV itself in the year: staff, housing, the commission. */
    public record Kostenpost(long id, String omschrijving, Bedrag bedrag) {
    }

    /** One line: so many pupils times an amount. */
    public record Regel(String omschrijving, long aantal, Bedrag perStuk, Bedrag totaal) {
    }

    /** A (V)SO TLV of this SWV that runs on the count date; the pupil's name and birth date as the pupil register has them. */
    public record TlvOpTeldatum(long aanvraagId, long leerlingId, String leerling, LocalDate geboortedatum, String tlvSoort,
            Bekostigingscategorie categorie, LocalDate startdatum, LocalDate einddatum) {
    }

    /** What DUO deducts for one pupil. */
    public record Inhouding(TlvOpTeldatum tlv, Integer leeftijdOpTeldatum, Bedragsoort soort, Bedrag bedrag) {
    }

    /** An arrangement the SWV committed to a school, as its latest decision stands. */
    public record Verplichting(long aanvraagId, long vestigingId, Bedrag bedrag, LocalDate van, LocalDate totEnMet) {

        /** The part of the amount that falls in the year, by days (both ends inclusive), rounded once. */
        Bedrag in(Bekostigingsjaar jaar) {
            var begin = van.isAfter(jaar.begin()) ? van : jaar.begin();
            var einde = totEnMet.isBefore(jaar.einde()) ? totEnMet : jaar.einde();
            if (einde.isBefore(begin)) {
                return Bedrag.NUL;
            }
            long inJaar = ChronoUnit.DAYS.between(begin, einde) + 1;
            long totaal = ChronoUnit.DAYS.between(van, totEnMet) + 1;
            return inJaar == totaal ? bedrag
                    : Bedrag.afgerond(bedrag.euros().multiply(BigDecimal.valueOf(inJaar)).divide(BigDecimal.valueOf(totaal), 10, RoundingMode.HALF_UP));
        }
    }

    /** What the SWV paid on an arrangement: an invoice or hours the school reported. */
    public record Realisatie(long aanvraagId, long vestigingId, LocalDate datum, Bedrag bedrag) {
    }

    /** Per school: the arrangements that run in the year, their part of the year, and what was paid in the year. */
    public record Schoolverplichting(long vestigingId, int arrangementen, Bedrag bedrag, Bedrag gerealiseerd) {
    }

    public Begroting {
        baten = List.copyOf(baten);
        inhoudingen = List.copyOf(inhoudingen);
        leerlingen = List.copyOf(leerlingen);
        perSchool = List.copyOf(perSchool);
        eigenKosten = List.copyOf(eigenKosten);
        waarschuwingen = List.copyOf(waarschuwingen);
    }

    public static Begroting bereken(Bekostigingsregeling regeling, Leerlingtelling telling, List<TlvOpTeldatum> tlvs, List<Verplichting> verplichtingen,
            List<Realisatie> realisaties) {
        return bereken(regeling, telling, tlvs, List.of(), verplichtingen, realisaties, List.of());
    }

    /**
     * @param tlvsOpGroeidatum the (V)SO TLVs running on the rules' second count date, when they have one
     * @param eigenKosten      the SWV's own costs in the year
     */
    public static Begroting bereken(Bekostigingsregeling regeling, Leerlingtelling telling, List<TlvOpTeldatum> tlvs, List<TlvOpTeldatum> tlvsOpGroeidatum,
            List<Verplichting> verplichtingen, List<Realisatie> realisaties, List<Kostenpost> eigenKosten) {
        var waarschuwingen = new ArrayList<String>();
        if (telling.aantallen().isEmpty()) {
            waarschuwingen.add("Er is geen leerlingtelling van %d ingelezen: de baten en de SBO-inhouding zijn nul.".formatted(telling.peiljaar()));
        }

        var baten = new ArrayList<Regel>();
        for (var soort : List.of(Bedragsoort.LICHTE_ONDERSTEUNING, Bedragsoort.ZWARE_ONDERSTEUNING)) {
            regeling.bedrag(soort).ifPresentOrElse(
                    bedrag -> baten.add(new Regel(soort.omschrijving(), telling.bekostigd(), bedrag, bedrag.maal(telling.bekostigd()))),
                    () -> waarschuwingen.add("Het bedrag '%s' ontbreekt in de regeling van %s.".formatted(soort.omschrijving(), regeling.jaar())));
        }

        var perPupil = new ArrayList<Inhouding>();
        for (var tlv : tlvs.stream().sorted(Comparator.comparing(TlvOpTeldatum::tlvSoort).thenComparing(TlvOpTeldatum::categorie)
                .thenComparing(TlvOpTeldatum::aanvraagId)).toList()) {
            Integer leeftijd = tlv.geboortedatum() == null ? null : Period.between(tlv.geboortedatum(), regeling.teldatum()).getYears();
            if (leeftijd == null && tlv.tlvSoort().equals("SO")) {
                waarschuwingen.add("De geboortedatum van de leerling met TLV %d is onbekend: gerekend als 8 jaar en ouder.".formatted(tlv.aanvraagId()));
            }
            var soort = Bedragsoort.voorTlv(tlv.tlvSoort(), tlv.categorie(), leeftijd == null ? 8 : leeftijd);
            var bedrag = regeling.bedrag(soort);
            if (bedrag.isEmpty()) {
                waarschuwingen.add("Het bedrag '%s' ontbreekt in de regeling van %s: de inhouding is te laag.".formatted(soort.omschrijving(), regeling.jaar()));
            }
            perPupil.add(new Inhouding(tlv, leeftijd, soort, bedrag.orElse(Bedrag.NUL)));
        }
        var inhoudingen = new ArrayList<Regel>();
        var perSoort = new EnumMap<Bedragsoort, List<Inhouding>>(Bedragsoort.class);
        perPupil.forEach(i -> perSoort.computeIfAbsent(i.soort(), s -> new ArrayList<>()).add(i));
        perSoort.forEach((soort, lijst) -> {
            var bedrag = regeling.bedrag(soort).orElse(Bedrag.NUL);
            inhoudingen.add(new Regel(soort.omschrijving(), lijst.size(), bedrag, bedrag.maal(lijst.size())));
        });
        sboBovenDrempel(regeling, telling, baten).ifPresent(inhoudingen::add);
        if (regeling.groeiteldatum() != null) {
            inhoudingen.addAll(groei(regeling, perSoort, tlvsOpGroeidatum));
        }

        var perSchool = new java.util.TreeMap<Long, Schoolverplichting>();
        for (var v : verplichtingen.stream().sorted(Comparator.comparing(Verplichting::vestigingId)).toList()) {
            if (!overlapt(v, regeling.jaar())) {
                continue;
            }
            perSchool.merge(v.vestigingId(), new Schoolverplichting(v.vestigingId(), 1, v.in(regeling.jaar()), Bedrag.NUL), Begroting::samen);
        }
        for (var r : realisaties) {
            if (!r.datum().isBefore(regeling.jaar().begin()) && !r.datum().isAfter(regeling.jaar().einde())) {
                perSchool.merge(r.vestigingId(), new Schoolverplichting(r.vestigingId(), 0, Bedrag.NUL, r.bedrag()), Begroting::samen);
            }
        }
        return new Begroting(regeling.jaar(), regeling.teldatum(), telling, baten, inhoudingen, perPupil, List.copyOf(perSchool.values()), eigenKosten,
                waarschuwingen);
    }

    /**
     * WPO 125b (until 2022): DUO also deducted the growth of the (V)SO pupils between the count date and
     * the second count date (1 February), per kind of amount, at that amount; a kind that shrank gives
     * nothing back.
     */
    private static List<Regel> groei(Bekostigingsregeling regeling, java.util.Map<Bedragsoort, List<Inhouding>> opTeldatum, List<TlvOpTeldatum> later) {
        var perSoort = new EnumMap<Bedragsoort, Integer>(Bedragsoort.class);
        for (var tlv : later) {
            int leeftijd = tlv.geboortedatum() == null ? 8 : Period.between(tlv.geboortedatum(), regeling.groeiteldatum()).getYears();
            perSoort.merge(Bedragsoort.voorTlv(tlv.tlvSoort(), tlv.categorie(), leeftijd), 1, Integer::sum);
        }
        var regels = new ArrayList<Regel>();
        perSoort.forEach((soort, aantal) -> {
            int groei = aantal - opTeldatum.getOrDefault(soort, List.of()).size();
            if (groei > 0) {
                var bedrag = regeling.bedrag(soort).orElse(Bedrag.NUL);
                regels.add(new Regel("Groei tot %s: %s".formatted(nl.thuisnabij.shared.Datumnotatie.kort(regeling.groeiteldatum()), soort.omschrijving()), groei,
                        bedrag, bedrag.maal(groei)));
            }
        });
        return regels;
    }

    private static Schoolverplichting samen(Schoolverplichting a, Schoolverplichting b) {
        return new Schoolverplichting(a.vestigingId(), a.arrangementen() + b.arrangementen(), a.bedrag().plus(b.bedrag()),
                a.gerealiseerd().plus(b.gerealiseerd()));
    }

    private static boolean overlapt(Verplichting v, Bekostigingsjaar jaar) {
        return !v.van().isAfter(jaar.einde()) && !v.totEnMet().isBefore(jaar.begin());
    }

    /**
     * WPO 120 lid 4 and 118 lid 4 (until 2022): SBO schools are funded for a share of the SWV's
     * pupils; the SWV pays for every SBO pupil above it. Since 2023 the share is 0 and the amount
     * comes off the lichte ondersteuning, which never goes below zero — so the deduction never
     * exceeds it.
     */
    private static java.util.Optional<Regel> sboBovenDrempel(Bekostigingsregeling regeling, Leerlingtelling telling, List<Regel> baten) {
        if (regeling.sboDrempelProcent() == null) {
            return java.util.Optional.empty();
        }
        // pupils are whole: the threshold is rounded down, so a part of a pupil above it counts as one
        long drempel = BigDecimal.valueOf(telling.bekostigd()).multiply(regeling.sboDrempelProcent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValue();
        long boven = Math.max(0, telling.aantal(TypePo.SBO) - drempel);
        var bedrag = regeling.bedrag(Bedragsoort.SBO_BOVEN_DREMPEL).orElseThrow();
        var totaal = bedrag.maal(boven);
        var licht = baten.stream().filter(r -> r.omschrijving().equals(Bedragsoort.LICHTE_ONDERSTEUNING.omschrijving())).findFirst();
        if (licht.isPresent() && totaal.compareTo(licht.get().totaal()) > 0) {
            totaal = licht.get().totaal();
        }
        return java.util.Optional.of(new Regel("%s (%s %% van %d = %d)".formatted(Bedragsoort.SBO_BOVEN_DREMPEL.omschrijving(),
                regeling.sboDrempelProcent().stripTrailingZeros().toPlainString().replace('.', ','), telling.bekostigd(), drempel), boven, bedrag, totaal));
    }

    /** One bar of the overview's chart: the amount as a share (0 to 100) of the largest; a negative amount has no bar. */
    public record Staaf(String label, Bedrag bedrag, long procent) {
    }

    /** The totals as bars; the table beside them says the same in words. */
    public List<Staaf> staven() {
        var totalen = new LinkedHashMap<String, Bedrag>();
        totalen.put("Baten", totaalBaten());
        totalen.put("Inhoudingen door DUO", totaalInhoudingen());
        totalen.put("Beschikbaar", beschikbaar());
        totalen.put("Verplicht in arrangementen", verplicht());
        totalen.put("Eigen kosten", totaalEigenKosten());
        totalen.put("Nog vrij", nogVrij());
        var hoogste = totalen.values().stream().map(Bedrag::euros).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return totalen.entrySet().stream().map(e -> new Staaf(e.getKey(), e.getValue(), hoogste.signum() <= 0 || e.getValue().isNegatief() ? 0
                : e.getValue().euros().multiply(BigDecimal.valueOf(100)).divide(hoogste, 0, RoundingMode.HALF_UP).longValue())).toList();
    }

    public Bedrag totaalBaten() {
        return som(baten);
    }

    public Bedrag totaalInhoudingen() {
        return som(inhoudingen);
    }

    /** What the SWV has to spend: income minus DUO's deductions. */
    public Bedrag beschikbaar() {
        return totaalBaten().min(totaalInhoudingen());
    }

    /** Committed in arrangements, the part in this year. */
    public Bedrag verplicht() {
        return perSchool.stream().map(Schoolverplichting::bedrag).reduce(Bedrag.NUL, Bedrag::plus);
    }

    /** Paid in the year on arrangements, by invoice or hours reported. */
    public Bedrag gerealiseerd() {
        return perSchool.stream().map(Schoolverplichting::gerealiseerd).reduce(Bedrag.NUL, Bedrag::plus);
    }

    public Bedrag totaalEigenKosten() {
        return eigenKosten.stream().map(Kostenpost::bedrag).reduce(Bedrag.NUL, Bedrag::plus);
    }

    /** What is left for new arrangements: available, minus what is committed, minus the SWV's own costs. */
    public Bedrag nogVrij() {
        return beschikbaar().min(verplicht()).min(totaalEigenKosten());
    }

    private static Bedrag som(List<Regel> regels) {
        return regels.stream().map(Regel::totaal).reduce(Bedrag.NUL, Bedrag::plus);
    }
}
