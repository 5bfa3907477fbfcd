package nl.thuisnabij.register;

import java.util.List;

/**
 * A samenwerkingsverband as the register knows it: code and sector from the official division,
 * the profile its own administrator keeps, and the municipalities whose postcode areas it covers.
 * A landelijk one (WPO 18a lid 15, WVO 17a lid 16) has no area: its schools joined it by denomination.
 */
public record Samenwerkingsverband(
        SwvCode code,
        String naam,
        Contactgegevens contact,
        List<String> gemeenten,
        boolean landelijk,
        boolean opgeheven,
        Huisstijlkleur huisstijlkleur,
        int versie) {

    public Samenwerkingsverband {
        gemeenten = List.copyOf(gemeenten);
    }

    public Sector sector() {
        return code.sector();
    }

    /** The division has no names; until the SWV enters one, name it by code and area. */
    public String weergavenaam() {
        if (naam != null && !naam.isBlank()) {
            return naam;
        }
        if (landelijk) {
            return "Landelijk samenwerkingsverband %s %s".formatted(sector(), code.waarde().substring(2));
        }
        var gebied = gemeenten.size() <= 3
                ? String.join(", ", gemeenten)
                : String.join(", ", gemeenten.subList(0, 3)) + " e.o.";
        return "Samenwerkingsverband %s %s%s".formatted(sector(), code.waarde().substring(2),
                gebied.isEmpty() ? "" : " (" + gebied + ")");
    }

    public boolean heeftNaam() {
        return naam != null && !naam.isBlank();
    }
}
