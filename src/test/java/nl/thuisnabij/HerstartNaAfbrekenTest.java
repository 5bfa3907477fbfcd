package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The default run comes back after the application was killed hard (kill -9, a power cut of the
 * JVM): the embedded PostgreSQL it left running is stopped cleanly by the next start, which then
 * starts at the first try with the data intact. Its database asks a password of everyone, kept for
 * the file owner only. Runs the application as a separate process.
 */
@Execution(ExecutionMode.CONCURRENT) // runs the application as processes of its own, with its own data directory
@ResourceLock("herstart-na-afbreken")
class HerstartNaAfbrekenTest {

    @TempDir
    Path map;

    @Test
    void naEenKill9StartDeApplicatieMetAlleGegevensInEenKeerWeerOp() throws Exception {
        var data = map.resolve("postgres");
        var eerste = start(data);
        long accounts;
        long weesPid;
        try {
            assertThat(Files.getPosixFilePermissions(data.resolve("thuisnabij-wachtwoorden.properties")))
                    .as("alleen de eigenaar van de bestanden leest de wachtwoorden")
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(adres(data), "postgres", ""))
                    .as("zonder wachtwoord geen toegang, ook niet op deze machine").hasMessageContaining("password");
            voer(data, "create table herstart_proef (waarde integer)");
            voer(data, "insert into herstart_proef values (42)");
            accounts = tel(data, "select count(*) from flyway_schema_history");
            assertThat(accounts).as("de migraties gedraaid").isPositive();
            weesPid = postmasterPid(data);
        } finally {
            eerste.proces().destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL stays behind
            eerste.proces().waitFor();
        }
        assertThat(ProcessHandle.of(weesPid).map(ProcessHandle::isAlive)).as("de achtergebleven PostgreSQL").contains(true);

        var tweede = start(data);
        try {
            assertThat(ProcessHandle.of(weesPid).map(ProcessHandle::isAlive).orElse(false)).as("de oude PostgreSQL is gestopt").isFalse();
            assertThat(tel(data, "select count(*) from flyway_schema_history")).as("alle gegevens er nog").isEqualTo(accounts);
            assertThat(tel(data, "select sum(waarde) from herstart_proef")).as("ook wat vlak voor het afbreken is geschreven").isEqualTo(42);
        } finally {
            tweede.proces().destroy(); // SIGTERM: a normal stop, which stops PostgreSQL too
            tweede.proces().waitFor();
            long overgebleven = postmasterPidOfNul(data);
            if (overgebleven > 0) {
                ProcessHandle.of(overgebleven).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private record Applicatie(Process proces, int poort) {
    }

    /** Starts the default run in its own JVM and waits until it answers; fails if it does not start at the first try. */
    private Applicatie start(Path data) throws Exception {
        int poort;
        try (var vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        }
        var java = ProcessHandle.current().info().command().orElse("java");
        var log = map.resolve("applicatie-" + poort + ".log");
        var proces = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "nl.thuisnabij.ThuisnabijApplication",
                "--server.port=" + poort, "--thuisnabij.database.data-directory=" + data, "--thuisnabij.demo.enabled=false",
                "--spring.mail.port=1"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var tot = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(tot)) {
            assertThat(proces.isAlive()).as("de applicatie start (log: %s)", tail(log)).isTrue();
            try {
                var antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (antwoord.statusCode() == 200) {
                    return new Applicatie(proces, poort);
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        proces.destroyForcibly();
        throw new AssertionError("de applicatie startte niet binnen twee minuten: " + tail(log));
    }

    private static long tel(Path data, String sql) throws Exception {
        try (var verbinding = verbind(data); var resultaat = verbinding.createStatement().executeQuery(sql)) {
            resultaat.next();
            return resultaat.getLong(1);
        }
    }

    /** As the owner, with the password the first start generated and kept in the data directory. */
    private static java.sql.Connection verbind(Path data) throws Exception {
        var eigenschappen = new java.util.Properties();
        try (var lezer = Files.newBufferedReader(data.resolve("thuisnabij-wachtwoorden.properties"))) {
            eigenschappen.load(lezer);
        }
        return DriverManager.getConnection(adres(data), "postgres", eigenschappen.getProperty("eigenaar"));
    }

    private static String adres(Path data) throws IOException {
        return "jdbc:postgresql://localhost:" + Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip() + "/postgres";
    }

    private static void voer(Path data, String sql) throws Exception {
        try (var verbinding = verbind(data); var opdracht = verbinding.createStatement()) {
            opdracht.execute(sql);
        }
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }

    private static long postmasterPidOfNul(Path data) throws IOException {
        return Files.exists(data.resolve("postmaster.pid")) ? postmasterPid(data) : 0;
    }

    private static String tail(Path log) {
        try {
            var regels = Files.readAllLines(log);
            var oorzaken = regels.stream().filter(r -> r.startsWith("Caused by") || r.contains("ERROR")).toList();
            return String.join("\n", oorzaken) + "\n" + String.join("\n", regels.subList(Math.max(0, regels.size() - 10), regels.size()));
        } catch (IOException e) {
            return "(geen log)";
        }
    }
}
