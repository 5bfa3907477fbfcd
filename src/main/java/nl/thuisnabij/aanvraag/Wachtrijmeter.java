package nl.thuisnabij.aanvraag;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is waiting to go out, for the hosting party's alerts: events whose listener has not finished
 * (mostly mails; {@link Herverzending} tries them again) and request mails queued or failed.
 */
@Component
class Wachtrijmeter implements MeterBinder {

    private final JdbcClient jdbc;

    Wachtrijmeter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("thuisnabij.gebeurtenissen.onverwerkt", () -> tel("select count(*) from event_publication where completion_date is null"))
                .description("gebeurtenissen waarvan de verwerking (bijvoorbeeld een e-mail) nog niet is gelukt").register(registry);
        for (var status : new String[] {"IN_WACHTRIJ", "MISLUKT"}) {
            Gauge.builder("thuisnabij.mail.berichten", () -> tel("select count(*) from bericht where status = '" + status + "'"))
                    .tag("status", status.toLowerCase(java.util.Locale.ROOT))
                    .description("e-mails over aanvragen die wachten of mislukten").register(registry);
        }
    }

    private long tel(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
