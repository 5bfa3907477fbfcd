package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of the embedded database is made while the application runs, and restored: a fresh
 * PostgreSQL started on a copy of it holds every record and every audit row as they were when the
 * backup ended — nothing written later — and the application starts on it and lets people log in.
 */
@Execution(ExecutionMode.CONCURRENT) // two applications of its own, on data directories of its own
class BackupTest {

    private static final List<String> TABELLEN = List.of("gebruiker", "samenwerkingsverband", "vestiging", "leerling", "aanvraag",
            "aanmelding", "auditregel", "flyway_schema_history");

    @TempDir
    Path map;

    private static ConfigurableApplicationContext start(Path data, Path backups) {
        return new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0",
                "--thuisnabij.database.data-directory=" + data, "--thuisnabij.backup.map=" + backups, "--spring.mail.port=1",
                "--thuisnabij.aanvraag.termijnbewaking-cron=-", "--thuisnabij.thuiszitters.escalatie-cron=-");
    }

    /** Every row of each table, as one checksum per table. */
    private static Map<String, String> inhoud(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(JdbcClient.class);
        var inhoud = new LinkedHashMap<String, String>();
        for (var tabel : TABELLEN) {
            inhoud.put(tabel, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + tabel + " t")
                    .query(String.class).single());
        }
        return inhoud;
    }

    private static String basis(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void eenBackupTerugzettenGeeftAlleGegevensEnHetAuditlogVanHetMomentVanDeBackup() throws Exception {
        var backups = map.resolve("backups");
        Map<String, String> opHetMomentVanDeBackup;
        Path backup;
        try (var app = start(map.resolve("postgres"), backups)) {
            var coordinator = HttpSessie.ingelogd(basis(app), "coordinator");
            assertThat(coordinator.haal("/swv/PO2707/aanvragen").statusCode()).isEqualTo(200);
            // the audit rows of the last request are appended just after its answer
            opHetMomentVanDeBackup = org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(300))
                    .until(() -> inhoud(app), new java.util.function.Predicate<Map<String, String>>() {
                        private Map<String, String> vorige;

                        @Override
                        public boolean test(Map<String, String> nu) {
                            boolean stil = nu.equals(vorige);
                            vorige = nu;
                            return stil;
                        }
                    });
            backup = app.getBean(Databasebackup.class).maak();
            // written after the backup: not in it
            app.getBean(JdbcClient.class).sql("insert into auditregel (swv_code, gebruiker, actie, recordsoort, omschrijving) "
                    + "values ('PO2707', 'na-de-backup', 'LEZEN', 'leerling', 'na de backup')").update();
        }
        assertThat(backup.getFileName().toString()).startsWith("thuisnabij-").doesNotEndWith(".bezig");
        assertThat(Files.exists(backup.resolve("backup_label"))).isTrue();
        assertThat(Files.exists(backup.resolve("postmaster.pid"))).as("geen spoor van de draaiende server").isFalse();

        var hersteld = map.resolve("hersteld");
        try (var kopie = Files.walk(backup)) {
            for (var pad : kopie.toList()) {
                Files.copy(pad, hersteld.resolve(backup.relativize(pad).toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        try (var app = start(hersteld, map.resolve("backups-hersteld"))) {
            assertThat(inhoud(app)).as("elke rij, ook van het auditlog, zoals bij de backup").isEqualTo(opHetMomentVanDeBackup);
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from auditregel where gebruiker = 'na-de-backup'").query(Long.class).single())
                    .isZero();
            assertThat(HttpSessie.ingelogd(basis(app), "coordinator").haal("/mijn").statusCode()).isEqualTo(200);
        }
    }
}
