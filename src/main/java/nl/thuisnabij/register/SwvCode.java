package nl.thuisnabij.register;

import java.util.regex.Pattern;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/** The code of a samenwerkingsverband as in the regio-indeling: PO or VO and four digits. */
public record SwvCode(String waarde) {

    private static final Pattern FORMAAT = Pattern.compile("(PO|VO)\\d{4}");

    public SwvCode {
        if (waarde == null || !FORMAAT.matcher(waarde).matches()) {
            throw new OngeldigeInvoerException(
                    "'%s' is geen geldige SWV-code: verwacht PO of VO gevolgd door vier cijfers, bijvoorbeeld PO2707"
                            .formatted(waarde));
        }
    }

    public static SwvCode van(String waarde) {
        return new SwvCode(waarde == null ? null : waarde.trim().toUpperCase());
    }

    public Sector sector() {
        return Sector.valueOf(waarde.substring(0, 2));
    }

    @Override
    public String toString() {
        return waarde;
    }
}
