package nl.thuisnabij.aanmelding;

import nl.thuisnabij.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, registrations past their decision term go to the SWV's coordinator (the
 * zorgplicht dashboard). Each is marked once, by a conditional update on its version, so several
 * application nodes running this at the same time do no harm.
 */
@Component
class Escalatie {

    private static final Logger LOG = LoggerFactory.getLogger(Escalatie.class);
    private final Aanmeldingen aanmeldingen;
    private final AuditLog auditLog;

    Escalatie(Aanmeldingen aanmeldingen, AuditLog auditLog) {
        this.aanmeldingen = aanmeldingen;
        this.auditLog = auditLog;
    }

    @Scheduled(cron = "${thuisnabij.zorgplicht.escalatie-cron:0 15 6 * * *}", zone = "Europe/Amsterdam")
    void escaleer() {
        int aantal = auditLog.verzamel(aanmeldingen::escaleerVerlopen);
        if (aantal > 0) {
            LOG.info("{} aanmelding(en) met verstreken beslistermijn geëscaleerd", aantal);
        }
    }
}
