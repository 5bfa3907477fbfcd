package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
    void naDrieMisluktePogingenWachtDeVolgendeLangerVoorBestaandeEnOnbekendeNamenGelijkEnHetAccountBlijftBruikbaar() throws Exception {
        gebruikers.maakAan("remtest", "Rem Test", null, WACHTWOORD, List.of(Rol.OUDER), null, null, null);
        for (var naam : List.of("remtest", "bestaat-niet")) {
            for (int poging = 1; poging <= Inlogremming.VRIJE_POGINGEN_NAAM; poging++) {
                inloggen(naam, "fout-" + poging, "10.0.0.1").andExpect(redirectedUrl("/inloggen?fout"));
            }
            inloggen(naam, "fout-4", "10.0.0.1").andExpect(redirectedUrl("/inloggen?fout"));
            assertThat(opgelegdeWacht("naam:" + naam)).as("the fourth failure makes the next try wait a second").isEqualTo(1);
            // held at 30 s, so a slow machine cannot let the wait pass before the next try; the answer is the same whether the name exists or not
            houdVast("naam:" + naam);
            inloggen(naam, WACHTWOORD, "10.0.0.2").andExpect(redirectedUrl("/inloggen?wacht=30"));
        }

        jdbc.sql("update inlogremming set wacht_tot = now() - interval '1 second' where sleutel = 'naam:remtest'").update();
        inloggen("remtest", WACHTWOORD, "10.0.0.2").andExpect(redirectedUrl("/mijn"));
        assertThat(jdbc.sql("select count(*) from inlogremming where sleutel = 'naam:remtest'").query(Long.class).single())
                .as("a successful login clears the name's count").isZero();
    }

    @Test
    void eenAdresDatVeleNamenProbeertWachtOokVoorEenNieuweNaamEenAnderAdresNiet() throws Exception {
        for (int poging = 1; poging <= Inlogremming.VRIJE_POGINGEN_BRON + 1; poging++) {
            inloggen("gok-" + poging, "fout", "10.0.0.9").andExpect(redirectedUrl("/inloggen?fout"));
        }
        assertThat(opgelegdeWacht("bron:10.0.0.9")).isEqualTo(1);
        houdVast("bron:10.0.0.9");
        inloggen("gok-nieuw", "fout", "10.0.0.9").andExpect(redirectedUrl("/inloggen?wacht=30"));
        inloggen("gok-nieuw", "fout", "10.0.0.10").andExpect(redirectedUrl("/inloggen?fout"));
    }

    @Test
    void mislukkingenVanLangGeledenTellenNietMeeEnWachtenGroeitTotEenMinuut() throws Exception {
        for (int poging = 1; poging <= 12; poging++) {
            jdbc.sql("update inlogremming set wacht_tot = now() where sleutel = 'naam:groeitest'").update();
            inloggen("groeitest", "fout", "10.0.1." + poging).andExpect(redirectedUrl("/inloggen?fout"));
        }
        assertThat(wachtSeconden("naam:groeitest")).isEqualTo(60);

        jdbc.sql("update inlogremming set laatste = now() - interval '16 minutes', wacht_tot = now() where sleutel = 'naam:groeitest'").update();
        inloggen("groeitest", "fout", "10.0.2.1").andExpect(redirectedUrl("/inloggen?fout"));
        assertThat(jdbc.sql("select mislukt from inlogremming where sleutel = 'naam:groeitest'").query(Integer.class).single()).isEqualTo(1);
        assertThat(wachtSeconden("naam:groeitest")).isZero();
    }

    /** The wait the last failure imposed, in whole seconds. */
    private long opgelegdeWacht(String sleutel) {
        return jdbc.sql("select round(extract(epoch from wacht_tot - laatste))::bigint from inlogremming where sleutel = ?").param(sleutel)
                .query(Long.class).single();
    }

    private void houdVast(String sleutel) {
        jdbc.sql("update inlogremming set wacht_tot = now() + interval '30 seconds' where sleutel = ?").param(sleutel).update();
    }

    private long wachtSeconden(String sleutel) {
        return jdbc.sql("select greatest(0, round(extract(epoch from wacht_tot - now())))::bigint from inlogremming where sleutel = ?")
                .param(sleutel).query(Long.class).single();
    }

    /** A login from this address, so each test counts its own failures and other tests' logins are not slowed down. */
    private org.springframework.test.web.servlet.ResultActions inloggen(String naam, String wachtwoord, String adres) throws Exception {
        return mvc.perform(post("/inloggen").param("gebruikersnaam", naam).param("wachtwoord", wachtwoord).with(csrf())
                .with(verzoek -> {
                    verzoek.setRemoteAddr(adres);
                    return verzoek;
                }));
    }

    @Test
    void eenSessieEindigtZodraHetAccountIsUitgeschakeldOfAndereRechtenKrijgt() throws Exception {
        gebruikers.maakAan("uitschakeltest", "Uitschakel Test", null, WACHTWOORD, List.of(Rol.ONDERSTEUNINGSCOORDINATOR), "PO2707", null, null);
        gebruikers.maakAan("rollentest", "Rollen Test", null, WACHTWOORD, List.of(Rol.ONDERSTEUNINGSCOORDINATOR), "PO2707", null, null);
        var uitgeschakeld = sessie("uitschakeltest");
        var anderRechten = sessie("rollentest");
        mvc.perform(get("/swv/PO2707/zorgplicht").cookie(uitgeschakeld)).andExpect(status().isOk());
        mvc.perform(get("/swv/PO2707/zorgplicht").cookie(anderRechten)).andExpect(status().isOk());

        jdbc.sql("update gebruiker set actief = false where gebruikersnaam = 'uitschakeltest'").update();
        jdbc.sql("update gebruiker set rollen = '{FINANCIEEL_MEDEWERKER}' where gebruikersnaam = 'rollentest'").update();

        mvc.perform(get("/swv/PO2707/zorgplicht").cookie(uitgeschakeld)).andExpect(redirectedUrl("/inloggen?beeindigd"));
        mvc.perform(get("/swv/PO2707/zorgplicht").cookie(anderRechten)).andExpect(redirectedUrl("/inloggen?beeindigd"));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'uitschakeltest'").query(Long.class).single())
                .as("de sessie is weg, op elk knooppunt").isZero();
        assertThat(jdbc.sql("select count(*) from auditregel where gebruiker in ('uitschakeltest', 'rollentest') and actie = 'GEWEIGERD' "
                + "and omschrijving like 'sessie beëindigd%'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void eenInlogBovenHetMaximumAanSessiesBeeindigtDeSessieDieHetLangstNietIsGebruikt() throws Exception {
        gebruikers.maakAan("sessietest", "Sessie Test", null, WACHTWOORD, List.of(Rol.OUDER), null, null, null);
        var oudste = sessie("sessietest");
        var latere = new java.util.ArrayList<jakarta.servlet.http.Cookie>();
        for (int i = 1; i < maximumSessies; i++) {
            Thread.sleep(5); // the registry orders sessions by their last request, in milliseconds
            latere.add(sessie("sessietest"));
        }

        var nieuwste = sessie("sessietest");

        mvc.perform(get("/mijn").cookie(oudste)).andExpect(redirectedUrl("/inloggen?elders"));
        assertThat(latere).hasSize(maximumSessies - 1);
        for (var sessie : latere) {
            mvc.perform(get("/mijn").cookie(sessie)).andExpect(status().isOk());
        }
        mvc.perform(get("/mijn").cookie(nieuwste)).andExpect(status().isOk());
    }

    @org.springframework.beans.factory.annotation.Value("${thuisnabij.sessies.maximum-per-gebruiker}")
    int maximumSessies;

    /** The cookie of a session kept in PostgreSQL (Spring Session). */
    static final String SESSIECOOKIE = "SESSION";

    /** Logs in through the login form and returns the cookie of the session it opened. */
    private jakarta.servlet.http.Cookie sessie(String naam) throws Exception {
        var antwoord = mvc.perform(post("/inloggen").param("gebruikersnaam", naam).param("wachtwoord", WACHTWOORD).with(csrf())
                .with(verzoek -> {
                    verzoek.setRemoteAddr("10.0.3.1");
                    return verzoek;
                })).andExpect(redirectedUrl("/mijn")).andReturn();
        return antwoord.getResponse().getCookie(SESSIECOOKIE);
    }

    @Test
    void eenMislukteInlogMetEenEindelozeNaamWordtIngekortVastgelegdEnNietVergeten() throws Exception {
        var naam = "lang-" + "x".repeat(5000);

        inloggen(naam, "fout", "10.0.4.1").andExpect(redirectedUrl("/inloggen?fout"));

        assertThat(jdbc.sql("select char_length(gebruiker) from auditregel where actie = 'INLOGGEN' and gebruiker like 'lang-xxxx%'")
                .query(Integer.class).list()).containsExactly(200);
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

    @Test
    void eenBezoekerVanDeOpenbarePaginasKrijgtGeenSessieMaarWieInlogtKrijgtHetFormulierTokenVoorHtmx() throws Exception {
        for (var pad : List.of("/", "/samenwerkingsverbanden?postcode=1011", "/samenwerkingsverbanden/PO2707")) {
            var bezoek = mvc.perform(get(pad)).andReturn();
            assertThat(bezoek.getResponse().getStatus()).isEqualTo(200);
            assertThat(bezoek.getRequest().getSession(false)).as("geen sessie voor %s", pad).isNull();
            assertThat(bezoek.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("csrf-token");
        }
        var ingelogd = mvc.perform(get("/samenwerkingsverbanden?postcode=1011").with(user(gebruikers.loadUserByUsername("coordinator")))).andReturn();
        assertThat(ingelogd.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("name=\"csrf-token\"");
    }
}
