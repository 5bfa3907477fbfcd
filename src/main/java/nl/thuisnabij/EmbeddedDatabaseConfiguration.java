package nl.thuisnabij;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 17 inside the application for the default run and the tests, so that both use
 * the same engine and the same Flyway migrations as production. With a data directory the data
 * survives a restart; without one (tests) every start gets a fresh, throw-away cluster.
 * The production profile switches this off and requires an external database.
 *
 * <p>As in production, the database is not open to whoever is on the machine: it listens on
 * localhost only and asks a password of everyone ({@link EmbeddedDataDirectory#beveilig}); the
 * migrations run as the owner, and the application works as a role that owns nothing and may only
 * read and append to the audit log (migration V8).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "thuisnabij.database.embedded")
class EmbeddedDatabaseConfiguration {

    /** The role the application works as; the migrations grant it what it needs, no more. */
    static final String APPLICATIEROL = "thuisnabij_app";

    /**
     * The database and, in the default run, the claim on its data directory: released only after
     * the database has stopped.
     */
    record EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedDataDirectory eigenaar, Wachtwoorden wachtwoorden) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                postgres.close();
            } finally {
                if (eigenaar != null) {
                    eigenaar.close();
                }
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${thuisnabij.database.data-directory:}") String dataDirectory) throws IOException, SQLException {
        var builder = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "localhost");
        EmbeddedDataDirectory eigenaar = null;
        Path directory = null;
        java.util.Optional<Wachtwoorden> bekend = java.util.Optional.empty();
        if (!dataDirectory.isBlank()) {
            directory = Path.of(dataDirectory).toAbsolutePath();
            eigenaar = EmbeddedDataDirectory.claim(directory);
            bekend = EmbeddedDataDirectory.wachtwoorden(directory);
            // data that is kept must survive a crash of the machine too; the throw-away test cluster need not
            builder.setDataDirectory(directory).setCleanDataDirectory(false).setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
        }
        var wachtwoorden = bekend.orElseGet(Wachtwoorden::nieuw);
        boolean beveiligd = bekend.isPresent();
        var postgres = builder.setConnectConfig("password", wachtwoorden.eigenaar())
                .setDataDirectoryCustomizer(map -> EmbeddedDataDirectory.vraagWachtwoorden(map.toPath(), beveiligd)).start();
        EmbeddedDataDirectory.beveilig(postgres, wachtwoorden, APPLICATIEROL, directory);
        return new EmbeddedDatabase(postgres, eigenaar, wachtwoorden);
    }

    /** The owner of the schema, for the migrations only. */
    @Bean
    @FlywayDataSource
    DataSource eigenaarDataSource(EmbeddedDatabase database) {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:%d/postgres".formatted(database.postgres().getPort()));
        config.setUsername("postgres");
        config.setPassword(database.wachtwoorden().eigenaar());
        config.setMaximumPoolSize(2);
        config.setPoolName("eigenaar");
        return new HikariDataSource(config);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedDatabase database, @Value("${thuisnabij.database.pool-size}") int poolSize,
            @Value("${thuisnabij.database.connection-timeout}") Duration connectionTimeout) {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:%d/postgres".formatted(database.postgres().getPort()));
        config.setUsername(APPLICATIEROL);
        config.setPassword(database.wachtwoorden().applicatie());
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        return new HikariDataSource(config);
    }
}
