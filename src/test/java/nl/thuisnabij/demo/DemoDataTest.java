package nl.thuisnabij.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.thuisnabij.aanmelding.AanmeldingStatus;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the default run shows a visitor. A context of its own (the extra property keeps it apart),
 * so no other test's records count towards it.
 */
@SpringBootTest(properties = "thuisnabij.demo.onaangeroerd=true")
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void deDemoHeeftAanvragenInElkeStatus() {
        var statussen = jdbc.sql("select distinct status from aanvraag where swv_code = 'PO2707'").query(String.class).list();

        assertThat(statussen).containsExactlyInAnyOrderElementsOf(Arrays.stream(AanvraagStatus.values()).map(Enum::name).toList());
    }

    @Test
    void deDemoHeeftAanmeldingenInElkeStatusBehalveNietInBehandeling() {
        var statussen = jdbc.sql("select distinct status from aanmelding").query(String.class).list();

        // "niet in behandeling" needs a deadline for information that has passed, which a fresh demo cannot have
        assertThat(statussen).containsExactlyInAnyOrderElementsOf(Arrays.stream(AanmeldingStatus.values())
                .filter(s -> s != AanmeldingStatus.NIET_IN_BEHANDELING).map(Enum::name).toList());
        assertThat(jdbc.sql("select count(*) from aanmelding where geldt_vanaf > datum_aanmelding").query(Long.class).single())
                .as("een vooraanmelding").isPositive();
        assertThat(jdbc.sql("select count(*) from aanmelding where aanvulling_gevraagd_op is not null").query(Long.class).single())
                .as("een aanmelding die wacht op informatie").isPositive();
    }

    @Test
    void elkeDemoschoolHeeftEenOndersteuningsprofiel() {
        long scholen = jdbc.sql("select count(*) from vestiging").query(Long.class).single();
        long zonderProfiel = jdbc.sql("""
                select count(*) from vestiging v
                where not exists (select 1 from schoolondersteuningsprofiel s where s.vestiging_id = v.id)""").query(Long.class).single();

        assertThat(scholen).isGreaterThanOrEqualTo(30);
        assertThat(zonderProfiel).isZero();
    }
}
