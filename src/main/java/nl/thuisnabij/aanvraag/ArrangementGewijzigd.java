package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An arrangement's commitment changed: granted, changed on objection, revoked (amount zero, no end) or
 * ended early (the amount for the shorter period). Published on every change, so that the budget
 * books what the SWV committed to the school; the latest {@code besluitVolgnummer} of a request wins.
 */
public record ArrangementGewijzigd(long aanvraagId, String swvCode, long vestigingId, long arrangementsoortId, BigDecimal bedrag,
        LocalDate van, LocalDate totEnMet, int besluitVolgnummer, Toekenningswijziging wijziging) {
}
