package nl.thuisnabij.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.thuisnabij.ThuisnabijApplication;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SWV's own retention period: so many years after the last activity for a pupil the daily job
 * erases the pupil everywhere — with the clock moved to that day; an open case keeps a pupil, and an
 * SWV without a period loses nothing.
 */
@Execution(ExecutionMode.CONCURRENT) // erases pupils in an application of its own
class BewaarbeleidTest {

    @Test
    void tweeJaarNaDeLaatsteActiviteitWordtDeLeerlingGewistEenLopendeZaakHoudtHem() {
        try (var app = new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0", "--thuisnabij.database.data-directory=",
                "--spring.mail.port=1", "--thuisnabij.aanvraag.termijnbewaking-cron=-", "--thuisnabij.thuiszitters.escalatie-cron=-")) {
            var jdbc = app.getBean(JdbcClient.class);
            var leerlingen = app.getBean(Leerlingen.class);
            var beleid = app.getBean(Bewaarbeleid.class);
            var po2707 = SwvCode.van("PO2707");
            long vestiging = jdbc.sql("select id from vestiging where swv_code = 'PO2707' order by id limit 1").query(Long.class).single();
            // left the SWV's schools on 31 July 2020, nothing since
            long vertrokken = leerlingen.registreer(po2707, new NieuweLeerling("Vera", "Vertrokken", LocalDate.of(2008, 2, 2), Postcode.volledig("1011AB"), null));
            jdbc.sql("insert into leerling_schoolhistorie (leerling_id, swv_code, vestiging_id, van, tot) values (?, 'PO2707', ?, '2014-08-01', '2020-07-31')")
                    .params(vertrokken, vestiging).update();
            long utrecht = leerlingen.registreer(SwvCode.van("PO2601"), new NieuweLeerling("Ulla", "Utrecht", LocalDate.of(2008, 3, 3),
                    Postcode.volledig("3511AC"), null));
            jdbc.sql("insert into leerling_schoolhistorie (leerling_id, swv_code, vestiging_id, van, tot) values (?, 'PO2601', ?, '2014-08-01', '2020-07-31')")
                    .params(utrecht, jdbc.sql("select id from vestiging where swv_code = 'PO2601' order by id limit 1").query(Long.class).single()).update();
            long aangemeld = jdbc.sql("select leerling_id from aanmelding where swv_code = 'PO2707' and status = 'AANGEMELD' order by id limit 1")
                    .query(Long.class).single();

            beleid.stelIn(po2707, 2, 0, "privacy");

            beleid.verwijderVerlopen(LocalDate.of(2022, 7, 30));
            assertThat(bestaat(jdbc, vertrokken)).as("een dag voor twee jaar na het vertrek").isTrue();

            beleid.verwijderVerlopen(LocalDate.of(2022, 7, 31));
            assertThat(bestaat(jdbc, vertrokken)).as("twee jaar na het vertrek").isFalse();
            assertThat(jdbc.sql("select omschrijving from auditregel where recordsoort = 'leerling' and record_id = ? order by id desc limit 1")
                    .param(String.valueOf(vertrokken)).query(String.class).single()).contains("bewaartermijn van 2 jaar");

            beleid.verwijderVerlopen(LocalDate.now().plusYears(30));
            assertThat(bestaat(jdbc, aangemeld)).as("een aanmelding waarover nog niet is besloten houdt de leerling").isTrue();
            assertThat(bestaat(jdbc, utrecht)).as("een samenwerkingsverband zonder bewaartermijn verliest niets").isTrue();
        }
    }

    private static boolean bestaat(JdbcClient jdbc, long leerling) {
        return jdbc.sql("select count(*) from leerling where id = ?").param(leerling).query(Long.class).single() == 1;
    }
}
