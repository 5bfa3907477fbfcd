package nl.thuisnabij.budget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import nl.thuisnabij.budget.persistence.SoVsoTellingRepository;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DUO's pupil counts for the kengetallen: an SWV's (or every SWV's) per count year, and the national ones beside them. */
@Service
public class Budgetkengetallen {

    /**
     * A VO SWV's participation in VSO on a count year: the VSO pupils it pays for (DUO's count) and
     * the pupils of its member schools other than VSO (the count per school); {@code vo} is null when
     * no count per school was read for that year.
     */
    public record VsoDeelname(int peiljaar, int vso, Long vo) {
    }

    private final BudgetRepository repository;
    private final SoVsoTellingRepository soVso;
    private final Register register;

    Budgetkengetallen(BudgetRepository repository, SoVsoTellingRepository soVso, Register register) {
        this.repository = repository;
        this.soVso = soVso;
        this.register = register;
    }

    /** Only SWVs whose VSO count was read have a figure: few, so their schools are looked up one SWV at a time. */
    @Transactional(readOnly = true)
    public Map<String, List<VsoDeelname>> vsoDeelname(Optional<SwvCode> swv) {
        var perSwv = new java.util.TreeMap<String, List<VsoDeelname>>();
        soVso.vsoTellingen(swv.map(SwvCode::waarde)).forEach((code, perJaar) -> {
            var vsoScholen = register.vestigingen(new SwvCode(code)).stream().filter(v -> v.soort() == Schoolsoort.VSO).map(Vestiging::id)
                    .collect(java.util.stream.Collectors.toSet());
            var perSchool = repository.leerlingenPerSchool(code, perJaar.keySet());
            perSwv.put(code, perJaar.entrySet().stream().map(e -> new VsoDeelname(e.getKey(), e.getValue(),
                    perSchool.containsKey(e.getKey()) ? perSchool.get(e.getKey()).entrySet().stream().filter(s -> !vsoScholen.contains(s.getKey()))
                            .mapToLong(Map.Entry::getValue).sum() : null)).toList());
        });
        return perSwv;
    }

    @Transactional(readOnly = true)
    public Map<String, List<Leerlingtelling>> tellingen(Optional<SwvCode> swv) {
        return swv.map(s -> Map.of(s.waarde(), repository.tellingen(s.waarde()))).orElseGet(repository::alleTellingen);
    }

    @Transactional(readOnly = true)
    public List<Leerlingtelling> landelijk() {
        return repository.landelijkeTellingen();
    }
}
