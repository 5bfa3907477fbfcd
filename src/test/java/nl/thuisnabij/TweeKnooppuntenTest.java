package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import nl.thuisnabij.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import nl.thuisnabij.thuiszitter.Thuiszitters;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a person logs in on one and
 * goes on on the other (sessions live in the database), logs out on the second and is out on the
 * first; the daily job runs on both at once and every mail goes out once.
 */
@Execution(ExecutionMode.CONCURRENT) // starts two applications of its own, on their own database
class TweeKnooppuntenTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private static String basis(ConfigurableApplicationContext knooppunt) {
        return "http://localhost:" + ((WebServerApplicationContext) knooppunt).getWebServer().getPort();
    }

    private HttpResponse<String> haal(ConfigurableApplicationContext knooppunt, String pad, String cookie) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(basis(knooppunt) + pad)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String berichtId(jakarta.mail.internet.MimeMessage bericht) {
        try {
            return bericht.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ontvangerEnInhoud(jakarta.mail.internet.MimeMessage bericht) {
        try {
            return Arrays.toString(bericht.getAllRecipients()) + GreenMailUtil.getBody(bericht);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eenIngelogdePersoonWerktOpHetAndereKnooppuntVerderEnDeDagelijkseTaakMailtEenmaal() throws Exception {
        int mailpoort = mail.getSmtp().getPort();
        try (var eerste = new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0", "--thuisnabij.database.data-directory=",
                "--spring.mail.port=" + mailpoort, "--thuisnabij.aanvraag.termijnbewaking-cron=-", "--thuisnabij.thuiszitters.escalatie-cron=-")) {
            var database = eerste.getBean(EmbeddedDatabase.class);
            try (var tweede = new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0", "--thuisnabij.database.embedded=false",
                    "--thuisnabij.demo.enabled=false", "--spring.mail.port=" + mailpoort,
                    "--spring.datasource.url=jdbc:postgresql://localhost:%d/postgres".formatted(database.postgres().getPort()),
                    "--spring.datasource.username=thuisnabij_app", "--spring.datasource.password=" + database.wachtwoorden().applicatie(),
                    "--spring.flyway.user=postgres", "--spring.flyway.password=" + database.wachtwoorden().eigenaar(),
                    "--thuisnabij.aanvraag.termijnbewaking-cron=-", "--thuisnabij.thuiszitters.escalatie-cron=-")) {

                var cookie = HttpSessie.ingelogd(basis(eerste), "coordinator").cookie();
                var opHetTweede = haal(tweede, "/mijn", cookie);
                assertThat(opHetTweede.statusCode()).as("ingelogd op het eerste, verder op het tweede").isEqualTo(200);
                assertThat(opHetTweede.body()).contains("Welkom, Cora Coördinator (demo)");

                var directeur = HttpSessie.ingelogd(basis(tweede), "directeur");
                var sessieVanDeDirecteur = directeur.cookie();
                assertThat(haal(eerste, "/mijn", sessieVanDeDirecteur).statusCode()).isEqualTo(200);
                directeur.uitloggen();
                assertThat(haal(eerste, "/mijn", sessieVanDeDirecteur).headers().firstValue("Location").orElse(""))
                        .as("uitgelogd op het tweede, dus ook op het eerste").contains("/inloggen");

                var later = LocalDate.now().plusYears(1);
                var op1 = CompletableFuture.supplyAsync(() -> eerste.getBean(Thuiszitters.class).escaleerVerlopen(later));
                var op2 = CompletableFuture.supplyAsync(() -> tweede.getBean(Thuiszitters.class).escaleerVerlopen(later));
                int geescaleerd = op1.join() + op2.join();
                assertThat(geescaleerd).as("de demo heeft een thuiszitter die te lang thuis zit").isPositive();
                Awaitility.await().untilAsserted(() -> assertThat(mail.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(geescaleerd));
                Thread.sleep(2000); // a second mail of the same case would come now
                // GreenMail keeps a copy per recipient; one mail is one Message-ID
                var berichten = Arrays.stream(mail.getReceivedMessages()).collect(java.util.stream.Collectors.toMap(TweeKnooppuntenTest::berichtId,
                        TweeKnooppuntenTest::ontvangerEnInhoud, (kopie, zelfde) -> kopie)).values().stream().toList();
                assertThat(berichten).as("elke mail eenmaal, ook al liep de taak op twee knooppunten").doesNotHaveDuplicates();
                assertThat(eerste.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("select count(*) from thuiszitter where geescaleerd_op = ?").param(later).query(Long.class).single())
                        .as("elke zaak door één van beide geëscaleerd").isEqualTo(geescaleerd);
            }
        }
    }
}
