package nl.thuisnabij.register;

import java.util.Locale;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * An SWV's own colour, as #rrggbb. Its public pages put white text on it (the header, buttons), so
 * it must give that text a contrast of at least 4.5:1 (WCAG 2.1 AA, 1.4.3).
 */
public record Huisstijlkleur(String waarde) {

    static final double MINIMAAL_CONTRAST = 4.5;

    public Huisstijlkleur {
        if (waarde == null || !waarde.strip().toLowerCase(Locale.ROOT).matches("#[0-9a-f]{6}")) {
            throw new OngeldigeInvoerException("huisstijlkleur", "kies een kleur als #rrggbb, bijvoorbeeld #154273");
        }
        waarde = waarde.strip().toLowerCase(Locale.ROOT);
        double contrast = contrastMetWit(waarde);
        if (contrast < MINIMAAL_CONTRAST) {
            throw new OngeldigeInvoerException("huisstijlkleur", "deze kleur is te licht voor witte tekst (contrast %.2f:1, minstens 4,5:1 nodig); kies een donkerdere kleur"
                    .formatted(contrast).replace('.', ','));
        }
    }

    /** WCAG's contrast ratio of white on this colour: (1 + 0.05) / (L + 0.05), L the relative luminance. */
    static double contrastMetWit(String hex) {
        double l = 0.2126 * lineair(hex.substring(1, 3)) + 0.7152 * lineair(hex.substring(3, 5)) + 0.0722 * lineair(hex.substring(5, 7));
        return 1.05 / (l + 0.05);
    }

    private static double lineair(String kanaal) {
        double c = Integer.parseInt(kanaal, 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
