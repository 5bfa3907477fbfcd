package nl.thuisnabij;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's data directory, owned by one running application at a time. The owner
 * holds an operating-system lock on a file beside the directory; the system releases it when the
 * owner's process ends, also after a kill -9. A new owner that gets the lock while a postmaster is
 * still running on the directory knows that postmaster was left behind by a dead owner, and stops
 * it cleanly before starting its own.
 */
final class EmbeddedDataDirectory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDataDirectory.class);

    private final FileChannel kanaal;
    private final FileLock slot;

    private EmbeddedDataDirectory(FileChannel kanaal, FileLock slot) {
        this.kanaal = kanaal;
        this.slot = slot;
    }

    static EmbeddedDataDirectory claim(Path directory) throws IOException {
        Files.createDirectories(directory);
        var kanaal = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        var slot = kanaal.tryLock();
        if (slot == null) {
            kanaal.close();
            throw new IllegalStateException("De database in " + directory + " is in gebruik door een andere Thuisnabij die nog draait. "
                    + "Stop die eerst, of kies een andere map met thuisnabij.database.data-directory.");
        }
        stopVerweesdePostmaster(directory);
        return new EmbeddedDataDirectory(kanaal, slot);
    }

    private static void stopVerweesdePostmaster(Path directory) throws IOException {
        var pidBestand = directory.resolve("postmaster.pid");
        if (!Files.exists(pidBestand)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidBestand).getFirst().strip());
        } catch (RuntimeException onleesbaar) {
            return; // PostgreSQL itself handles a damaged lock file of a process that is gone
        }
        var postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        LOG.warn("Een PostgreSQL (pid {}) van een eerder afgebroken Thuisnabij draait nog op {}; die wordt eerst netjes gestopt.", pid, directory);
        // SIGTERM: PostgreSQL's smart shutdown; the clients of the dead application are already gone
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException traag) {
            throw new IllegalStateException("De achtergebleven PostgreSQL (pid %d) stopt niet; stop hem met de hand.".formatted(pid), traag);
        } catch (InterruptedException onderbroken) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("onderbroken bij het stoppen van de achtergebleven PostgreSQL", onderbroken);
        } catch (java.util.concurrent.ExecutionException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    private static final String WACHTWOORDEN = "thuisnabij-wachtwoorden.properties";
    private static final String HBA = """
            # Written by Thuisnabij: everyone gives a password, also on this machine.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    /** The passwords of a data directory that was secured before, if it was. */
    static java.util.Optional<Wachtwoorden> wachtwoorden(Path directory) throws IOException {
        var bestand = directory.resolve(WACHTWOORDEN);
        if (!Files.exists(bestand)) {
            return java.util.Optional.empty();
        }
        var eigenschappen = new java.util.Properties();
        try (var lezer = Files.newBufferedReader(bestand)) {
            eigenschappen.load(lezer);
        }
        return java.util.Optional.of(new Wachtwoorden(eigenschappen.getProperty("eigenaar"), eigenschappen.getProperty("applicatie")));
    }

    /**
     * Before PostgreSQL starts: a cluster whose passwords are set asks them of everyone. A new
     * cluster (or one from before passwords) starts as initdb left it, only to set them.
     */
    static void vraagWachtwoorden(Path map, boolean wachtwoordenGezet) {
        if (wachtwoordenGezet) {
            schrijf(map.resolve("pg_hba.conf"), HBA);
        }
    }

    /**
     * After PostgreSQL started: the owner gets its password, the application's role exists with
     * its own (no superuser, no right to create anything), the passwords are kept in the data
     * directory for the owner of the files only, and from now on everyone must give one.
     */
    static void beveilig(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres, Wachtwoorden wachtwoorden, String applicatierol,
            Path directory) throws java.sql.SQLException {
        try (var verbinding = postgres.getPostgresDatabase().getConnection(); var opdracht = verbinding.createStatement()) {
            opdracht.execute("alter role postgres password " + letterlijk(wachtwoorden.eigenaar()));
            opdracht.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login nosuperuser nocreatedb nocreaterole noinherit;
                      end if;
                    end $$""".formatted(applicatierol));
            opdracht.execute("alter role %s login nosuperuser nocreatedb nocreaterole password %s".formatted(applicatierol,
                    letterlijk(wachtwoorden.applicatie())));
            if (directory != null) {
                var eigenschappen = "eigenaar=" + wachtwoorden.eigenaar() + "\napplicatie=" + wachtwoorden.applicatie() + "\n";
                var bestand = directory.resolve(WACHTWOORDEN);
                schrijf(bestand, eigenschappen);
                try {
                    Files.setPosixFilePermissions(bestand, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (IOException | UnsupportedOperationException e) {
                    throw new IllegalStateException("kan de rechten van " + bestand + " niet beperken", e);
                }
            }
            schrijf(Path.of(dataMap(opdracht)).resolve("pg_hba.conf"), HBA);
            opdracht.execute("select pg_reload_conf()");
        }
    }

    private static String dataMap(java.sql.Statement opdracht) throws java.sql.SQLException {
        try (var resultaat = opdracht.executeQuery("show data_directory")) {
            resultaat.next();
            return resultaat.getString(1);
        }
    }

    private static String letterlijk(String wachtwoord) {
        return "'" + wachtwoord.replace("'", "''") + "'";
    }

    private static void schrijf(Path bestand, String inhoud) {
        try {
            Files.writeString(bestand, inhoud);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("kan " + bestand + " niet schrijven", e);
        }
    }

    @Override
    public void close() throws IOException {
        slot.release();
        kanaal.close();
    }
}
