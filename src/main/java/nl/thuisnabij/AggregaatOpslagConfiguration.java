package nl.thuisnabij;

import java.util.List;
import nl.thuisnabij.register.SwvCode;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.DataAccessStrategy;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * How Spring Data JDBC stores the aggregates: value types as their column value, and the parts of a
 * batch of aggregates read together ({@link DelenPerPartijLezen}).
 */
@Configuration(proxyBeanMethods = false)
class AggregaatOpslagConfiguration extends AbstractJdbcConfiguration {

    @Override
    protected List<?> userConverters() {
        return List.of(new SwvCodeNaarTekst(), new TekstNaarSwvCode());
    }

    @Override
    public DataAccessStrategy dataAccessStrategyBean(NamedParameterJdbcOperations operations, JdbcConverter jdbcConverter,
            JdbcMappingContext context, JdbcDialect dialect) {
        return new DelenPerPartijLezen(super.dataAccessStrategyBean(operations, jdbcConverter, context, dialect), operations, jdbcConverter,
                context, dialect);
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
