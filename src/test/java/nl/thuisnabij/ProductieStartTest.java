package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.ObjectMapper;

/**
 * The application as a hosting party runs it: its own JVM with the production profile on an
 * external, empty PostgreSQL. Flyway builds the schema at the start; until the first start has
 * loaded its data every page answers 503 with Retry-After and readiness says so; the logs are JSON
 * lines; health and Prometheus metrics answer on the internal network.
 */
@Execution(ExecutionMode.CONCURRENT) // a database and a JVM of its own
class ProductieStartTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpResponse<String> haal(int poort, String pad) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The application's classes and libraries, without the tests' own logging set-up. */
    private static String klassenpad() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(deel -> !deel.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static int vrijePoort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void deProductieversieBouwtHaarSchemaGeeftPasVerkeerAlsZeKlaarIsEnLogtJson() throws Exception {
        try (var database = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "localhost").start()) {
            try (var verbinding = database.getPostgresDatabase().getConnection(); var opdracht = verbinding.createStatement()) {
                opdracht.execute("create role thuisnabij login password 'wachtwoord-van-de-proef'");
            }
            int poort = vrijePoort();
            var javaProgramma = ProcessHandle.current().info().command().orElse("java");
            var bouwer = new ProcessBuilder(javaProgramma, "-cp", klassenpad(), ThuisnabijApplication.class.getName()).redirectErrorStream(true);
            var omgeving = bouwer.environment();
            omgeving.put("SPRING_PROFILES_ACTIVE", "production");
            omgeving.put("THUISNABIJ_DB_URL", "jdbc:postgresql://localhost:%d/postgres".formatted(database.getPort()));
            omgeving.put("THUISNABIJ_DB_USER", "thuisnabij");
            omgeving.put("THUISNABIJ_DB_PASSWORD", "wachtwoord-van-de-proef");
            omgeving.put("THUISNABIJ_DB_EIGENAAR", "postgres");
            omgeving.put("THUISNABIJ_DB_EIGENAAR_WACHTWOORD", "niet-gevraagd-door-deze-database");
            omgeving.put("SERVER_PORT", String.valueOf(poort));
            // the first start of a trial: the division and the demo schools are loaded while the port is already open
            omgeving.put("THUISNABIJ_DEMO_ENABLED", "true");
            omgeving.put("THUISNABIJ_GEBEURTENISSEN_HERVERZENDING", "1s");
            var proces = bouwer.start();
            var regels = Collections.synchronizedList(new ArrayList<String>());
            var lezer = Thread.ofVirtual().start(() -> {
                try (var uitvoer = new BufferedReader(new InputStreamReader(proces.getInputStream(), StandardCharsets.UTF_8))) {
                    uitvoer.lines().forEach(regels::add);
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // the process ended and its output closed
                }
            });
            try {
                var antwoorden = new ArrayList<Integer>();
                String retryAfter = null;
                var uiterlijk = Instant.now().plusSeconds(120);
                while (Instant.now().isBefore(uiterlijk) && proces.isAlive()) {
                    try {
                        // readiness first: once it says ready, the page must be served (never the other way round)
                        var bereid = haal(poort, "/actuator/health/readiness").statusCode();
                        var antwoord = haal(poort, "/samenwerkingsverbanden");
                        antwoorden.add(antwoord.statusCode());
                        if (bereid == 200) {
                            assertThat(antwoord.statusCode()).as("klaar, dus de pagina").isEqualTo(200);
                        }
                        if (antwoord.statusCode() == 503) {
                            retryAfter = antwoord.headers().firstValue("Retry-After").orElse(null);
                        }
                        if (antwoord.statusCode() == 200) {
                            break;
                        }
                    } catch (java.net.ConnectException nogDicht) {
                        // the port is not open yet
                    }
                    Thread.sleep(50);
                }
                assertThat(antwoorden).as("de pagina's in de volgorde van de start: " + regels.stream().skip(Math.max(0, regels.size() - 20)).toList())
                        .isNotEmpty().last().isEqualTo(200);
                assertThat(antwoorden).as("eerst 503 terwijl de eerste start de gegevens laadt, nooit een halve pagina").first().isEqualTo(503);
                assertThat(antwoorden.stream().distinct().toList()).containsExactly(503, 200);
                assertThat(retryAfter).isEqualTo("5");
                assertThat(haal(poort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
                assertThat(haal(poort, "/actuator/health/liveness").statusCode()).isEqualTo(200);

                Thread.sleep(1500); // the resubmission job has run on its one-second schedule
                var metrieken = haal(poort, "/actuator/prometheus");
                assertThat(metrieken.statusCode()).isEqualTo(200);
                assertThat(metrieken.body()).contains("http_server_requests_seconds_bucket", "uri=\"/samenwerkingsverbanden\"",
                        "thuisnabij_gebeurtenissen_onverwerkt", "thuisnabij_mail_berichten{", "tasks_scheduled_execution_seconds_count");

                var vanBuiten = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/actuator/prometheus"))
                        .header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(vanBuiten.statusCode()).as("via de proxy, van internet: geen metrieken").isNotEqualTo(200);
                assertThat(vanBuiten.body()).doesNotContain("thuisnabij_gebeurtenissen_onverwerkt");

                var json = new ObjectMapper();
                var logregels = List.copyOf(regels).stream().filter(regel -> regel.startsWith("{")).map(json::readTree).toList();
                assertThat(logregels).as("de logs zijn JSON, een object per regel").isNotEmpty();
                assertThat(logregels).anySatisfy(regel -> {
                    assertThat(regel.has("@timestamp")).isTrue();
                    assertThat(regel.path("log").path("level").asString()).isEqualTo("INFO");
                    assertThat(regel.path("message").asString()).contains("Started ThuisnabijApplication");
                });
                assertThat(List.copyOf(regels)).as("geen regel die geen JSON is").allMatch(regel -> regel.isBlank() || regel.startsWith("{"));
            } finally {
                proces.destroy();
                assertThat(proces.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("stopt netjes").isTrue();
                lezer.join(Duration.ofSeconds(5));
            }
            try (var verbinding = database.getPostgresDatabase().getConnection(); var opdracht = verbinding.createStatement();
                    var migraties = opdracht.executeQuery("select count(*) from flyway_schema_history where success")) {
                migraties.next();
                assertThat(migraties.getInt(1)).as("Flyway bouwde het schema bij de start").isGreaterThanOrEqualTo(38);
            }
        }
    }
}
