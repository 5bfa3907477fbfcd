package nl.thuisnabij.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * How the SWV divides an amount over its schools (its ondersteuningsplan says which key): a fixed
 * base per school, and the rest by pupils on the previous count date, each school's pupils times its
 * weight when the key is weighted (e.g. by CBS's schoolgewicht). Data, not code: another key is other
 * numbers. Shares are exact fractions rounded once to cents so that they add up to the amount exactly
 * (the cents left by rounding go to the largest remainders).
 */
public record Verdeelsleutel(Bedrag teVerdelen, Bedrag vastPerSchool, boolean gewogen, int versie) {

    /** A school in the key: its pupils on the count date and its weight. */
    public record School(long vestigingId, int leerlingen, BigDecimal gewicht) {
    }

    /** What one school gets: the fixed base and its share of the rest. */
    public record Toewijzing(School school, Bedrag vast, Bedrag naarLeerlingen) {

        public Bedrag totaal() {
            return vast.plus(naarLeerlingen);
        }
    }

    public Verdeelsleutel {
        if (teVerdelen.isNegatief() || vastPerSchool.isNegatief()) {
            throw new OngeldigeInvoerException("teVerdelen", "bedragen in de verdeelsleutel zijn 0 of meer");
        }
    }

    public List<Toewijzing> verdeel(List<School> scholen) {
        if (scholen.isEmpty()) {
            return List.of();
        }
        var vast = vastPerSchool.maal(scholen.size());
        if (vast.compareTo(teVerdelen) > 0) {
            throw new OngeldigeInvoerException("vastPerSchool", "het vaste bedrag voor %d scholen (%s) is meer dan het te verdelen bedrag (%s)"
                    .formatted(scholen.size(), vast, teVerdelen));
        }
        long rest = teVerdelen.min(vast).euros().movePointRight(2).longValueExact();
        var punten = scholen.stream().map(s -> gewogen ? s.gewicht().multiply(BigDecimal.valueOf(s.leerlingen())) : BigDecimal.valueOf(s.leerlingen()))
                .toList();
        var som = punten.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var centen = new long[scholen.size()];
        var resten = new ArrayList<Integer>();
        long verdeeld = 0;
        for (int i = 0; i < scholen.size(); i++) {
            if (som.signum() == 0) {
                break;
            }
            var exact = punten.get(i).multiply(BigDecimal.valueOf(rest)).divide(som, 12, RoundingMode.DOWN);
            centen[i] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            verdeeld += centen[i];
            resten.add(i);
        }
        if (som.signum() > 0) {
            // the cents lost by rounding down go, one each, to the schools with the largest remainders (then the largest school)
            var volgorde = resten.stream().sorted(Comparator.comparing((Integer i) -> punten.get(i).multiply(BigDecimal.valueOf(rest)).divide(som, 12,
                    RoundingMode.DOWN).remainder(BigDecimal.ONE)).reversed().thenComparing(i -> punten.get(i), Comparator.reverseOrder())).toList();
            for (int k = 0; k < rest - verdeeld; k++) {
                centen[volgorde.get(k)]++;
            }
        }
        var toewijzingen = new ArrayList<Toewijzing>();
        for (int i = 0; i < scholen.size(); i++) {
            toewijzingen.add(new Toewijzing(scholen.get(i), vastPerSchool, new Bedrag(BigDecimal.valueOf(centen[i], 2))));
        }
        return toewijzingen;
    }
}
