package nl.thuisnabij.aanvraag;

import java.time.LocalDate;

/** The school asked the parents for their view on its draft request. */
public record OudersUitgenodigd(long aanvraagId, String swvCode, long leerlingId, LocalDate op) {
}
