package nl.thuisnabij.register;

/** How parents and schools reach an SWV. Every field may still be empty. */
public record Contactgegevens(
        String email,
        String telefoon,
        String website,
        String straat,
        String postcode,
        String plaats,
        String directeur) {

    private static final java.util.regex.Pattern WEBADRES = java.util.regex.Pattern.compile("https?://[^\\s<>\"]+", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether a website may be stored and linked: only a web address, never e.g. a javascript: URL. */
    public static boolean isWebadres(String adres) {
        return adres != null && WEBADRES.matcher(adres.strip()).matches();
    }

    /** The website to link to, or nothing: what is shown as a link is always a web address. */
    public String veiligeWebsite() {
        return isWebadres(website) ? website.strip() : null;
    }

    public static Contactgegevens leeg() {
        return new Contactgegevens(null, null, null, null, null, null, null);
    }
}
