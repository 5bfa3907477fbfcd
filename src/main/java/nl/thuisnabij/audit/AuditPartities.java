package nl.thuisnabij.audit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a month partition of the audit log ready for this month and the next three, at start and
 * every night, so new lines never land in the catch-all partition. Creating an existing partition
 * is a no-op, so several nodes may run it.
 */
@Component
class AuditPartities {

    static final int MAANDEN_VOORUIT = 4;
    private final JdbcClient jdbc;

    AuditPartities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Amsterdam")
    void maakKomendeMaanden() {
        jdbc.sql("select auditregel_maak_partities(current_date, ?)").param(MAANDEN_VOORUIT).query(rs -> {
        });
    }
}
