package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.List;

/** A meeting of the SWV's commission: its date, who attended in which role, and the minutes. */
public record Commissievergadering(long id, LocalDate datum, List<Aanwezige> aanwezigen, String notulen, int versie) {

    public record Aanwezige(long gebruikerId, String naam, String rol) {
    }
}
