package nl.thuisnabij.aanvraag;

import java.time.LocalDate;

/** The SWV asked the school to supplement its request by a date. */
public record AanvullingGevraagd(long aanvraagId, String swvCode, long vestigingId, LocalDate uiterlijk) {
}
