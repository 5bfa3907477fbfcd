package nl.thuisnabij.register;

import java.util.regex.Pattern;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * A Dutch postcode: four digits (the first not 0), optionally followed by two letters. The SWV
 * division works on the four digits; a school's address has all six characters.
 */
public record Postcode(String cijfers, String letters) {

    private static final Pattern FORMAAT = Pattern.compile("([1-9]\\d{3})\\s?([A-Z]{2})?");
    // compiled once: a postcode is made for every pupil and school a page shows
    private static final Pattern CIJFERS = Pattern.compile("[1-9]\\d{3}");
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{2}");
    private static final String UITLEG = "verwacht vier cijfers, eventueel gevolgd door twee letters, bijvoorbeeld 1011 of 1011 AB";

    public Postcode {
        if (cijfers == null || !CIJFERS.matcher(cijfers).matches()) {
            throw new OngeldigeInvoerException("'%s' is geen geldige postcode: %s".formatted(cijfers, UITLEG));
        }
        if (letters != null && !LETTERS.matcher(letters).matches()) {
            throw new OngeldigeInvoerException("'%s' zijn geen geldige postcodeletters".formatted(letters));
        }
    }

    public static Postcode parse(String invoer) {
        var tekst = invoer == null ? "" : invoer.trim().toUpperCase();
        var match = FORMAAT.matcher(tekst);
        if (!match.matches()) {
            throw new OngeldigeInvoerException("'%s' is geen geldige postcode: %s".formatted(invoer == null ? "" : invoer.trim(), UITLEG));
        }
        return new Postcode(match.group(1), match.group(2));
    }

    /** A full postcode with letters, as an address needs. */
    public static Postcode volledig(String invoer) {
        var postcode = parse(invoer);
        if (postcode.letters() == null) {
            throw new OngeldigeInvoerException(
                    "postcode '%s' is onvolledig: een adres heeft vier cijfers en twee letters, bijvoorbeeld 1011 AB".formatted(invoer.trim()));
        }
        return postcode;
    }

    public String pc4() {
        return cijfers;
    }

    public boolean isVolledig() {
        return letters != null;
    }

    /** Compact form as stored: 1011AB. */
    public String compact() {
        return letters == null ? cijfers : cijfers + letters;
    }

    @Override
    public String toString() {
        return letters == null ? cijfers : cijfers + " " + letters;
    }
}
