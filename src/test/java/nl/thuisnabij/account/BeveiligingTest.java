package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.ThuisnabijApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class BeveiligingTest {

    static final String WACHTWOORD = "Een-lang-wachtwoord-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eenJuistWachtwoordLogtIn() throws Exception {
        gebruikers.maakAan("inlogtest", "Inlog Test", null, WACHTWOORD, List.of(Rol.OUDER), null, null, null);

        mvc.perform(formLogin("/inloggen").userParameter("gebruikersnaam").passwordParam("wachtwoord")
                        .user("inlogtest").password(WACHTWOORD))
                .andExpect(redirectedUrl("/mijn"));
    }

    @Test
    void naVijfMisluktePogingenIsHetAccountGeblokkeerdOokVoorHetJuisteWachtwoord() throws Exception {
        gebruikers.maakAan("blokkeertest", "Blokkeer Test", null, WACHTWOORD, List.of(Rol.OUDER), null, null, null);
        for (int poging = 1; poging <= 5; poging++) {
            mvc.perform(formLogin("/inloggen").userParameter("gebruikersnaam").passwordParam("wachtwoord")
                            .user("blokkeertest").password("fout-" + poging))
                    .andExpect(redirectedUrl("/inloggen?fout"));
        }

        mvc.perform(formLogin("/inloggen").userParameter("gebruikersnaam").passwordParam("wachtwoord")
                        .user("blokkeertest").password(WACHTWOORD))
                .andExpect(redirectedUrl("/inloggen?geblokkeerd"));
    }

    @Test
    void wachtwoordenWordenAlleenAlsAdaptieveHashBewaard() {
        gebruikers.maakAan("hashtest", "Hash Test", null, WACHTWOORD, List.of(Rol.OUDER), null, null, null);

        var hash = jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'hashtest'").query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(WACHTWOORD);
        assertThat(passwordEncoder.matches(WACHTWOORD, hash)).isTrue();
    }

    @Test
    void eenKortWachtwoordWordtGeweigerd() {
        assertThatThrownBy(() -> gebruikers.maakAan("kort", "Kort", null, "kort", List.of(Rol.OUDER), null, null, null))
                .hasMessage("een wachtwoord heeft ten minste 12 tekens");
    }

    @Test
    void eenFormulierZonderCsrfTokenWordtGeweigerd() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        mvc.perform(post("/swv/PO2707/profiel").param("naam", "Overgenomen").param("versie", "0").with(user(beheerder)))
                .andExpect(status().isForbidden());
    }

    @Test
    void elkAntwoordDraagtDeBeveiligingsheaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void hetProductieprofielStartNietZonderExterneDatabase() {
        var app = new SpringApplicationBuilder(ThuisnabijApplication.class).profiles("production")
                .properties("server.port=0");

        assertThatThrownBy(app::run).hasStackTraceContaining(
                "Het profiel 'production' vereist een externe PostgreSQL-database; stel de omgevingsvariabelen "
                        + "THUISNABIJ_DB_URL, THUISNABIJ_DB_USER, THUISNABIJ_DB_PASSWORD, THUISNABIJ_DB_EIGENAAR, "
                        + "THUISNABIJ_DB_EIGENAAR_WACHTWOORD in.");
    }

    @Test
    void eenNulTekenInEenFormulierOfDeApiWordtGeweigerdZonderIetsOpTeSlaan() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        int versie = jdbc.sql("select versie from samenwerkingsverband where code = 'PO2707'").query(Integer.class).single();
        var pagina = mvc.perform(post("/swv/PO2707/profiel").param("naam", "Naam\u0000met nul").param("versie", String.valueOf(versie))
                        .with(user(beheerder)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
        assertThat(pagina.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select versie from samenwerkingsverband where code = 'PO2707'").query(Integer.class).single()).isEqualTo(versie);

        var api = mvc.perform(get("/api/v1/samenwerkingsverbanden").param("gemeente", "a\u0000b")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("NUL-teken");
    }

    @Test
    void eenWebsiteIsAltijdEenWebadresNooitEenJavascriptLink() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        int versie = jdbc.sql("select versie from samenwerkingsverband where code = 'PO2707'").query(Integer.class).single();
        var pagina = mvc.perform(post("/swv/PO2707/profiel").param("naam", "SWV Amsterdam-Diemen PO").param("website", "javascript:alert(1)")
                        .param("versie", String.valueOf(versie)).with(user(beheerder))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
        assertThat(pagina.getStatus()).isEqualTo(400);
        assertThat(pagina.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("id=\"fout-website\"", "https://");

        // a value stored before this rule is never shown as a link, on the page nor in the API
        var oorspronkelijk = jdbc.sql("select website from samenwerkingsverband where code = 'PO2707'").query((r, n) -> r.getString(1)).single();
        jdbc.sql("update samenwerkingsverband set website = 'javascript:alert(1)' where code = 'PO2707'").update();
        try {
            assertThat(mvc.perform(get("/samenwerkingsverbanden/PO2707")).andReturn().getResponse().getContentAsString(
                    java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("javascript:");
            assertThat(mvc.perform(get("/api/v1/samenwerkingsverbanden/PO2707")).andReturn().getResponse().getContentAsString(
                    java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("javascript:");
        } finally {
            jdbc.sql("update samenwerkingsverband set website = ? where code = 'PO2707'").param(oorspronkelijk).update();
        }
    }
}
