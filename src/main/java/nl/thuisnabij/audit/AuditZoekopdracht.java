package nl.thuisnabij.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a privacy officer filters the audit log of their SWV on; every field is optional. A pupil
 * ({@code leerling}, their number) selects the lines about any of their records: their file, requests,
 * decisions, attachments, registrations, OPPs, thuiszitter reports and AVG requests. A page continues
 * before the line {@code (voorTijdstip, voorId)} (keyset paging, newest first).
 */
public record AuditZoekopdracht(String gebruiker, String recordsoort, String recordId, Long leerling, Auditactie actie,
        LocalDate van, LocalDate tot, Instant voorTijdstip, Long voorId) {

    public static AuditZoekopdracht alles() {
        return new AuditZoekopdracht(null, null, null, null, null, null, null, null, null);
    }

    public static AuditZoekopdracht overLeerling(long leerling) {
        return new AuditZoekopdracht(null, null, null, leerling, null, null, null, null, null);
    }

    public AuditZoekopdracht volgendePagina(Auditregel laatste) {
        return new AuditZoekopdracht(gebruiker, recordsoort, recordId, leerling, actie, van, tot, laatste.tijdstip(), laatste.id());
    }
}
