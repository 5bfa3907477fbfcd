package nl.thuisnabij.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a date reads: in a table, message or report line short (24-11-2026, day and month without
 * leading zeros); in a sentence or a letter long (24 november 2026).
 */
public final class Datumnotatie {

    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    private Datumnotatie() {
    }

    public static String kort(LocalDate datum) {
        return KORT.format(datum);
    }

    public static String lang(LocalDate datum) {
        return LANG.format(datum);
    }
}
