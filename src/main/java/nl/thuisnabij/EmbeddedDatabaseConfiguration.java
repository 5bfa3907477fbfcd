package nl.thuisnabij;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL 17 inside the application for the default run and the tests, so that both use
 * the same engine and the same Flyway migrations as production. With a data directory the data
 * survives a restart; without one (tests) every start gets a fresh, throw-away cluster.
 * The production profile switches this off and requires an external database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "thuisnabij.database.embedded")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${thuisnabij.database.data-directory:}") String dataDirectory)
            throws IOException {
        var builder = EmbeddedPostgres.builder();
        if (!dataDirectory.isBlank()) {
            Path directory = Path.of(dataDirectory).toAbsolutePath();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${thuisnabij.database.pool-size}") int poolSize,
            @Value("${thuisnabij.database.connection-timeout}") Duration connectionTimeout) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        return new HikariDataSource(config);
    }
}
