package nl.thuisnabij.kengetallen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisnabij.aanmelding.Aanmeldingkengetallen;
import nl.thuisnabij.aanvraag.Aanvraagcijfers;
import nl.thuisnabij.budget.Budgetkengetallen;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.opp.Oppkengetallen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Rapport;
import nl.thuisnabij.thuiszitter.Thuiszitterkengetallen;
import org.springframework.stereotype.Service;

/**
 * The key figures of an SWV over the last five school years, or of every SWV at once (the national
 * run of the benchmark), assembled from the counts the modules offer. Each source is one grouped
 * query for all the SWVs asked for; nothing reads a child.
 */
@Service
public class Kengetallen {

    static final int JAREN = 5;

    /** The headline figures of the current school year, for the first page of directors and finance. */
    public record Kerncijfers(Schooljaar schooljaar, int tlvs, int arrangementen, java.math.BigDecimal arrangementbedrag, int aangemeld,
            Integer procentBinnenTermijn, int thuiszitters) {
    }

    private final Aanvraagcijfers aanvragen;
    private final Aanmeldingkengetallen aanmeldingen;
    private final Oppkengetallen opps;
    private final Thuiszitterkengetallen thuiszitters;
    private final Budgetkengetallen tellingen;
    private final Clock klok;

    Kengetallen(Aanvraagcijfers aanvragen, Aanmeldingkengetallen aanmeldingen, Oppkengetallen opps, Thuiszitterkengetallen thuiszitters,
            Budgetkengetallen tellingen, Clock klok) {
        this.aanvragen = aanvragen;
        this.aanmeldingen = aanmeldingen;
        this.opps = opps;
        this.thuiszitters = thuiszitters;
        this.tellingen = tellingen;
        this.klok = klok;
    }

    public Rapport vanSwv(SwvCode swv, String naam, boolean onderdrukken) {
        return bron(Optional.of(swv)).rapport(swv.waarde(), "Kengetallen " + naam + " (" + swv.waarde() + ")", onderdrukken);
    }

    /** Every SWV's key figures in one pass over the sources; the reports as they leave the SWV. */
    public Map<String, Rapport> vanAlleSwvs() {
        var perSwv = bron(Optional.empty()).perSwv();
        var rapporten = new TreeMap<String, Rapport>();
        perSwv.forEach((swv, bron) -> rapporten.put(swv, bron.rapport(swv, "Kengetallen " + swv, true)));
        return rapporten;
    }

    public Kerncijfers kerncijfers(SwvCode swv) {
        return bron(Optional.of(swv)).kerncijfers(swv.waarde());
    }

    /**
     * The sources are independent counts: they run side by side, each in a read transaction of its own
     * on a connection of its own; this thread holds none while it waits.
     */
    private Kengetallenbron bron(Optional<SwvCode> swv) {
        var huidig = Schooljaar.van(LocalDate.now(klok));
        int vanaf = huidig.beginjaar() - (JAREN - 1);
        try (var uitvoering = Executors.newVirtualThreadPerTaskExecutor()) {
            var toekenningen = uitvoering.submit(() -> aanvragen.toekenningen(swv, vanaf));
            var doorlooptijden = uitvoering.submit(() -> aanvragen.doorlooptijden(swv, vanaf));
            var zorgplicht = uitvoering.submit(() -> aanmeldingen.perSchooljaar(swv, vanaf));
            var vastgesteld = uitvoering.submit(() -> opps.vastgesteld(swv, vanaf));
            var gemeld = uitvoering.submit(() -> thuiszitters.perSchooljaar(swv, vanaf));
            var vso = uitvoering.submit(() -> tellingen.vsoDeelname(swv));
            return new Kengetallenbron(huidig, vanaf, uit(toekenningen), uit(doorlooptijden), uit(zorgplicht), uit(vastgesteld), uit(gemeld),
                    tellingen.tellingen(swv), tellingen.landelijk(), uit(vso));
        }
    }

    private static <T> T uit(Future<T> bron) {
        try {
            return bron.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("de kengetallen werden onderbroken", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException fout ? fout : new IllegalStateException(e.getCause());
        }
    }

    static List<Integer> jaren(int vanaf) {
        return java.util.stream.IntStream.range(vanaf, vanaf + JAREN).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
