package nl.thuisnabij.thuiszitter;

import nl.thuisnabij.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, cases open longer than three months are raised once to the SWV director and the
 * municipality (Thuiszitterspact). Each is saved on the version it was read in, so several nodes
 * running this at once raise a case only once.
 */
@Component
class ThuiszitterEscalatie {

    private static final Logger LOG = LoggerFactory.getLogger(ThuiszitterEscalatie.class);
    private final Thuiszitters thuiszitters;
    private final AuditLog auditLog;

    ThuiszitterEscalatie(Thuiszitters thuiszitters, AuditLog auditLog) {
        this.thuiszitters = thuiszitters;
        this.auditLog = auditLog;
    }

    @Scheduled(cron = "${thuisnabij.thuiszitters.escalatie-cron:0 20 6 * * *}", zone = "Europe/Amsterdam")
    void escaleer() {
        int aantal = auditLog.verzamel(thuiszitters::escaleerVerlopen);
        if (aantal > 0) {
            LOG.info("{} thuiszitter(s) langer dan drie maanden zonder passend aanbod geëscaleerd", aantal);
        }
    }
}
