package nl.thuisnabij.thuiszitter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Rapport;
import nl.thuisnabij.thuiszitter.persistence.ThuiszitterRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thuiszitters in figures: the counts on the lists and the report per school year. Nothing here
 * reads a child: the cases carry what the figures need (kind, dates, age at the start).
 */
@Service
public class Thuiszittercijfers {

    /**
     * Counts of open cases by duration and kind, for those who see no cases. Counts from 1 to 4 are
     * shown as "minder dan 5": anything that leaves the SWV must not single out a child.
     */
    public record Cijfers(Map<Duurgroep, Integer> perDuur, Map<Verzuimsoort, Integer> perSoort, int opgelost) {

        public String getoond(int aantal) {
            return Thuiszitterrapportage.onderdrukt(aantal);
        }
    }

    private final ThuiszitterRepository repository;
    private final Clock klok;

    Thuiszittercijfers(ThuiszitterRepository repository, Clock klok) {
        this.repository = repository;
        this.klok = klok;
    }

    /** Counts for a municipality, over every SWV it lies in. */
    @Transactional(readOnly = true)
    public Cijfers vanGemeente(long gemeenteId) {
        return cijfers(repository.findByGemeente(gemeenteId));
    }

    @Transactional(readOnly = true)
    public Cijfers vanSwv(SwvCode swv) {
        return cijfers(repository.findBySwv(swv));
    }

    /** The SWV's report for a school year; on its own screen exact, in a download counts under 5 suppressed. */
    @Transactional(readOnly = true)
    public Rapport rapportVanSwv(SwvCode swv, String swvNaam, Schooljaar jaar, boolean onderdrukken) {
        return Thuiszitterrapportage.maak("Thuiszitters " + swvNaam + " " + jaar, repository.findBySwv(swv), jaar, LocalDate.now(klok),
                onderdrukken);
    }

    /** A municipality's report over every SWV it lies in; it leaves the SWVs, so counts under 5 are always suppressed. */
    @Transactional(readOnly = true)
    public Rapport rapportVanGemeente(long gemeenteId, Schooljaar jaar) {
        return Thuiszitterrapportage.maak("Thuiszitters in de gemeente " + jaar, repository.findByGemeente(gemeenteId), jaar,
                LocalDate.now(klok), true);
    }

    private Cijfers cijfers(List<Thuiszitter> zaken) {
        var vandaag = LocalDate.now(klok);
        var perDuur = new EnumMap<Duurgroep, Integer>(Duurgroep.class);
        var perSoort = new EnumMap<Verzuimsoort, Integer>(Verzuimsoort.class);
        for (var groep : Duurgroep.values()) {
            perDuur.put(groep, 0);
        }
        for (var soort : Verzuimsoort.values()) {
            perSoort.put(soort, 0);
        }
        int opgelost = 0;
        for (var zaak : zaken) {
            if (zaak.status() == Thuiszitter.Status.OPGELOST) {
                opgelost++;
                continue;
            }
            perSoort.merge(zaak.soort(), 1, Integer::sum);
            if (!zaak.soort().isVrijstelling()) {
                perDuur.merge(zaak.duurgroep(vandaag), 1, Integer::sum);
            }
        }
        return new Cijfers(perDuur, perSoort, opgelost);
    }
}
