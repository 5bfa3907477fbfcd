package nl.thuisnabij.opp;

import nl.thuisnabij.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, OPPs not established within six weeks of enrolment, or not evaluated in a school
 * year, are marked once per missed term in one set-based update, so several nodes may run it at once.
 */
@Component
class OppTermijnbewaking {

    private static final Logger LOG = LoggerFactory.getLogger(OppTermijnbewaking.class);
    private final Opps opps;
    private final AuditLog auditLog;

    OppTermijnbewaking(Opps opps, AuditLog auditLog) {
        this.opps = opps;
        this.auditLog = auditLog;
    }

    @Scheduled(cron = "${thuisnabij.opp.termijn-cron:0 25 6 * * *}", zone = "Europe/Amsterdam")
    void bewaak() {
        int aantal = auditLog.verzamel(opps::signaleerTermijnen);
        if (aantal > 0) {
            LOG.info("{} OPP('s) over de termijn: niet op tijd vastgesteld of geëvalueerd", aantal);
        }
    }
}
