package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;

/**
 * A request as a list shows it: no long texts, the outcome of its current decision, with its
 * pupil and school.
 */
public record Aanvraagregel(Kern kern, Leerling leerling, Vestiging school) {

    /** What the list query reads of a request itself. */
    public record Kern(long id, SwvCode swv, long vestigingId, long leerlingId, Aanvraagsoort soort, boolean verlenging,
            AanvraagStatus status, LocalDate ingediendOp, Long vergaderingId, Besluituitkomst uitkomst) {
    }

    public long id() {
        return kern.id();
    }

    public SwvCode swv() {
        return kern.swv();
    }

    public Aanvraagsoort soort() {
        return kern.soort();
    }

    public boolean verlenging() {
        return kern.verlenging();
    }

    public AanvraagStatus status() {
        return kern.status();
    }

    public LocalDate ingediendOp() {
        return kern.ingediendOp();
    }

    public Long vergaderingId() {
        return kern.vergaderingId();
    }

    public Besluituitkomst uitkomst() {
        return kern.uitkomst();
    }
}
