package nl.thuisnabij.aanvraag;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again, every few minutes, the events whose listener did not finish, such as a mail while
 * the mail server was down; a restart does the same for all outstanding ones.
 */
@Component
class Herverzending {

    static final Duration WACHTTIJD = Duration.ofMinutes(5);
    private final IncompleteEventPublications onvoltooid;

    Herverzending(IncompleteEventPublications onvoltooid) {
        this.onvoltooid = onvoltooid;
    }

    @Scheduled(fixedDelayString = "${thuisnabij.gebeurtenissen.herverzending:5m}",
            initialDelayString = "${thuisnabij.gebeurtenissen.herverzending:5m}")
    void probeerOpnieuw() {
        onvoltooid.resubmitIncompletePublicationsOlderThan(WACHTTIJD);
    }
}
