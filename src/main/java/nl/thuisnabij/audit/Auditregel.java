package nl.thuisnabij.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log: who did what with which record, when. A list view is one line naming
 * every record shown in {@code recordIds}.
 */
public record Auditregel(
        long id,
        Instant tijdstip,
        String gebruiker,
        List<String> rollen,
        String swvCode,
        Auditactie actie,
        String recordsoort,
        String recordId,
        List<String> recordIds,
        String omschrijving,
        String ipAdres) {

    public String gegeven() {
        if (recordId != null) {
            return recordsoort + " " + recordId;
        }
        return recordIds.isEmpty() ? recordsoort : recordsoort + " " + String.join(", ", recordIds);
    }
}
