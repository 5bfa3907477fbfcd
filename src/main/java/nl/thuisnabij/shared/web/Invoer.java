package nl.thuisnabij.shared.web;

import java.util.Arrays;
import java.util.Map;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * Reads a value a person typed or chose in a form: a missing choice or a malformed number is a
 * Dutch message for that field, never a silent default and never a server error.
 */
public final class Invoer {

    private Invoer() {
    }

    /** A required number, e.g. the id of the person chosen; {@code wat} names the field for the message. */
    public static long nummer(Map<String, String> velden, String naam, String wat) {
        var waarde = velden.get(naam);
        if (waarde == null || waarde.isBlank()) {
            throw new OngeldigeInvoerException("kies of vul in: " + wat);
        }
        try {
            return Long.parseLong(waarde.trim());
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("'%s' is geen geldige keuze voor %s".formatted(waarde.strip(), wat));
        }
    }

    /**
     * An irreversible step goes ahead only when the person ticked that they mean it; otherwise
     * nothing happens and the message says what they are about to do.
     */
    public static void bevestigd(Map<String, String> velden, String wat) {
        if (!"ja".equals(velden.get("bevestigd"))) {
            throw new OngeldigeInvoerException("bevestig dat u %s: dit kan niet ongedaan worden gemaakt".formatted(wat));
        }
    }

    /** A number that may be left empty. */
    public static Long optioneelNummer(Map<String, String> velden, String naam, String wat) {
        var waarde = velden.get(naam);
        return waarde == null || waarde.isBlank() ? null : nummer(velden, naam, wat);
    }

    /** A required choice from a fixed list. */
    public static <E extends Enum<E>> E keuze(Map<String, String> velden, String naam, Class<E> soort, String wat) {
        var gekozen = optioneleKeuze(velden.get(naam), soort, wat);
        if (gekozen == null) {
            throw new OngeldigeInvoerException("kies " + wat);
        }
        return gekozen;
    }

    /** A choice that may be left empty (e.g. a filter); an unknown value is refused, not ignored. */
    public static <E extends Enum<E>> E optioneleKeuze(String waarde, Class<E> soort, String wat) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(waarde.trim())).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("'%s' is geen geldige keuze voor %s".formatted(waarde.strip(), wat)));
    }
}
