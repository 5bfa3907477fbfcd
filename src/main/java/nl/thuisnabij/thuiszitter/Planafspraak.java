package nl.thuisnabij.thuiszitter;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One agreement of a case's plan: what is offered (education, part-time, care, a placement), by whom, and when it is reviewed. */
@Table("thuiszitter_plan")
public record Planafspraak(int volgnummer, String aanbod, String uitvoerder, LocalDate volgendeEvaluatie, LocalDate vastgelegdOp,
        String vastgelegdDoor) {
}
