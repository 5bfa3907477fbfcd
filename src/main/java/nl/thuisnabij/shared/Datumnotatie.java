package nl.thuisnabij.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How a date reads in a message or report line: 24-11-2026, day and month without leading zeros. */
public final class Datumnotatie {

    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d-M-yyyy");

    private Datumnotatie() {
    }

    public static String kort(LocalDate datum) {
        return KORT.format(datum);
    }
}
