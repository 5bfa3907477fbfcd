package nl.thuisnabij.aanmelding;

import java.time.LocalDate;
import java.util.List;

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

    /** The day on which {@code weken} weeks after {@code start} end, counting only days that count. */
    public LocalDate naWeken(LocalDate start, int weken) {
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
