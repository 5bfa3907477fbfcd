package nl.thuisnabij.kengetallen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.thuisnabij.aanmelding.Aanmeldingkengetallen;
import nl.thuisnabij.aanvraag.Aanvraagcijfers;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.budget.Budgetkengetallen;
import nl.thuisnabij.budget.Leerlingtelling;
import nl.thuisnabij.budget.TypePo;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.opp.Oppkengetallen;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.Onderdrukking;
import nl.thuisnabij.shared.Rapport;
import nl.thuisnabij.thuiszitter.Thuiszitterkengetallen;

/**
 * The counts of the sources for the SWVs asked for, turned into one SWV's report: a table per
 * figure, a row per school year (newest first). Counts of children that leave the SWV are suppressed
 * ({@link Onderdrukking}); a median or share over fewer than five cases is left out.
 */
record Kengetallenbron(Schooljaar huidig, int vanaf, List<Aanvraagcijfers.Toekenningen> toekenningen, List<Aanvraagcijfers.Doorlooptijd> doorlooptijden,
        List<Aanmeldingkengetallen.Perjaar> aanmeldingen, List<Oppkengetallen.Vastgesteld> opps, List<Thuiszitterkengetallen.Perjaar> thuiszitters,
        java.util.Map<String, List<Leerlingtelling>> tellingen, List<Leerlingtelling> landelijk,
        java.util.Map<String, List<Budgetkengetallen.VsoDeelname>> vso) {

    private static final String GEEN = "—";

    Set<String> swvs() {
        var swvs = new TreeSet<String>(tellingen.keySet());
        swvs.addAll(vso.keySet());
        toekenningen.forEach(t -> swvs.add(t.swv()));
        aanmeldingen.forEach(a -> swvs.add(a.swv()));
        opps.forEach(o -> swvs.add(o.swv()));
        thuiszitters.forEach(t -> swvs.add(t.swv()));
        return swvs;
    }

    /** The sources split per SWV in one pass, so that each SWV's report looks only at its own rows. */
    java.util.Map<String, Kengetallenbron> perSwv() {
        var toe = toekenningen.stream().collect(java.util.stream.Collectors.groupingBy(Aanvraagcijfers.Toekenningen::swv));
        var door = doorlooptijden.stream().collect(java.util.stream.Collectors.groupingBy(Aanvraagcijfers.Doorlooptijd::swv));
        var aan = aanmeldingen.stream().collect(java.util.stream.Collectors.groupingBy(Aanmeldingkengetallen.Perjaar::swv));
        var opp = opps.stream().collect(java.util.stream.Collectors.groupingBy(Oppkengetallen.Vastgesteld::swv));
        var thuis = thuiszitters.stream().collect(java.util.stream.Collectors.groupingBy(Thuiszitterkengetallen.Perjaar::swv));
        var perSwv = new java.util.TreeMap<String, Kengetallenbron>();
        for (var swv : swvs()) {
            perSwv.put(swv, new Kengetallenbron(huidig, vanaf, toe.getOrDefault(swv, List.of()), door.getOrDefault(swv, List.of()),
                    aan.getOrDefault(swv, List.of()), opp.getOrDefault(swv, List.of()), thuis.getOrDefault(swv, List.of()),
                    java.util.Map.of(swv, tellingen.getOrDefault(swv, List.of())), landelijk, java.util.Map.of(swv, vso.getOrDefault(swv, List.of()))));
        }
        return perSwv;
    }

    Rapport rapport(String swv, String titel, boolean onderdrukken) {
        var jaren = Kengetallen.jaren(vanaf);
        var tabellen = new ArrayList<Rapport.Tabel>();
        tabellen.add(swv.startsWith("VO") ? deelnameVso(swv) : deelname(swv));
        tabellen.add(tlvs(swv, jaren, onderdrukken));
        tabellen.add(doorlooptijd(swv, jaren, true, onderdrukken));
        tabellen.add(doorlooptijd(swv, jaren, false, onderdrukken));
        tabellen.add(arrangementen(swv, jaren, onderdrukken));
        tabellen.add(zorgplicht(swv, jaren, onderdrukken));
        tabellen.add(telling("Ontwikkelingsperspectieven vastgesteld", List.of("Schooljaar", "Vastgesteld"), jaren, onderdrukken,
                jaar -> new long[] {opps.stream().filter(o -> o.swv().equals(swv) && o.schooljaar() == jaar).mapToLong(Oppkengetallen.Vastgesteld::aantal).sum()}));
        tabellen.add(telling("Thuiszitters", List.of("Schooljaar", "Gemeld", "Opgelost"), jaren, onderdrukken, jaar -> {
            var rij = thuiszitters.stream().filter(t -> t.swv().equals(swv) && t.schooljaar() == jaar).toList();
            return new long[] {rij.stream().mapToLong(Thuiszitterkengetallen.Perjaar::gemeld).sum(), rij.stream().mapToLong(Thuiszitterkengetallen.Perjaar::opgelost).sum()};
        }));
        return new Rapport(titel, "Per schooljaar (1 augustus tot en met 31 juli), het lopende schooljaar " + huidig + " tot vandaag."
                + (onderdrukken ? " Aantallen van 1 tot en met 4 staan er als 'minder dan 5'; een gemiddelde of aandeel over minder dan 5 gevallen is weggelaten."
                : " Niet onderdrukt: alleen voor het samenwerkingsverband zelf."), tabellen);
    }

    /** Shares of the SWV's primary pupils in SBO and SO on DUO's count, the national share beside them. */
    private Rapport.Tabel deelname(String swv) {
        var rijen = new ArrayList<List<String>>();
        var eigen = tellingen.getOrDefault(swv, List.of()).stream().sorted((a, b) -> Integer.compare(b.peiljaar(), a.peiljaar())).limit(Kengetallen.JAREN).toList();
        for (var telling : eigen) {
            var land = landelijk.stream().filter(l -> l.peiljaar() == telling.peiljaar()).findFirst();
            rijen.add(List.of(String.valueOf(telling.peiljaar()), nl(totaal(telling)), procent(telling.aantal(TypePo.SBO), totaal(telling)),
                    land.map(l -> procent(l.aantal(TypePo.SBO), totaal(l))).orElse(GEEN), procent(telling.aantal(TypePo.SO), totaal(telling)),
                    land.map(l -> procent(l.aantal(TypePo.SO), totaal(l))).orElse(GEEN)));
        }
        return new Rapport.Tabel("Deelname SBO en SO (telling van DUO)", List.of("Peiljaar", "Leerlingen", "SBO %", "SBO % landelijk", "SO %",
                "SO % landelijk"), rijen);
    }

    /**
     * The share of a VO SWV's pupils in VSO: the VSO pupils it pays for (DUO) over those and the pupils
     * of its other member schools (the count per school the SWV read); no share without that count.
     */
    private Rapport.Tabel deelnameVso(String swv) {
        var rijen = new ArrayList<List<String>>();
        for (var d : vso.getOrDefault(swv, List.of()).stream().limit(Kengetallen.JAREN).toList()) {
            rijen.add(List.of(String.valueOf(d.peiljaar()), nl(d.vso()), d.vo() == null ? GEEN : nl(d.vo()),
                    d.vo() == null ? GEEN : procent(d.vso(), d.vo() + d.vso())));
        }
        return new Rapport.Tabel("Deelname VSO (tellingen van DUO en per school)", List.of("Peiljaar", "VSO-leerlingen", "Leerlingen op de andere scholen",
                "VSO %"), rijen);
    }

    private Rapport.Tabel tlvs(String swv, List<Integer> jaren, boolean onderdrukken) {
        var soorten = List.of(kolom(Aanvraagsoort.TLV_SBO, null), kolom(Aanvraagsoort.TLV_SO, Bekostigingscategorie.LAAG),
                kolom(Aanvraagsoort.TLV_SO, Bekostigingscategorie.MIDDEN), kolom(Aanvraagsoort.TLV_SO, Bekostigingscategorie.HOOG),
                kolom(Aanvraagsoort.TLV_VSO, Bekostigingscategorie.LAAG), kolom(Aanvraagsoort.TLV_VSO, Bekostigingscategorie.MIDDEN),
                kolom(Aanvraagsoort.TLV_VSO, Bekostigingscategorie.HOOG));
        var rijen = new ArrayList<List<String>>();
        for (int jaar : jaren) {
            var rij = new ArrayList<String>();
            rij.add(new Schooljaar(jaar).toString());
            long som = 0;
            var cellen = new ArrayList<String>();
            for (var k : soorten) {
                long aantal = toekenningen.stream().filter(t -> t.swv().equals(swv) && t.schooljaar() == jaar && t.soort() == k.soort()
                        && (k.categorie() == null || k.categorie() == t.categorie())).mapToLong(Aanvraagcijfers.Toekenningen::aantal).sum();
                som += aantal;
                cellen.add(String.valueOf(aantal));
            }
            rij.add(String.valueOf(som));
            rij.addAll(cellen);
            rijen.add(rij);
        }
        var tabel = new Rapport.Tabel("Toelaatbaarheidsverklaringen toegekend", List.of("Schooljaar", "Totaal", "SBO", "SO laag", "SO midden", "SO hoog",
                "VSO laag", "VSO midden", "VSO hoog"), rijen);
        return onderdrukken ? Onderdrukking.pasToe(tabel, Set.of(2, 3, 4, 5, 6, 7, 8), 1) : tabel;
    }

    private record Kolom(Aanvraagsoort soort, Bekostigingscategorie categorie) {
    }

    private static Kolom kolom(Aanvraagsoort soort, Bekostigingscategorie categorie) {
        return new Kolom(soort, categorie);
    }

    private Rapport.Tabel doorlooptijd(String swv, List<Integer> jaren, boolean tlv, boolean onderdrukken) {
        var rijen = new ArrayList<List<String>>();
        for (int jaar : jaren) {
            var d = doorlooptijden.stream().filter(t -> t.swv().equals(swv) && t.schooljaar() == jaar && t.tlv() == tlv).findFirst();
            int besloten = d.map(Aanvraagcijfers.Doorlooptijd::besloten).orElse(0);
            boolean teWeinig = besloten == 0 || (onderdrukken && besloten < 5);
            var rij = new ArrayList<String>(List.of(new Schooljaar(jaar).toString(), onderdrukken ? Onderdrukking.aantal(besloten) : String.valueOf(besloten)));
            for (java.util.function.ToDoubleFunction<Aanvraagcijfers.Doorlooptijd> dagen : List.<java.util.function.ToDoubleFunction<Aanvraagcijfers.Doorlooptijd>>of(
                    Aanvraagcijfers.Doorlooptijd::totCompleetP50, Aanvraagcijfers.Doorlooptijd::totCompleetP75, Aanvraagcijfers.Doorlooptijd::naCompleetP50,
                    Aanvraagcijfers.Doorlooptijd::naCompleetP75, Aanvraagcijfers.Doorlooptijd::p50, Aanvraagcijfers.Doorlooptijd::p75)) {
                rij.add(teWeinig ? GEEN : dagen(dagen.applyAsDouble(d.get())));
            }
            rijen.add(rij);
        }
        return new Rapport.Tabel("Doorlooptijd " + (tlv ? "toelaatbaarheidsverklaringen" : "arrangementen") + " (dagen)", List.of("Schooljaar", "Besloten",
                "Ontvangen tot compleet (mediaan)", "Ontvangen tot compleet (75e percentiel)", "Compleet tot besluit (mediaan)",
                "Compleet tot besluit (75e percentiel)", "Ontvangen tot besluit (mediaan)", "Ontvangen tot besluit (75e percentiel)"), rijen);
    }

    private Rapport.Tabel arrangementen(String swv, List<Integer> jaren, boolean onderdrukken) {
        var rijen = new ArrayList<List<String>>();
        for (int jaar : jaren) {
            var rij = toekenningen.stream().filter(t -> t.swv().equals(swv) && t.schooljaar() == jaar && t.soort() == Aanvraagsoort.ARRANGEMENT).toList();
            long aantal = rij.stream().mapToLong(Aanvraagcijfers.Toekenningen::aantal).sum();
            var bedrag = rij.stream().map(Aanvraagcijfers.Toekenningen::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean klein = onderdrukken && Onderdrukking.isKlein(aantal);
            rijen.add(List.of(new Schooljaar(jaar).toString(), onderdrukken ? Onderdrukking.aantal(aantal) : String.valueOf(aantal),
                    klein ? GEEN : Bedrag.notatie(bedrag)));
        }
        return new Rapport.Tabel("Arrangementen toegekend", List.of("Schooljaar", "Toegekend", "Bedrag"), rijen);
    }

    private Rapport.Tabel zorgplicht(String swv, List<Integer> jaren, boolean onderdrukken) {
        var rijen = new ArrayList<List<String>>();
        for (int jaar : jaren) {
            var rij = aanmeldingen.stream().filter(a -> a.swv().equals(swv) && a.schooljaar() == jaar).findFirst();
            int aangemeld = rij.map(Aanmeldingkengetallen.Perjaar::aangemeld).orElse(0);
            int besloten = rij.map(Aanmeldingkengetallen.Perjaar::besloten).orElse(0);
            int binnen = rij.map(Aanmeldingkengetallen.Perjaar::binnenTermijn).orElse(0);
            java.util.function.Function<Integer, String> getoond = n -> onderdrukken ? Onderdrukking.aantal(n) : String.valueOf(n);
            rijen.add(List.of(new Schooljaar(jaar).toString(), getoond.apply(aangemeld), getoond.apply(besloten), getoond.apply(binnen),
                    besloten == 0 || (onderdrukken && besloten < 5) ? GEEN : procent(binnen, besloten)));
        }
        return new Rapport.Tabel("Aanmeldingen onder de zorgplicht", List.of("Schooljaar", "Aangemeld", "Besloten", "Binnen de termijn",
                "% binnen de termijn"), rijen);
    }


    private static Rapport.Tabel telling(String titel, List<String> kolommen, List<Integer> jaren, boolean onderdrukken,
            java.util.function.IntFunction<long[]> aantallen) {
        var rijen = new ArrayList<List<String>>();
        for (int jaar : jaren) {
            var rij = new ArrayList<String>(List.of(new Schooljaar(jaar).toString()));
            for (long n : aantallen.apply(jaar)) {
                rij.add(onderdrukken ? Onderdrukking.aantal(n) : String.valueOf(n));
            }
            rijen.add(rij);
        }
        return new Rapport.Tabel(titel, kolommen, rijen);
    }

    Kengetallen.Kerncijfers kerncijfers(String swv) {
        int jaar = huidig.beginjaar();
        var dit = toekenningen.stream().filter(t -> t.swv().equals(swv) && t.schooljaar() == jaar).toList();
        var zorg = aanmeldingen.stream().filter(a -> a.swv().equals(swv) && a.schooljaar() == jaar).findFirst();
        return new Kengetallen.Kerncijfers(huidig, dit.stream().filter(t -> t.soort().isTlv()).mapToInt(Aanvraagcijfers.Toekenningen::aantal).sum(),
                dit.stream().filter(t -> t.soort() == Aanvraagsoort.ARRANGEMENT).mapToInt(Aanvraagcijfers.Toekenningen::aantal).sum(),
                dit.stream().filter(t -> t.soort() == Aanvraagsoort.ARRANGEMENT).map(Aanvraagcijfers.Toekenningen::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add),
                zorg.map(Aanmeldingkengetallen.Perjaar::aangemeld).orElse(0),
                zorg.filter(z -> z.besloten() > 0).map(z -> z.binnenTermijn() * 100 / z.besloten()).orElse(null),
                thuiszitters.stream().filter(t -> t.swv().equals(swv) && t.schooljaar() == jaar).mapToInt(Thuiszitterkengetallen.Perjaar::gemeld).sum());
    }

    private static long totaal(Leerlingtelling telling) {
        return telling.aantal(TypePo.BO) + telling.aantal(TypePo.SBO) + telling.aantal(TypePo.SO);
    }

    private static String procent(long deel, long geheel) {
        return geheel == 0 ? GEEN : BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String dagen(double dagen) {
        return String.valueOf(Math.round(dagen));
    }

    private static String nl(long aantal) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.of("nl", "NL")).format(aantal);
    }
}
