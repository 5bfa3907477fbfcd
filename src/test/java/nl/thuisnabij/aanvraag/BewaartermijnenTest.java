package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.thuisnabij.HttpSessie;
import nl.thuisnabij.ThuisnabijApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WPO 18a lid 13: the experts' advices and the attachments of a TLV request are kept until three
 * years after the decision, then removed by the daily job — with the clock moved to that day. What
 * was decided stays; the privacy officer sees what is due and what went.
 */
@Execution(ExecutionMode.CONCURRENT) // moves the clock of an application of its own, so the shared demo data keeps its advices
class BewaartermijnenTest {

    @Test
    void drieJaarNaHetBesluitVerdwijnenDeAdviezenEnBijlagenVanEenTlvAanvraagMaarHetBesluitBlijft() throws Exception {
        try (var app = new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0", "--thuisnabij.database.data-directory=",
                "--spring.mail.port=1", "--thuisnabij.aanvraag.termijnbewaking-cron=-", "--thuisnabij.thuiszitters.escalatie-cron=-")) {
            var jdbc = app.getBean(JdbcClient.class);
            var bewaartermijnen = app.getBean(Bewaartermijnen.class);
            var basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            // a decided TLV request of the demo with experts' advices, given an attachment too
            var aanvraag = jdbc.sql("""
                    select a.id from aanvraag a where a.swv_code = 'PO2707' and a.soort <> 'ARRANGEMENT'
                       and exists (select 1 from besluit b where b.aanvraag_id = a.id)
                       and exists (select 1 from deskundigenadvies d where d.aanvraag_id = a.id)
                     order by a.id limit 1
                    """).query(Long.class).single();
            jdbc.sql("""
                    insert into bijlage (aanvraag_id, swv_code, bestandsnaam, mediatype, grootte, sha256, inhoud, geupload_door)
                    values (?, 'PO2707', 'verslag-kinderpsychiater.pdf', 'application/pdf', 3, repeat('0', 64), '\\x255044'::bytea, 'ib')
                    """).param(aanvraag).update();
            var besluitOp = jdbc.sql("select max(besloten_op) from besluit where aanvraag_id = ?").param(aanvraag).query(LocalDate.class).single();
            var adviezen = jdbc.sql("select count(*) from deskundigenadvies where aanvraag_id = ?").param(aanvraag).query(Integer.class).single();
            var laterBesloten = jdbc.sql("select count(*) from besluit where besloten_op > ?").param(besluitOp).query(Long.class).single();

            var privacy = HttpSessie.ingelogd(basis, "privacy");
            assertThat(privacy.haal("/swv/PO2707/bewaartermijnen").body()).contains("niets-verwijderd");

            assertThat(bewaartermijnen.verwijderVerlopen(besluitOp.plusYears(3).minusDays(1))).as("de dag ervoor nog niet").isZero();
            assertThat(bewaartermijnen.binnenkort(nl.thuisnabij.register.SwvCode.van("PO2707"), besluitOp.plusYears(3).minusDays(1),
                    java.time.Period.ofMonths(3))).extracting(Bewaartermijnen.Verwijdering::aanvraagId).contains(aanvraag);

            assertThat(bewaartermijnen.verwijderVerlopen(besluitOp.plusYears(3))).isPositive();

            assertThat(jdbc.sql("select motivering from deskundigenadvies where aanvraag_id = ?").param(aanvraag).query(String.class).list())
                    .hasSize(adviezen).allMatch(tekst -> tekst.startsWith("[Verwijderd op ") && tekst.contains("WPO art. 18a lid 13"));
            assertThat(jdbc.sql("select count(*) from bijlage where aanvraag_id = ?").param(aanvraag).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from besluit where aanvraag_id = ?").param(aanvraag).query(Long.class).single())
                    .as("het besluit blijft").isPositive();
            assertThat(jdbc.sql("select omschrijving from auditregel where recordsoort = 'aanvraag' and record_id = ? order by id desc limit 1")
                    .param(String.valueOf(aanvraag)).query(String.class).single())
                    .isEqualTo("bewaartermijn verstreken: %d deskundigenadviezen en 1 bijlagen verwijderd (WPO 18a lid 13)".formatted(adviezen))
                    .doesNotContain("kinderpsychiater");
            assertThat(jdbc.sql("select count(*) from deskundigenadvies d join besluit b on b.aanvraag_id = d.aanvraag_id "
                    + "where b.besloten_op > ? and d.motivering like '[Verwijderd%'").param(besluitOp).query(Long.class).single())
                    .as("later besloten aanvragen houden hun adviezen (%d besluiten later)", laterBesloten).isZero();
            assertThat(bewaartermijnen.verwijderVerlopen(besluitOp.plusYears(3))).as("een tweede keer verandert niets").isZero();

            var coordinator = HttpSessie.ingelogd(basis, "coordinator");
            var detail = coordinator.haal("/swv/PO2707/aanvragen/" + aanvraag);
            assertThat(detail.statusCode()).as("de aanvraag opent nog").isEqualTo(200);
            assertThat(detail.body()).contains("de bewaartermijn van drie jaar na het besluit");
            assertThat(coordinator.haal("/swv/PO2707/bewaartermijnen").statusCode()).as("alleen voor de privacyfunctionaris").isEqualTo(403);
            var overzicht = privacy.haal("/swv/PO2707/bewaartermijnen").body();
            assertThat(overzicht).contains("PO2707-" + aanvraag).doesNotContain("niets-verwijderd");
        }
    }
}
