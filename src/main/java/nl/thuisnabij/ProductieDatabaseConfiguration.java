package nl.thuisnabij;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * In production the database must be given explicitly. Checked before any bean is created, so the
 * application stops with a message naming what is missing instead of starting on something else.
 */
@Configuration(proxyBeanMethods = false)
@Profile("production")
class ProductieDatabaseConfiguration {

    static final List<String> VEREIST = List.of("THUISNABIJ_DB_URL", "THUISNABIJ_DB_USER", "THUISNABIJ_DB_PASSWORD", "THUISNABIJ_DB_EIGENAAR",
            "THUISNABIJ_DB_EIGENAAR_WACHTWOORD");

    @Bean
    static BeanFactoryPostProcessor externeDatabaseVereist(Environment omgeving) {
        return beanFactory -> {
            var ontbrekend = VEREIST.stream().filter(naam -> omgeving.getProperty(naam, "").isBlank()).toList();
            if (!ontbrekend.isEmpty()) {
                throw new IllegalStateException(
                        "Het profiel 'production' vereist een externe PostgreSQL-database; stel de omgevingsvariabelen %s in."
                                .formatted(String.join(", ", ontbrekend)));
            }
        };
    }
}
