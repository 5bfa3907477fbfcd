package nl.thuisnabij.shared.web;

import java.util.Arrays;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * Reads a choice from a link or a filter in the address (not a form: forms are records, see
 * {@link Formulierstap}). An unknown value is a Dutch message, never ignored and never a server error.
 */
public final class Invoer {

    private Invoer() {
    }

    /** A choice that may be left empty; {@code wat} names it for the message. */
    public static <E extends Enum<E>> E optioneleKeuze(String waarde, Class<E> soort, String wat) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(waarde.trim())).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("'%s' is geen geldige keuze voor %s".formatted(waarde.strip(), wat)));
    }
}
