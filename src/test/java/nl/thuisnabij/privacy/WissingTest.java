package nl.thuisnabij.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.thuisnabij.ThuisnabijApplication;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * AVG art. 17: an erasure the privacy officer grants is carried out at once in every module, all or
 * nothing, after an explicit confirmation; the audit log and the record of the request stay.
 */
@Execution(ExecutionMode.CONCURRENT) // erases a demo pupil in an application of its own, so the shared demo data stays whole
class WissingTest {

    @Test
    void eenToegewezenVerzoekOmWissingWistAllesVanDeLeerlingBehalveHetAuditlogEnHetVerzoek() {
        try (var app = new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0", "--thuisnabij.database.data-directory=",
                "--spring.mail.port=1", "--thuisnabij.aanvraag.termijnbewaking-cron=-", "--thuisnabij.thuiszitters.escalatie-cron=-")) {
            var jdbc = app.getBean(JdbcClient.class);
            var verzoeken = app.getBean(AvgVerzoeken.class);
            var swv = SwvCode.van("PO2707");
            // the demo pupil with the most in Thuisnabij: requests with advices and decisions, and more
            long leerling = jdbc.sql("""
                    select l.id from leerling l where l.swv_code = 'PO2707'
                     order by (select count(*) from aanvraag a join deskundigenadvies d on d.aanvraag_id = a.id where a.leerling_id = l.id)
                            + (select count(*) from aanmelding m where m.leerling_id = l.id) + (select count(*) from opp o where o.leerling_id = l.id)
                            + (select count(*) from thuiszitter t where t.leerling_id = l.id) desc, l.id limit 1
                    """).query(Long.class).single();
            var aanvragen = jdbc.sql("select id from aanvraag where leerling_id = ?").param(leerling).query(Long.class).list();
            long aanvragenTotaal = jdbc.sql("select count(*) from aanvraag").query(Long.class).single();
            assertThat(aanvragen).as("de leerling heeft aanvragen").isNotEmpty();
            long auditVoor = jdbc.sql("select count(*) from auditregel").query(Long.class).single();

            long id = verzoeken.registreer(swv, AvgVerzoek.Soort.WISSING, leerling, "de ouders", LocalDate.now(), "Wis alles over ons kind.", "privacy");
            assertThatThrownBy(() -> verzoeken.handelAf(swv, id, AvgVerzoek.Uitkomst.TOEGEWEZEN, null, false, 0, "privacy"))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("kan niet ongedaan worden gemaakt");
            assertThat(jdbc.sql("select count(*) from leerling where id = ?").param(leerling).query(Long.class).single()).as("niets gewist").isOne();

            assertThat(verzoeken.handelAf(swv, id, AvgVerzoek.Uitkomst.TOEGEWEZEN, null, true, 0, "privacy")).isTrue();

            assertThat(jdbc.sql("select count(*) from leerling where id = ?").param(leerling).query(Long.class).single()).isZero();
            for (var tabel : new String[] {"aanmelding", "opp", "opp_casus", "thuiszitter", "ouder_contact", "leerling_schoolhistorie", "leerling_ouderaccount"}) {
                assertThat(jdbc.sql("select count(*) from " + tabel + " where leerling_id = ?").param(leerling).query(Long.class).single()).as(tabel).isZero();
            }
            for (var tabel : new String[] {"deskundigenadvies", "besluit", "bezwaar", "bijlage", "bericht", "herinnering"}) {
                assertThat(jdbc.sql("select count(*) from " + tabel + " where aanvraag_id = any(?)").param(aanvragen.toArray(Long[]::new))
                        .query(Long.class).single()).as(tabel).isZero();
            }
            assertThat(jdbc.sql("select count(*) from aanvraag").query(Long.class).single()).as("alleen de aanvragen van deze leerling")
                    .isEqualTo(aanvragenTotaal - aanvragen.size());
            assertThat(jdbc.sql("select count(*) from auditregel").query(Long.class).single()).as("het auditlog blijft").isGreaterThan(auditVoor);
            assertThat(jdbc.sql("select uitkomst || ':' || coalesce(leerling_id::text, 'geen leerling') from avg_verzoek where id = ?").param(id)
                    .query(String.class).single()).isEqualTo("TOEGEWEZEN:geen leerling");
            assertThat(jdbc.sql("select count(*) from auditregel where recordsoort = 'leerling' and record_id = ? and omschrijving like 'alle gegevens gewist%'")
                    .param(String.valueOf(leerling)).query(Long.class).single()).isOne();
            assertThatThrownBy(() -> app.getBean(Inzage.class).vanLeerling(swv, leerling)).isInstanceOf(NietGevondenException.class);

            // mails about the erased requests that had failed (no mail server here) are not tried for ever: there is nothing to mail about
            // (a batch of reminders also names other requests, whose mails still wait)
            var mislukt = app.getBean(org.springframework.modulith.events.IncompleteEventPublications.class);
            mislukt.resubmitIncompletePublications(publicatie -> true);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(aanvragen).allSatisfy(aanvraag ->
                    assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ? "
                            + "and event_type not like '%TermijnenVerstreken'")
                            .param("%\"aanvraagId\":" + aanvraag + ",%").query(Long.class).single()).as("aanvraag %d", aanvraag).isZero()));
        }
    }
}
