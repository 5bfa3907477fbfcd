package nl.thuisnabij.leerling;

import java.util.regex.Pattern;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * A pupil's BSN or onderwijsnummer, kept only where a registration with DUO needs it. Both carry
 * an eleven-test (elfproef): a BSN's weighted sum with last weight -1 is divisible by 11; an
 * onderwijsnummer's with last weight 1 leaves 5. Shown masked, never in full.
 */
public record Persoonsnummer(Soort soort, String nummer) {

    public enum Soort {
        BSN, ONDERWIJSNUMMER
    }

    private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\d{9}");

    public Persoonsnummer {
        if (nummer == null || !NEGEN_CIJFERS.matcher(nummer).matches()) {
            throw new OngeldigeInvoerException("een %s heeft negen cijfers".formatted(soort == Soort.BSN ? "BSN" : "onderwijsnummer"));
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (nummer.charAt(i) - '0') * (9 - i);
        }
        int laatste = nummer.charAt(8) - '0';
        boolean geldig = soort == Soort.BSN ? (som - laatste) % 11 == 0 : (som + laatste) % 11 == 5;
        if (!geldig) {
            throw new OngeldigeInvoerException("%s %s voldoet niet aan de elfproef".formatted(soort == Soort.BSN ? "BSN" : "onderwijsnummer",
                    gemaskeerd(nummer)));
        }
    }

    public String gemaskeerd() {
        return gemaskeerd(nummer);
    }

    private static String gemaskeerd(String nummer) {
        return "*****" + nummer.substring(5);
    }

    @Override
    public String toString() {
        return soort + " " + gemaskeerd();
    }
}
