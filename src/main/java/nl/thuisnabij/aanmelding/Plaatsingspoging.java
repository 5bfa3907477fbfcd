package nl.thuisnabij.aanmelding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;

/** One school proposed in the search for a place, and its answer. */
public record Plaatsingspoging(int volgnummer, long vestigingId, BigDecimal afstandKm, LocalDate voorgesteldOp, @Column("status") Antwoord antwoord,
        String reden, LocalDate beantwoordOp) {

    public enum Antwoord {
        VOORGESTELD, GEACCEPTEERD, AFGEWEZEN
    }

    public boolean open() {
        return antwoord == Antwoord.VOORGESTELD;
    }

    Plaatsingspoging beantwoord(Antwoord nieuw, String nieuweReden, LocalDate datum) {
        return new Plaatsingspoging(volgnummer, vestigingId, afstandKm, voorgesteldOp, nieuw, nieuweReden, datum);
    }
}
