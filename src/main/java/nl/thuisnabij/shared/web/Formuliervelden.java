package nl.thuisnabij.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Supplier;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * Converts what a form record holds (text, exactly as typed) into domain values, after Bean
 * Validation accepted it. A value object that refuses the text names the field it came from.
 */
public final class Formuliervelden {

    private static final DateTimeFormatter NEDERLANDS = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Formuliervelden() {
    }

    public static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    public static Long nummer(String waarde) {
        return tekst(waarde) == null ? null : Long.valueOf(waarde.strip());
    }

    public static BigDecimal decimaal(String waarde) {
        return tekst(waarde) == null ? null : new BigDecimal(waarde.strip().replace(',', '.'));
    }

    public static LocalDate datum(String waarde) {
        return tekst(waarde) == null ? null : alsDatum(waarde).orElseThrow();
    }

    public static <E extends Enum<E>> E keuze(String waarde, Class<E> soort) {
        return tekst(waarde) == null ? null : Enum.valueOf(soort, waarde.strip());
    }

    public static boolean aangevinkt(String waarde) {
        return "true".equals(waarde) || "ja".equals(waarde);
    }

    /** Builds a value object from one field; its refusal is shown at that field. */
    public static <T> T lees(String veld, Supplier<T> waarde) {
        try {
            return waarde.get();
        } catch (OngeldigeInvoerException fout) {
            throw fout.veld() == null ? fout.bijVeld(veld) : fout;
        }
    }

    static Optional<LocalDate> alsDatum(String waarde) {
        var tekst = waarde.strip();
        try {
            return Optional.of(tekst.contains("-") && tekst.indexOf('-') == 4 ? LocalDate.parse(tekst) : LocalDate.parse(tekst, NEDERLANDS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
