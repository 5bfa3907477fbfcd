package nl.thuisnabij.budget;

import nl.thuisnabij.aanvraag.ArrangementGewijzigd;
import nl.thuisnabij.aanvraag.TlvGewijzigd;
import nl.thuisnabij.aanvraag.Toekenningswijziging;
import nl.thuisnabij.budget.persistence.BudgetRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Books every change of a grant the aanvraag module announces: a TLV as DUO will deduct it, an
 * arrangement as the commitment to the school. The latest decision of a request wins, so an event
 * that arrives late or twice changes nothing.
 */
@Component
class Budgetboekingen {

    private final BudgetRepository repository;

    Budgetboekingen(BudgetRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void tlvGewijzigd(TlvGewijzigd e) {
        repository.boekTlv(e.aanvraagId(), e.swvCode(), e.leerlingId(), e.vestigingId(), e.tlvSoort(), e.categorie(), e.startdatum(), e.einddatum(),
                e.besluitVolgnummer(), e.wijziging() == Toekenningswijziging.INGETROKKEN);
    }

    @ApplicationModuleListener
    void arrangementGewijzigd(ArrangementGewijzigd e) {
        repository.boekVerplichting(e.aanvraagId(), e.swvCode(), e.vestigingId(), e.arrangementsoortId(), e.bedrag(), e.van(), e.totEnMet(),
                e.besluitVolgnummer(), e.wijziging().name());
    }
}
