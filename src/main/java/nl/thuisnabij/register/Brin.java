package nl.thuisnabij.register;

import java.util.regex.Pattern;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/** DUO's institution number of a school: two digits and two capital letters, e.g. 12AB. */
public record Brin(String waarde) {

    private static final Pattern FORMAAT = Pattern.compile("\\d{2}[A-Z]{2}");

    public Brin {
        if (waarde == null || !FORMAAT.matcher(waarde).matches()) {
            throw new OngeldigeInvoerException(
                    "BRIN '%s' is ongeldig: verwacht twee cijfers en twee hoofdletters, bijvoorbeeld 12AB".formatted(waarde));
        }
    }

    @Override
    public String toString() {
        return waarde;
    }
}
