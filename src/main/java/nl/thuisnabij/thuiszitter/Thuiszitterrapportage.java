package nl.thuisnabij.thuiszitter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.shared.Rapport;
import nl.thuisnabij.shared.Rapport.Tabel;

/**
 * The thuiszitters report for the board, the OPR, the municipalities and the Inspectie: per
 * quarter of a school year the new cases, the solved ones and how long they took, and the open ones
 * by duration; the year's new cases by kind, reason, age and sector; the trend over three school years.
 * Exemptions are counted apart (national monitoring). When the report leaves the SWV, counts of 1 to
 * 4 read "minder dan 5" and an average over fewer than 5 cases is left out, so no child can be
 * singled out.
 */
final class Thuiszitterrapportage {

    static final String ONDERDRUKT = "minder dan 5";

    private final List<Thuiszitter> zaken;
    private final LocalDate vandaag;
    private final boolean onderdrukken;

    private Thuiszitterrapportage(List<Thuiszitter> zaken, LocalDate vandaag, boolean onderdrukken) {
        this.zaken = zaken;
        this.vandaag = vandaag;
        this.onderdrukken = onderdrukken;
    }

    static Rapport maak(String titel, List<Thuiszitter> zaken, Schooljaar jaar, LocalDate vandaag, boolean onderdrukken) {
        var r = new Thuiszitterrapportage(zaken, vandaag, onderdrukken);
        var toelichting = "Stand op " + vandaag + ". Thuiszitters zonder vrijstellingen; vrijstellingen (Leerplichtwet art. 5, 5a, 11, 15) tellen apart."
                + (onderdrukken ? " Aantallen van 1 tot en met 4 staan er als '" + ONDERDRUKT + "'." : "");
        return new Rapport(titel, toelichting, List.of(r.perKwartaal(jaar), r.nieuwNaar(jaar, "soort"), r.nieuwNaar(jaar, "reden"),
                r.nieuwNaar(jaar, "leeftijd"), r.nieuwNaar(jaar, "sector"), r.trend(jaar)));
    }

    private Tabel perKwartaal(Schooljaar jaar) {
        var rijen = new ArrayList<List<String>>();
        String[] namen = {"aug–okt", "nov–jan", "feb–apr", "mei–jul"};
        for (int kwartaal = 0; kwartaal < 4; kwartaal++) {
            var begin = jaar.eersteDag().plusMonths(3L * kwartaal);
            var einde = begin.plusMonths(3).minusDays(1);
            if (begin.isAfter(vandaag)) {
                break;
            }
            var peildag = einde.isAfter(vandaag) ? vandaag : einde;
            var opgelost = zaken.stream().filter(z -> z.opgelostOp() != null && binnen(z.opgelostOp(), begin, einde) && !z.soort().isVrijstelling()).toList();
            var rij = new ArrayList<String>();
            rij.add("Kwartaal " + (kwartaal + 1) + " (" + namen[kwartaal] + (peildag.equals(vandaag) && einde.isAfter(vandaag) ? ", tot nu" : "") + ")");
            rij.add(aantal(tel(z -> binnen(z.sinds(), begin, einde) && !z.soort().isVrijstelling())));
            rij.add(aantal(tel(z -> binnen(z.sinds(), begin, einde) && z.soort().isVrijstelling())));
            rij.add(aantal(opgelost.size()));
            rij.add(gemiddelde(opgelost.stream().mapToLong(z -> ChronoUnit.DAYS.between(z.sinds(), z.opgelostOp())).boxed().toList()));
            for (var groep : Duurgroep.values()) {
                rij.add(aantal(tel(z -> !z.soort().isVrijstelling() && openOp(z, peildag) && Duurgroep.van(z.sinds(), peildag) == groep)));
            }
            rijen.add(rij);
        }
        var kolommen = new ArrayList<>(List.of("Kwartaal", "Nieuwe thuiszitters", "Nieuwe vrijstellingen", "Opgelost", "Gemiddelde duur opgelost (dagen)"));
        for (var groep : Duurgroep.values()) {
            kolommen.add("Open aan het eind: " + groep.omschrijving());
        }
        return new Tabel("Per kwartaal, schooljaar " + jaar, kolommen, rijen);
    }

    private Tabel nieuwNaar(Schooljaar jaar, String naar) {
        var begin = jaar.eersteDag();
        var einde = jaar.volgende().eersteDag().minusDays(1);
        Predicate<Thuiszitter> inJaar = z -> binnen(z.sinds(), begin, einde);
        var rijen = new ArrayList<List<String>>();
        switch (naar) {
            case "soort" -> {
                for (var soort : Verzuimsoort.values()) {
                    rijen.add(List.of(soort.omschrijving(), aantal(tel(inJaar.and(z -> z.soort() == soort)))));
                }
            }
            case "reden" -> {
                for (var reden : Verzuimreden.values()) {
                    rijen.add(List.of(reden.omschrijving(), aantal(tel(inJaar.and(z -> z.reden() == reden && !z.soort().isVrijstelling())))));
                }
            }
            case "sector" -> {
                // an SWV is primary (PO) or secondary (VO) by its code; a municipality's report spans both
                for (var sector : List.of("PO", "VO")) {
                    rijen.add(List.of(sector.equals("PO") ? "primair onderwijs" : "voortgezet onderwijs",
                            aantal(tel(inJaar.and(z -> z.swv().waarde().startsWith(sector) && !z.soort().isVrijstelling())))));
                }
            }
            default -> {
                for (var groep : Leeftijdsgroep.values()) {
                    rijen.add(List.of(groep.omschrijving, aantal(tel(inJaar.and(z -> Leeftijdsgroep.van(z.leeftijd()) == groep && !z.soort().isVrijstelling())))));
                }
            }
        }
        return new Tabel("Nieuw in " + jaar + " naar " + naar, List.of(naar.substring(0, 1).toUpperCase() + naar.substring(1), "Aantal"), rijen);
    }

    private Tabel trend(Schooljaar jaar) {
        var rijen = new ArrayList<List<String>>();
        for (int terug = 2; terug >= 0; terug--) {
            if (jaar.beginjaar() - terug < 2014) {
                continue; // passend onderwijs began in 2014-2015
            }
            var j = new Schooljaar(jaar.beginjaar() - terug);
            var begin = j.eersteDag();
            var einde = j.volgende().eersteDag().minusDays(1);
            Predicate<Thuiszitter> inJaar = z -> binnen(z.sinds(), begin, einde) && !z.soort().isVrijstelling();
            rijen.add(List.of(j.toString(), aantal(tel(inJaar)), aantal(tel(inJaar.and(z -> z.opgelostOp() != null))),
                    aantal(tel(inJaar.and(z -> z.geescaleerdOp() != null)))));
        }
        return new Tabel("Trend per schooljaar", List.of("Schooljaar", "Nieuwe thuiszitters", "Waarvan opgelost", "Waarvan langer dan 3 maanden zonder aanbod"),
                rijen);
    }

    enum Leeftijdsgroep {
        TOT_12("4 tot en met 11 jaar"), TOT_18("12 tot en met 17 jaar"), VANAF_18("18 jaar en ouder"), ONBEKEND("onbekend");

        final String omschrijving;

        Leeftijdsgroep(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        static Leeftijdsgroep van(Integer leeftijd) {
            if (leeftijd == null) {
                return ONBEKEND;
            }
            return leeftijd < 12 ? TOT_12 : leeftijd < 18 ? TOT_18 : VANAF_18;
        }
    }

    private int tel(Predicate<Thuiszitter> wat) {
        return (int) zaken.stream().filter(wat).count();
    }

    private static boolean binnen(LocalDate dag, LocalDate begin, LocalDate einde) {
        return !dag.isBefore(begin) && !dag.isAfter(einde);
    }

    private static boolean openOp(Thuiszitter z, LocalDate dag) {
        return !z.sinds().isAfter(dag) && (z.opgelostOp() == null || z.opgelostOp().isAfter(dag));
    }

    private String aantal(int n) {
        return onderdrukken ? onderdrukt(n) : String.valueOf(n);
    }

    /** A count as it may leave the SWV: 1 to 4 would single out a child. */
    static String onderdrukt(int n) {
        return n > 0 && n < 5 ? ONDERDRUKT : String.valueOf(n);
    }

    private String gemiddelde(List<Long> dagen) {
        if (dagen.isEmpty() || (onderdrukken && dagen.size() < 5)) {
            return "–";
        }
        return String.valueOf(Math.round(dagen.stream().mapToLong(Long::longValue).average().orElse(0)));
    }
}
