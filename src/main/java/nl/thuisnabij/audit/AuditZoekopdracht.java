package nl.thuisnabij.audit;

import java.time.LocalDate;

/** What a privacy officer filters the audit log of their SWV on; every field is optional. */
public record AuditZoekopdracht(String gebruiker, String recordsoort, String recordId, Auditactie actie,
        LocalDate van, LocalDate tot) {

    public static AuditZoekopdracht alles() {
        return new AuditZoekopdracht(null, null, null, null, null, null);
    }
}
