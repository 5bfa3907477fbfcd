package nl.thuisnabij.aanmelding;

import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.shared.Termijnenwet;

/**
 * How an SWV counts the zorgplicht terms. The law (WPO art. 40, WVO 2020, WEC art. 40) speaks of
 * weeks after receipt of the registration and has no holiday clause, so by default school holidays
 * count. Whether holidays suspend the term is still to be verified against the law text; an SWV
 * that follows that reading can switch it on and enter its region's holidays.
 */
public record Termijnbeleid(boolean vakantiesSchortenOp, List<Vakantie> vakanties) {

    public Termijnbeleid {
        vakanties = List.copyOf(vakanties);
    }

    public static Termijnbeleid wettelijk() {
        return new Termijnbeleid(false, List.of());
    }

    boolean telt(LocalDate dag) {
        return !vakantiesSchortenOp || vakanties.stream().noneMatch(v -> v.bevat(dag));
    }

    /**
     * The last day of the statutory term of {@code weken} weeks after {@code start}, counting only
     * days that count; a term ending on a weekend day or public holiday runs to the next working day
     * (Algemene termijnenwet art. 1).
     */
    public LocalDate naWeken(LocalDate start, int weken) {
        return Termijnenwet.einde(weken(start, weken));
    }

    private LocalDate weken(LocalDate start, int weken) {
        if (!vakantiesSchortenOp) {
            return start.plusWeeks(weken);
        }
        int resterend = weken * 7;
        var dag = start;
        while (resterend > 0) {
            dag = dag.plusDays(1);
            if (telt(dag)) {
                resterend--;
            }
        }
        return dag;
    }
}
