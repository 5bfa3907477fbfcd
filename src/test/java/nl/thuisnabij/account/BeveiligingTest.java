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
                        + "THUISNABIJ_DB_URL, THUISNABIJ_DB_USER, THUISNABIJ_DB_PASSWORD in.");
    }
}
