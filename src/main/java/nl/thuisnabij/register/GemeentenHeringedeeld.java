package nl.thuisnabij.register;

import java.time.LocalDate;
import java.util.List;

/** Municipalities were renamed or merged: records pointing at the old ones should follow. */
public record GemeentenHeringedeeld(List<Long> oudeGemeenten, long nieuweGemeente, String nieuweNaam, LocalDate ingangsdatum) {
}
