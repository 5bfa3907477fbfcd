package nl.thuisnabij.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
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

    @Test
    void hetAuditlogKanNietWordenGewijzigdOfGewist() {
        auditLog.schrijven("PO2707", "test", "1", "onveranderlijk");

        assertThatThrownBy(() -> jdbc.sql("update auditregel set omschrijving = 'vervalst'").update())
                .hasMessageContaining("het auditlog is onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("delete from auditregel").update())
                .hasMessageContaining("het auditlog is onveranderlijk");
        assertThatThrownBy(() -> jdbc.sql("truncate auditregel").update())
                .hasMessageContaining("het auditlog is onveranderlijk");
    }

    @Test
    void hetLezenVanEenProfielWordtVastgelegdMetWieEnWat() throws Exception {
        mvc.perform(get("/swv/PO2707/profiel").with(user(gebruikers.loadUserByUsername("directeur")))).andExpect(status().isOk());

        var regels = auditLog.zoek("PO2707", new AuditZoekopdracht("directeur", "samenwerkingsverband", "PO2707", Auditactie.LEZEN,
                null, null), 5);
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
    void eenLijstVanLeerlingenLegtVoorElkeLeerlingEenRegelVastMetWieHemLas() {
        var ib = gebruikers.loadUserByUsername("ib");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(ib, null, ib.getAuthorities()));
        try {
            auditLog.lezenAlle("PO2707", "lijsttest", java.util.List.of("11", "12", "13"), "lijst bekeken");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        var regels = auditLog.zoek("PO2707", new AuditZoekopdracht("ib", "lijsttest", null, Auditactie.LEZEN, null, null), 10);
        assertThat(regels).extracting(Auditregel::recordId).containsExactlyInAnyOrder("11", "12", "13");
        assertThat(regels).allSatisfy(regel -> {
            assertThat(regel.rollen()).containsExactly("INTERN_BEGELEIDER");
            assertThat(regel.omschrijving()).isEqualTo("lijst bekeken");
        });
    }
}
