package nl.thuisnabij.thuiszitter;

import java.time.LocalDate;

/** How long a child has been out of school, in the groups of the national monitoring and the Thuiszitterspact. */
public enum Duurgroep {
    TOT_4_WEKEN("tot 4 weken"),
    VIER_WEKEN_TOT_3_MAANDEN("4 weken tot 3 maanden"),
    LANGER_DAN_3_MAANDEN("langer dan 3 maanden");

    private final String omschrijving;

    Duurgroep(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The group on a day: up to and including 4 weeks, then up to and including 3 months, then beyond. */
    public static Duurgroep van(LocalDate sinds, LocalDate tot) {
        if (!tot.isAfter(sinds.plusWeeks(4))) {
            return TOT_4_WEKEN;
        }
        return tot.isAfter(sinds.plusMonths(3)) ? LANGER_DAN_3_MAANDEN : VIER_WEKEN_TOT_3_MAANDEN;
    }
}
