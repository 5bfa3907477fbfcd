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

    public static Contactgegevens leeg() {
        return new Contactgegevens(null, null, null, null, null, null, null);
    }
}
