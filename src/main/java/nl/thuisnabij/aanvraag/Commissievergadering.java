package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting of the SWV's commission: its date, time and place, who attended in which role, and the minutes. */
public record Commissievergadering(long id, LocalDate datum, LocalTime aanvang, String plaats, List<Aanwezige> aanwezigen, String notulen, int versie) {

    /** "24 november 2026 om 14.00 uur, Vergaderzaal 2", as far as it is known. */
    public String wanneerEnWaar() {
        return nl.thuisnabij.shared.Datumnotatie.lang(datum) + (aanvang == null ? "" : " om " + aanvang.getHour() + "." + "%02d".formatted(aanvang.getMinute()) + " uur")
                + (plaats == null ? "" : ", " + plaats);
    }

    public record Aanwezige(long gebruikerId, String naam, String rol) {
    }
}
