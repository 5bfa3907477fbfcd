package nl.thuisnabij;

import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.SwvCode;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * How Spring Data JDBC stores the aggregates: value types as their column value, and each aggregate
 * with its child rows read in one statement (a list of fifty requests is one query, not 250).
 */
@Configuration(proxyBeanMethods = false)
class AggregaatOpslagConfiguration extends AbstractJdbcConfiguration {

    @Override
    protected List<?> userConverters() {
        return List.of(new SwvCodeNaarTekst(), new TekstNaarSwvCode());
    }

    @Override
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy, JdbcCustomConversions customConversions,
            RelationalManagedTypes jdbcManagedTypes) {
        var context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
        context.setSingleQueryLoadingEnabled(true);
        return context;
    }

    @WritingConverter
    static final class SwvCodeNaarTekst implements Converter<SwvCode, String> {
        @Override
        public String convert(SwvCode code) {
            return code.waarde();
        }
    }

    @ReadingConverter
    static final class TekstNaarSwvCode implements Converter<String, SwvCode> {
        @Override
        public SwvCode convert(String waarde) {
            return new SwvCode(waarde);
        }
    }
}
