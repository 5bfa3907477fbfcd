package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.List;

/** A term of a request passed or is about to: those responsible get one reminder. */
public record TermijnVerstreken(long aanvraagId, String swvCode, String soort, LocalDate peildatum, List<String> aan, String tekst) {
}
