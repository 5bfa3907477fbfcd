package nl.thuisnabij.budget;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A date in an imported file as DUO (20241001), ISO (2024-10-01) or a Dutch spreadsheet (1-10-2024) writes it. */
final class Bestandsdatum {

    private static final DateTimeFormatter DUO = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter NEDERLANDS = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Bestandsdatum() {
    }

    static Optional<LocalDate> lees(String tekst) {
        try {
            return Optional.of(tekst.matches("\\d{8}") ? LocalDate.parse(tekst, DUO)
                    : tekst.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(tekst) : LocalDate.parse(tekst, NEDERLANDS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
