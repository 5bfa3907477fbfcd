package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;

/** An arrangement from the SWV's own catalogue, with its hourly rate. */
public record Arrangementsoort(long id, String naam, BigDecimal uurtarief, boolean actief) {
}
