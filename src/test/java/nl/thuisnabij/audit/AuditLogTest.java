package nl.thuisnabij.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class AuditLogTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("eigenaarDataSource")
    javax.sql.DataSource eigenaarDataSource;

    @Test
    void hetAuditlogKanNietWordenGewijzigdOfGewistDoorDeApplicatieNochDoorDeEigenaar() {
        auditLog.schrijven("PO2707", "test", "1", "onveranderlijk");
        var eigenaar = org.springframework.jdbc.core.simple.JdbcClient.create(eigenaarDataSource);

        for (var opdracht : java.util.List.of("update auditregel set omschrijving = 'vervalst'", "delete from auditregel", "truncate auditregel")) {
            assertThatThrownBy(() -> jdbc.sql(opdracht).update()).as("de applicatie: " + opdracht)
                    .hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> eigenaar.sql(opdracht).update()).as("de eigenaar: " + opdracht)
                    .hasMessageContaining("het auditlog is onveranderlijk");
        }
        assertThat(jdbc.sql("select count(*) from auditregel where omschrijving = 'onveranderlijk'").query(Long.class).single()).isPositive();
    }

    @Test
    void eenLeesactieBuitenEenVerzoekInEenAlleenLezenTransactieWordtOokVastgelegd() {
        var alleenLezen = new TransactionTemplate(transactie.getTransactionManager());
        alleenLezen.setReadOnly(true);
        // as in a daily job: the test framework binds a mock web request to every test, a job has none
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        alleenLezen.executeWithoutResult(status -> auditLog.lezen("PO2707", "leestest", "7", "gelezen door een luisteraar"));

        assertThat(jdbc.sql("select gebruiker from auditregel where recordsoort = 'leestest' and record_id = '7'").query(String.class).list())
                .as("Thuisnabij zelf, geen bezoeker").containsExactly("systeem");
    }

    @Test
    void eenWijzigingDieWordtTeruggedraaidStaatNietAlsGeschrevenInHetLog() {
        transactie.executeWithoutResult(status -> {
            auditLog.schrijven("PO2707", "schrijfproef", "1", "buiten een verzoek");
            status.setRollbackOnly();
        });
        auditLog.verzamel(() -> transactie.execute(status -> {
            auditLog.schrijven("PO2707", "schrijfproef", "2", "in een taak");
            auditLog.geweigerd("PO2707", "schrijfproef", "3", "geweigerd in dezelfde taak");
            status.setRollbackOnly();
            return null;
        }));
        auditLog.verzamel(() -> transactie.execute(status -> {
            auditLog.schrijven("PO2707", "schrijfproef", "4", "gelukt");
            return null;
        }));

        assertThat(jdbc.sql("select record_id from auditregel where recordsoort = 'schrijfproef' order by record_id").query(String.class).list())
                .containsExactly("3", "4");
    }

    @Test
    void eenWeigeringOpRolEnEenAndereSchrijfwijzeVanHetSamenwerkingsverbandStaanInHetLogVanDatSamenwerkingsverband() throws Exception {
        var deskundige = gebruikers.loadUserByUsername("deskundige");
        mvc.perform(get("/swv/PO2707/tlv-register").with(user(deskundige))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from auditregel where swv_code = 'PO2707' and actie = 'GEWEIGERD' and gebruiker = 'deskundige' "
                + "and record_id = '/swv/PO2707/tlv-register'").query(Long.class).single()).as("geweigerd op rol").isEqualTo(1);

        mvc.perform(get("/swv/po2601/profiel").with(user(deskundige))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from auditregel where swv_code = 'PO2601' and actie = 'GEWEIGERD' and gebruiker = 'deskundige'")
                .query(Long.class).single()).as("onder PO2601, hoe het adres het ook schreef").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from auditregel where record_id = '/swv/po2601/profiel'").query(Long.class).single())
                .as("één regel per weigering").isEqualTo(1);
    }

    @Test
    void eenMislukteInlogStaatInHetLogVanHetSamenwerkingsverbandVanHetAccount() throws Exception {
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/inloggen")
                .userParameter("gebruikersnaam").passwordParam("wachtwoord").user("commissie").password("fout-wachtwoord"));
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'INLOGGEN' and gebruiker = 'commissie' and swv_code = 'PO2707' "
                + "and omschrijving = 'inloggen mislukt'").query(Long.class).single()).isPositive();
    }

    @Test
    void deApplicatieWerktAlsEenRolZonderMeerRechtenDanNodig() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("thuisnabij_app");
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user").query(Boolean.class)
                .single()).isFalse();
        assertThatThrownBy(() -> jdbc.sql("alter table auditregel disable trigger all").update()).hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("create table indringer (x integer)").update()).hasStackTraceContaining("permission denied");
        assertThat(jdbc.sql("show listen_addresses").query(String.class).single()).isEqualTo("localhost");
    }

    @Test
    void hetLezenVanEenProfielWordtVastgelegdMetWieEnWat() throws Exception {
        mvc.perform(get("/swv/PO2707/profiel").with(user(gebruikers.loadUserByUsername("directeur")))).andExpect(status().isOk());

        var regels = auditLog.zoek("PO2707", new AuditZoekopdracht("directeur", "samenwerkingsverband", "PO2707", null, Auditactie.LEZEN,
                null, null, null, null), 5);
        assertThat(regels).isNotEmpty().first().satisfies(regel -> {
            assertThat(regel.rollen()).containsExactly("DIRECTEUR");
            assertThat(regel.omschrijving()).isEqualTo("profiel bekeken");
        });
    }

    @Test
    void deFunctionarisGegevensbeschermingZietAlleenHetAuditlogVanZijnEigenSamenwerkingsverband() throws Exception {
        auditLog.schrijven("PO2601", "test", "utrecht-geheim", "alleen voor Utrecht");
        auditLog.schrijven("PO2707", "test", "amsterdam-zichtbaar", "voor Amsterdam");

        mvc.perform(get("/swv/PO2707/auditlog").param("recordsoort", "test")
                        .with(user(gebruikers.loadUserByUsername("privacy"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("amsterdam-zichtbaar")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("utrecht-geheim"))));
    }

    @Test
    void eenLijstVanLeerlingenIsEenRegelDieElkeGetoondeLeerlingNoemtEnOpElkeLeerlingTeVindenIs() {
        alsGebruiker("ib", () -> auditLog.lezenAlle("PO2707", "lijsttest", List.of("11", "12", "13"), "lijst bekeken"));

        var regels = auditLog.zoek("PO2707", new AuditZoekopdracht("ib", "lijsttest", null, null, Auditactie.LEZEN, null, null, null, null), 10);
        assertThat(regels).singleElement().satisfies(regel -> {
            assertThat(regel.recordIds()).containsExactly("11", "12", "13");
            assertThat(regel.rollen()).containsExactly("INTERN_BEGELEIDER");
            assertThat(regel.omschrijving()).isEqualTo("lijst bekeken");
        });
        assertThat(auditLog.zoek("PO2707", new AuditZoekopdracht(null, "lijsttest", "12", null, null, null, null, null, null), 10))
                .as("gezocht op één leerling uit de lijst").hasSize(1);
        assertThat(auditLog.zoek("PO2707", new AuditZoekopdracht(null, "lijsttest", "14", null, null, null, null, null, null), 10)).isEmpty();
    }

    @Test
    void hetAuditlogBladertNaarOudereRegelsZonderRegelsOverTeSlaanOfTeHerhalen() {
        for (int i = 0; i < 7; i++) {
            auditLog.schrijven("PO2707", "bladertest", String.valueOf(i), "regel " + i);
        }
        var opdracht = new AuditZoekopdracht(null, "bladertest", null, null, null, null, null, null, null);
        var gezien = new ArrayList<String>();
        var pagina = auditLog.zoek("PO2707", opdracht, 3);
        while (!pagina.isEmpty()) {
            pagina.forEach(r -> gezien.add(r.recordId()));
            opdracht = opdracht.volgendePagina(pagina.getLast());
            pagina = auditLog.zoek("PO2707", opdracht, 3);
        }
        assertThat(gezien).containsExactly("6", "5", "4", "3", "2", "1", "0");
    }

    @Test
    void eenAuditregelKomtInDePartitieVanZijnMaandEnNooitInDeRestpartitie() {
        auditLog.schrijven("PO2707", "partitietest", "1", "in de maand van vandaag");

        var partitie = jdbc.sql("select tableoid::regclass::text from auditregel where recordsoort = 'partitietest'").query(String.class).single();
        assertThat(partitie).matches("auditregel_\\d{4}_\\d{2}");
        assertThat(jdbc.sql("select count(*) from auditregel_overig").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> jdbc.sql("truncate " + partitie).update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> org.springframework.jdbc.core.simple.JdbcClient.create(eigenaarDataSource).sql("truncate " + partitie).update())
                .hasMessageContaining("het auditlog is onveranderlijk");
    }

    @Test
    void eenGeweigerdePogingBlijftInHetAuditlogOokAlsHetWerkWordtTeruggedraaid() {
        assertThatThrownBy(() -> transactie.executeWithoutResult(status -> {
            auditLog.geweigerd("PO2707", "terugdraaitest", "1", "geweigerd en teruggedraaid");
            throw new IllegalStateException("het werk mislukt");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(auditLog.zoek("PO2707", new AuditZoekopdracht(null, "terugdraaitest", null, null, Auditactie.GEWEIGERD, null, null, null, null), 5))
                .hasSize(1);
    }

    private void alsGebruiker(String naam, Runnable werk) {
        var gebruiker = gebruikers.loadUserByUsername(naam);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(gebruiker, null, gebruiker.getAuthorities()));
        try {
            werk.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
