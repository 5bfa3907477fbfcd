package nl.thuisnabij.register;

import java.util.Arrays;
import nl.thuisnabij.shared.OngeldigeInvoerException;

/** The kinds of school that are members of an SWV, each in the sector whose SWV it joins. */
public enum Schoolsoort {
    BO(Sector.PO, "basisonderwijs"),
    SBO(Sector.PO, "speciaal basisonderwijs"),
    SO(Sector.PO, "speciaal onderwijs"),
    VSO(Sector.VO, "voortgezet speciaal onderwijs"),
    VO(Sector.VO, "voortgezet onderwijs"),
    PRO(Sector.VO, "praktijkonderwijs");

    private final Sector sector;
    private final String omschrijving;

    Schoolsoort(Sector sector, String omschrijving) {
        this.sector = sector;
        this.omschrijving = omschrijving;
    }

    public Sector sector() {
        return sector;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isSpeciaalOnderwijs() {
        return this == SO || this == VSO;
    }

    public static Schoolsoort parse(String invoer) {
        var code = invoer == null ? "" : invoer.trim().toUpperCase();
        return Arrays.stream(values())
                .filter(soort -> soort.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException(
                        "soort onderwijs '%s' is onbekend: verwacht BO, SBO, SO, VSO, VO of PRO".formatted(invoer)));
    }
}
