package nl.thuisnabij.aanvraag;

import java.time.LocalDate;

/** One expert's own written advice: who, with which expertise, for or against, and why. */
public record Deskundigenadvies(int volgnummer, long deskundigeId, String deskundigeNaam, Deskundigheid deskundigheid, boolean positief,
        String motivering, LocalDate gegevenOp) {
}
