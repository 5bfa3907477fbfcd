package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import nl.thuisnabij.ThuisnabijApplication;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A decision commits while its mail cannot be sent (the mail server is unreachable), and the
 * application stops. The event stays in the publication registry; after a restart the mail goes
 * exactly once, and a further restart sends nothing again.
 */
@Execution(ExecutionMode.CONCURRENT) // runs the application as processes of its own, with its own data directory
@ResourceLock("melding-na-herstart")
class MeldingNaHerstartTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Test
    void eenBesluitWaarvanDeMailNietWegKonWordtNaEenHerstartPreciesEenKeerGemaild(@TempDir Path data) throws Exception {
        int poort;
        try (var vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        }
        long aanvraag;
        try (var context = start(data, poort)) {
            var jdbc = context.getBean(JdbcClient.class);
            aanvraag = jdbc.sql("select min(id) from aanvraag where swv_code = 'PO2707' and soort = 'ARRANGEMENT' and status = 'IN_BEHANDELING'")
                    .query(Long.class).single();
            int versie = jdbc.sql("select versie from aanvraag where id = ?").param(aanvraag).query(Integer.class).single();
            var coordinator = context.getBean(Gebruikers.class).loadUserByUsername("coordinator");
            var start = LocalDate.now().plusWeeks(2);
            context.getBean(Beoordeling.class).neemBesluit(SWV, aanvraag, versie, coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND,
                    "Extra begeleiding.", start, start.plusMonths(6), null, null, new BigDecimal("900.00")));

            await().atMost(Duration.ofSeconds(20)).until(() -> status(jdbc, aanvraag).equals("MISLUKT"));
            assertThat(openPublicaties(jdbc)).as("de gebeurtenis blijft bewaard").isPositive();
        }

        var mailserver = new GreenMail(new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailserver.start();
        try {
            try (var context = start(data, poort)) {
                var jdbc = context.getBean(JdbcClient.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> status(jdbc, aanvraag).equals("VERZONDEN"));
                assertThat(besluitmails(mailserver, aanvraag)).isEqualTo(1);
            }
            try (var context = start(data, poort)) {
                var jdbc = context.getBean(JdbcClient.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> openPublicaties(jdbc) == 0);
                assertThat(besluitmails(mailserver, aanvraag)).as("na nog een herstart niet opnieuw").isEqualTo(1);
                assertThat(jdbc.sql("select pogingen from bericht where aanvraag_id = ? and sleutel like 'BESLUIT-%'").param(aanvraag)
                        .query(Integer.class).single()).isEqualTo(2);
            }
        } finally {
            mailserver.stop();
        }
    }

    private static ConfigurableApplicationContext start(Path data, int mailpoort) {
        return new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0", "--spring.profiles.active=test",
                "--thuisnabij.database.data-directory=" + data, "--spring.mail.port=" + mailpoort, "--logging.level.root=WARN");
    }

    private static String status(JdbcClient jdbc, long aanvraag) {
        return jdbc.sql("select coalesce(max(status), '') from bericht where aanvraag_id = ? and sleutel like 'BESLUIT-%'").param(aanvraag)
                .query(String.class).single();
    }

    private static long openPublicaties(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like '%BesluitGenomen'")
                .query(Long.class).single();
    }

    /** Distinct mails (GreenMail keeps a copy per recipient). */
    private static long besluitmails(GreenMail mailserver, long aanvraag) {
        return Arrays.stream(mailserver.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().equals("Besluit op aanvraag PO2707-" + aanvraag);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count();
    }
}
