package nl.thuisnabij.audit;

import java.time.Instant;
import java.util.List;

/** One line of the audit log: who did what with which record, when. */
public record Auditregel(
        long id,
        Instant tijdstip,
        String gebruiker,
        List<String> rollen,
        String swvCode,
        Auditactie actie,
        String recordsoort,
        String recordId,
        String omschrijving,
        String ipAdres) {
}
