package nl.thuisnabij;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly online backups of the embedded database, for an SWV that runs Thuisnabij on one machine:
 * a base backup with PostgreSQL's low-level API ({@code pg_backup_start}, copy the data directory,
 * {@code pg_backup_stop}, the WAL written meanwhile and the backup label) — with nothing but the
 * embedded PostgreSQL's own binaries, which do not include pg_dump. To restore, the application is
 * started on a copy of a backup as its data directory; PostgreSQL replays the WAL to the moment the
 * backup ended (docs/productie.md). An external database is backed up by the hosting party.
 */
@Component
// a throw-away database (no data directory) needs no backups
@ConditionalOnExpression("${thuisnabij.database.embedded} and '${thuisnabij.database.data-directory:}' != ''")
class Databasebackup {

    private static final Logger LOG = LoggerFactory.getLogger(Databasebackup.class);
    private static final DateTimeFormatter NAAM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    /** What a running server keeps for itself; a restored server makes these anew. */
    private static final Set<String> NIET_MEE = Set.of("postmaster.pid", "postmaster.opts", "pg_wal", "pg_replslot", "pg_stat_tmp",
            "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

    private final DataSource eigenaar;
    private final Path map;
    private final int bewaren;
    private final Clock klok;

    Databasebackup(@FlywayDataSource DataSource eigenaar, @Value("${thuisnabij.backup.map}") String map,
            @Value("${thuisnabij.backup.bewaren}") int bewaren, Clock klok) {
        this.eigenaar = eigenaar;
        this.map = Path.of(map).toAbsolutePath();
        this.bewaren = bewaren;
        this.klok = klok;
    }

    @Scheduled(cron = "${thuisnabij.backup.cron}", zone = "Europe/Amsterdam")
    void nachtelijks() {
        var backup = maak();
        LOG.info("Backup gemaakt in {}", backup);
        ruimOp();
    }

    /** Makes a backup and answers its directory; a half-made backup never gets a backup's name. */
    Path maak() {
        try {
            Files.createDirectories(map);
            Files.setPosixFilePermissions(map, PosixFilePermissions.fromString("rwx------"));
            var naam = "thuisnabij-" + LocalDateTime.now(klok).format(NAAM);
            var bezig = map.resolve(naam + ".bezig");
            try (var verbinding = eigenaar.getConnection(); var opdracht = verbinding.createStatement()) {
                String startpunt;
                try (var start = opdracht.executeQuery("select pg_walfile_name(pg_backup_start('thuisnabij', true))")) {
                    start.next();
                    startpunt = start.getString(1);
                }
                String dataMap;
                try (var instelling = opdracht.executeQuery("select current_setting('data_directory')")) {
                    instelling.next();
                    dataMap = instelling.getString(1);
                }
                kopieer(Path.of(dataMap), bezig);
                try (var stop = opdracht.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                    stop.next();
                    Files.writeString(bezig.resolve("backup_label"), stop.getString(1));
                    if (stop.getString(2) != null && !stop.getString(2).isEmpty()) {
                        Files.writeString(bezig.resolve("tablespace_map"), stop.getString(2));
                    }
                }
                kopieerWal(Path.of(dataMap).resolve("pg_wal"), bezig.resolve("pg_wal"));
                if (!Files.exists(bezig.resolve("pg_wal").resolve(startpunt))) {
                    throw new IllegalStateException("de WAL vanaf het begin van de backup (" + startpunt + ") was al opgeruimd; probeer opnieuw");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("backup mislukt: " + e.getMessage(), e);
            }
            var klaar = map.resolve(naam);
            Files.move(bezig, klaar, StandardCopyOption.ATOMIC_MOVE);
            return klaar;
        } catch (IOException e) {
            throw new UncheckedIOException("backup mislukt", e);
        }
    }

    /** Keeps the newest backups, removes older ones and leftovers of failed ones. */
    void ruimOp() {
        try (var inhoud = Files.list(map)) {
            var backups = inhoud.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("thuisnabij-"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            var weg = new java.util.ArrayList<Path>(backups.stream().filter(p -> p.getFileName().toString().endsWith(".bezig")).toList());
            var volledig = backups.stream().filter(p -> !p.getFileName().toString().endsWith(".bezig")).toList();
            weg.addAll(volledig.subList(Math.min(bewaren, volledig.size()), volledig.size()));
            for (var oud : weg) {
                verwijder(oud);
            }
        } catch (IOException e) {
            LOG.warn("Oude backups niet opgeruimd: {}", e.getMessage());
        }
    }

    /** The data directory while the server runs: a file may change or vanish under the copy, which the WAL replay repairs. */
    private static void kopieer(Path bron, Path doel) throws IOException {
        Files.walkFileTree(bron, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path map, BasicFileAttributes attributen) throws IOException {
                Files.createDirectories(doel.resolve(bron.relativize(map).toString()));
                Files.setPosixFilePermissions(doel.resolve(bron.relativize(map).toString()), PosixFilePermissions.fromString("rwx------"));
                return !map.equals(bron) && NIET_MEE.contains(map.getFileName().toString()) && map.getParent().equals(bron)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path bestand, BasicFileAttributes attributen) throws IOException {
                if (bestand.getParent().equals(bron) && NIET_MEE.contains(bestand.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(bestand, doel.resolve(bron.relativize(bestand).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException verdwenen) {
                    // dropped while copying: the WAL replay knows
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path bestand, IOException fout) throws IOException {
                if (fout instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw fout;
            }
        });
    }

    private static void kopieerWal(Path bron, Path doel) throws IOException {
        Files.createDirectories(doel.resolve("archive_status"));
        try (var segmenten = Files.list(bron)) {
            for (var segment : segmenten.filter(Files::isRegularFile).toList()) {
                try {
                    Files.copy(segment, doel.resolve(segment.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException gerecycled) {
                    // an old segment recycled meanwhile; the start segment is checked after the copy
                }
            }
        }
    }

    private static void verwijder(Path map) throws IOException {
        try (var alles = Files.walk(map)) {
            for (var pad : alles.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(pad);
            }
        }
    }
}
