package nl.thuisnabij.budget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import nl.thuisnabij.register.SwvCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DUO's pupil counts for the kengetallen: an SWV's (or every SWV's) per count year, and the national ones beside them. */
@Service
public class Budgetkengetallen {

    private final BudgetRepository repository;

    Budgetkengetallen(BudgetRepository repository) {
        this.repository = repository;
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
