package nl.thuisnabij.thuiszitter;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The parents' consent to share a case with the youth care team of their municipality: what is
 * shared, until when, given by whom; once withdrawn, nothing is shared any more (AVG art. 7 lid 3).
 */
@Table("thuiszitter_toestemming")
public record Toestemming(int volgnummer, long gemeenteId, String wat, LocalDate tot, LocalDate gegevenOp, String gegevenDoor,
        LocalDate ingetrokkenOp) {

    /** What the youth care team sees: the case, its plan and how it stands — not the school file. */
    public static final String GEDEELD = "de melding, het plan en hoe het ervoor staat";

    public boolean geldigOp(LocalDate dag) {
        return ingetrokkenOp == null && !dag.isAfter(tot);
    }

    Toestemming trekIn(LocalDate dag) {
        return new Toestemming(volgnummer, gemeenteId, wat, tot, gegevenOp, gegevenDoor, dag);
    }
}
