package nl.thuisnabij.privacy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A data subject's request under the AVG and what became of it. The SWV answers within a month of
 * receipt; once, within that month and with reasons, it may take two months more (art. 12 lid 3).
 */
public record AvgVerzoek(long id, Soort soort, Long leerlingId, String verzoeker, LocalDate ontvangenOp, String omschrijving,
        LocalDate verlengdTot, String verlengingsreden, Uitkomst uitkomst, String toelichting, LocalDate afgehandeldOp, String afgehandeldDoor,
        int versie) {

    public enum Soort {
        INZAGE("inzage (art. 15)"), CORRECTIE("correctie (art. 16)"), WISSING("wissing (art. 17)"), BEPERKING("beperking (art. 18)"),
        BEZWAAR("bezwaar (art. 21)");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public enum Uitkomst {
        TOEGEWEZEN("toegewezen"), DEELS_TOEGEWEZEN("deels toegewezen"), AFGEWEZEN("afgewezen");

        private final String omschrijving;

        Uitkomst(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** Art. 12 lid 3: a month after receipt, or the extended date. */
    public LocalDate termijn() {
        return verlengdTot != null ? verlengdTot : ontvangenOp.plusMonths(1);
    }

    public boolean isAfgehandeld() {
        return uitkomst != null;
    }

    public long dagenOver(LocalDate vandaag) {
        return ChronoUnit.DAYS.between(vandaag, termijn());
    }

    /** The extension: once, while the first month runs, to three months after receipt. */
    LocalDate verlenging(LocalDate vandaag) {
        if (isAfgehandeld()) {
            throw new nl.thuisnabij.shared.OngeldigeStapException("dit verzoek is al afgehandeld");
        }
        if (verlengdTot != null) {
            throw new nl.thuisnabij.shared.OngeldigeStapException("de termijn is al een keer verlengd; dat mag maar één keer");
        }
        if (vandaag.isAfter(ontvangenOp.plusMonths(1))) {
            throw new nl.thuisnabij.shared.OngeldigeStapException("verlengen kan alleen binnen de eerste maand na ontvangst");
        }
        return ontvangenOp.plusMonths(3);
    }
}
