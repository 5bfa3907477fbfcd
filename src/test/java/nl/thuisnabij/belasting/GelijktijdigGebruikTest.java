package nl.thuisnabij.belasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisnabij.HttpSessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Many people at once on a small connection pool: every page that reads a child's data writes an
 * audit line too, and none of them may wait for a second connection while holding one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"thuisnabij.database.pool-size=4", "thuisnabij.database.connection-timeout=5s"})
@ActiveProfiles("test")
class GelijktijdigGebruikTest {

    @LocalServerPort
    int poort;
    @Value("${thuisnabij.database.pool-size}")
    int pool;
    @Autowired
    JdbcClient jdbc;

    @Test
    void drieKeerZoveelGelijktijdigePaginasAlsVerbindingenGevenGeenEnkeleFoutEnWordenAllemaalGelogd() throws Exception {
        var basis = "http://localhost:" + poort;
        var coordinator = HttpSessie.ingelogd(basis, "coordinator");
        var ib = HttpSessie.ingelogd(basis, "ib");
        long aanvraag = jdbc.sql("select min(id) from aanvraag where swv_code = 'PO2707' and status <> 'CONCEPT'").query(Long.class).single();
        long school = jdbc.sql("select vestiging_id from gebruiker where gebruikersnaam = 'ib'").query(Long.class).single();
        long vanDeSchool = jdbc.sql("select min(id) from aanvraag where vestiging_id = ?").param(school).query(Long.class).single();
        long auditVoor = jdbc.sql("select count(*) from auditregel where recordsoort in ('aanvraag', 'leerling')").query(Long.class).single();
        var paginas = List.of(
                new Verzoek(coordinator, "/swv/PO2707/aanvragen"),
                new Verzoek(coordinator, "/swv/PO2707/aanvragen/" + aanvraag),
                new Verzoek(coordinator, "/swv/PO2707/zorgplicht"),
                new Verzoek(coordinator, "/swv/PO2707/tlv-register"),
                new Verzoek(ib, "/swv/PO2707/vestigingen/%d/aanvragen".formatted(school)),
                new Verzoek(ib, "/swv/PO2707/vestigingen/%d/aanvragen/%d".formatted(school, vanDeSchool)));
        int aantal = 3 * pool * paginas.size();

        var start = new CountDownLatch(1);
        var resultaten = new ArrayList<Future<Integer>>();
        try (var uitvoerder = Executors.newFixedThreadPool(aantal)) {
            for (int i = 0; i < aantal; i++) {
                var verzoek = paginas.get(i % paginas.size());
                resultaten.add(uitvoerder.submit((Callable<Integer>) () -> {
                    start.await();
                    return verzoek.sessie().haal(verzoek.pad()).statusCode();
                }));
            }
            start.countDown();
            for (var resultaat : resultaten) {
                assertThat(resultaat.get()).as("antwoord op een van %d gelijktijdige verzoeken", aantal).isEqualTo(200);
            }
        }

        long auditNa = jdbc.sql("select count(*) from auditregel where recordsoort in ('aanvraag', 'leerling')").query(Long.class).single();
        assertThat(auditNa - auditVoor).as("elke pagina met leerlinggegevens is gelogd").isGreaterThanOrEqualTo(aantal);
    }

    private record Verzoek(HttpSessie sessie, String pad) {
    }
}
