package nl.thuisnabij.aanvraag;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: decisions become active or end by their dates, and passed terms (decision term,
 * supplement deadline, objection term, approaching end of a TLV or arrangement) are mailed once.
 * The reminder table's unique key makes this safe when several application nodes run it.
 */
@Component
class Termijnbewaking {

    private final Aanvragen aanvragen;

    Termijnbewaking(Aanvragen aanvragen) {
        this.aanvragen = aanvragen;
    }

    @Scheduled(cron = "${thuisnabij.aanvraag.termijnbewaking-cron}", zone = "Europe/Amsterdam")
    void bewaak() {
        aanvragen.bewaakTermijnen();
    }
}
