package nl.thuisnabij.aanvraag;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tries again the events whose listener failed, such as a mail while the mail server was down: at
 * the start and every few minutes. Only failed ones: an event another node is still working on is
 * left to it (one that stays unfinished, because its node stopped, counts as failed after a few
 * minutes: spring.modulith.events.staleness.*). One node at a time, under a PostgreSQL advisory
 * lock, so two nodes never send the same mail.
 */
@Component
class Herverzending {

    private static final String SLOT = "select pg_try_advisory_xact_lock(hashtext('thuisnabij.herverzending'))";

    private final FailedEventPublications mislukt;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;

    Herverzending(FailedEventPublications mislukt, JdbcClient jdbc, TransactionTemplate transactie) {
        this.mislukt = mislukt;
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        probeerOpnieuw();
    }

    @Scheduled(fixedDelayString = "${thuisnabij.gebeurtenissen.herverzending:5m}", initialDelayString = "${thuisnabij.gebeurtenissen.herverzending:5m}")
    void probeerOpnieuw() {
        transactie.executeWithoutResult(status -> {
            if (Boolean.TRUE.equals(jdbc.sql(SLOT).query(Boolean.class).single())) {
                mislukt.resubmit(ResubmissionOptions.defaults());
            }
        });
    }
}
