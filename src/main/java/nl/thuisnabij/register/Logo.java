package nl.thuisnabij.register;

import nl.thuisnabij.shared.OngeldigeInvoerException;

/**
 * An SWV's logo for its public pages: a PNG or JPEG of at most 200 kB, recognised by its first bytes
 * rather than by the name or type the browser gave it (no SVG: it can carry script).
 */
public record Logo(byte[] inhoud, String mediatype) {

    static final int MAXIMUM_BYTES = 200 * 1024;

    public static Logo van(byte[] inhoud) {
        if (inhoud == null || inhoud.length == 0) {
            throw new OngeldigeInvoerException("logo", "kies een bestand met het logo");
        }
        if (inhoud.length > MAXIMUM_BYTES) {
            throw new OngeldigeInvoerException("logo", "het logo is te groot: ten hoogste 200 kB");
        }
        if (inhoud.length > 8 && (inhoud[0] & 0xFF) == 0x89 && inhoud[1] == 'P' && inhoud[2] == 'N' && inhoud[3] == 'G') {
            return new Logo(inhoud, "image/png");
        }
        if (inhoud.length > 3 && (inhoud[0] & 0xFF) == 0xFF && (inhoud[1] & 0xFF) == 0xD8 && (inhoud[2] & 0xFF) == 0xFF) {
            return new Logo(inhoud, "image/jpeg");
        }
        throw new OngeldigeInvoerException("logo", "het logo moet een PNG- of JPEG-afbeelding zijn");
    }
}
