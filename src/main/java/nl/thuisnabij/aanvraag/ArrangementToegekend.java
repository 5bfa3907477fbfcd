package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The SWV committed budget to a school for an arrangement; the budget module books it. */
public record ArrangementToegekend(long aanvraagId, String swvCode, long vestigingId, long arrangementsoortId, BigDecimal bedrag,
        LocalDate van, LocalDate totEnMet, int besluitVolgnummer) {
}
