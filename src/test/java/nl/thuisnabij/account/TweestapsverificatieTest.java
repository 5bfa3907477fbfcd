package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Logging in in two steps: a password, then a code from an authenticator app (RFC 6238) or a
 * one-time recovery code. Between the two a person reaches no page; an SWV can require it of its
 * staff; its administrator can switch it off for one of them, never for another SWV's person.
 */
@IntegratieTest
class TweestapsverificatieTest {

    static final String WACHTWOORD = "lange zin als wachtwoord hier";
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Tweestapsverificatie tweestaps;
    @Autowired
    TweestapsRepository repository;
    @Autowired
    GebruikerRepository gebruikerRepository;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    /** A coordinator of PO2707 of its own, so tests do not share accounts. */
    private Gebruiker nieuweCoordinator() {
        var naam = "tweestaps" + VOLGNUMMER.incrementAndGet() + "-" + System.nanoTime();
        gebruikers.maakAan(naam, "Coördinator " + naam, naam + "@swv-test.nl", WACHTWOORD, List.of(Rol.ONDERSTEUNINGSCOORDINATOR), "PO2707", null, null);
        return gebruikers.loadUserByUsername(naam);
    }

    /** Links an app for the person and answers the secret and the recovery codes. */
    private Koppeling koppel(Gebruiker gebruiker) throws Exception {
        var geheim = tweestaps.nieuwGeheim(gebruiker).geheim();
        // a code of the previous time step, so the login that follows can use the current one
        var codes = tweestaps.koppel(gebruiker, geheim, Authenticatorapp.code(geheim, Instant.now().minusSeconds(30)));
        return new Koppeling(geheim, codes);
    }

    record Koppeling(String geheim, List<String> herstelcodes) {
    }

    /** Carries the session cookie from answer to request, as a browser does. */
    private final class Browser {
        private Cookie sessie;

        MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek) throws Exception {
            if (sessie != null) {
                verzoek.cookie(sessie);
            }
            var antwoord = mvc.perform(verzoek.with(van -> {
                van.setRemoteAddr("10.16.0.1");
                return van;
            })).andReturn().getResponse();
            var nieuw = antwoord.getCookie(BeveiligingTest.SESSIECOOKIE);
            if (nieuw != null) {
                sessie = nieuw;
            }
            return antwoord;
        }

        MockHttpServletResponse wachtwoord(String naam, String wachtwoord) throws Exception {
            return doe(post("/inloggen").with(csrf()).param("gebruikersnaam", naam).param("wachtwoord", wachtwoord));
        }

        MockHttpServletResponse code(String code) throws Exception {
            return doe(post("/inloggen/tweede-stap").with(csrf()).param("code", code));
        }
    }

    @Test
    void deCodeVanDeAppVolgtRfc6238() {
        // RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" gives 94287082 at T = 59 s; an app shows the last six digits
        var geheim = new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII)).replace("=", "");
        var opDatMoment = new Tweestapsverificatie(repository, gebruikerRepository, auditLog, Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC));
        var gebruiker = nieuweCoordinator();

        assertThatThrownBy(() -> opDatMoment.koppel(gebruiker, geheim, "287083")).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("de code klopt niet");
        assertThat(opDatMoment.koppel(gebruiker, geheim, "287082")).hasSize(Tweestapsverificatie.HERSTELCODES);
        assertThat(tweestaps.isActief(gebruiker.id())).isTrue();
    }

    @Test
    void naHetWachtwoordOpentGeenPaginaTotDeCodeUitDeAppIsGegeven() throws Exception {
        var gebruiker = nieuweCoordinator();
        var koppeling = koppel(gebruiker);
        var browser = new Browser();

        assertThat(browser.wachtwoord(gebruiker.getUsername(), WACHTWOORD).getRedirectedUrl()).isEqualTo("/inloggen/tweede-stap");
        assertThat(browser.doe(get("/mijn")).getRedirectedUrl()).as("alleen een wachtwoord is geen login").endsWith("/inloggen");
        assertThat(browser.doe(get("/swv/PO2707/aanvragen")).getRedirectedUrl()).endsWith("/inloggen");
        assertThat(browser.doe(get("/inloggen/tweede-stap")).getStatus()).isEqualTo(200);

        var fout = browser.code("000000".equals(Authenticatorapp.code(koppeling.geheim(), Instant.now())) ? "111111" : "000000");
        assertThat(fout.getStatus()).isEqualTo(400);
        assertThat(fout.getContentAsString(StandardCharsets.UTF_8)).contains("Deze code klopt niet of is al gebruikt");

        var goed = Authenticatorapp.code(koppeling.geheim(), Instant.now());
        assertThat(browser.code(goed).getRedirectedUrl()).isEqualTo("/mijn");
        assertThat(browser.doe(get("/mijn")).getStatus()).isEqualTo(200);

        var tweede = new Browser();
        tweede.wachtwoord(gebruiker.getUsername(), WACHTWOORD);
        assertThat(tweede.code(goed).getStatus()).as("een code werkt één keer, ook als iemand meekeek").isEqualTo(400);
        assertThat(jdbc.sql("select omschrijving from auditregel where gebruiker = ? order by id").param(gebruiker.getUsername())
                .query(String.class).list())
                .contains("wachtwoord juist; tweede stap gevraagd", "tweede stap mislukt", "ingelogd met tweestapsverificatie");
    }

    @Test
    void eenHerstelcodeWerktEenKeerOokMetKleineLettersEnZonderStreepje() throws Exception {
        var gebruiker = nieuweCoordinator();
        var code = koppel(gebruiker).herstelcodes().getFirst();
        var browser = new Browser();
        browser.wachtwoord(gebruiker.getUsername(), WACHTWOORD);

        assertThat(browser.code(code.replace("-", "").toLowerCase()).getRedirectedUrl()).isEqualTo("/mijn");

        var opnieuw = new Browser();
        opnieuw.wachtwoord(gebruiker.getUsername(), WACHTWOORD);
        assertThat(opnieuw.code(code).getStatus()).isEqualTo(400);
        assertThat(repository.ongebruikteHerstelcodes(gebruiker.id())).isEqualTo(Tweestapsverificatie.HERSTELCODES - 1);
    }

    @Test
    void naVijfVerkeerdeCodesBegintHetInloggenOpnieuw() throws Exception {
        var gebruiker = nieuweCoordinator();
        koppel(gebruiker);
        var browser = new Browser();
        browser.wachtwoord(gebruiker.getUsername(), WACHTWOORD);

        for (int i = 1; i < Inlogafronding.MAXIMUM_MISLUKTE_CODES; i++) {
            assertThat(browser.code("AAAAA-AAAA" + i).getStatus()).isEqualTo(400);
        }
        assertThat(browser.code("AAAAA-AAAAA").getRedirectedUrl()).isEqualTo("/inloggen?code");
        assertThat(browser.doe(get("/inloggen/tweede-stap")).getRedirectedUrl()).endsWith("/inloggen");
    }

    @Test
    void eenSwvDatHetVerplichtLaatZijnMedewerkersBijHetInloggenEenAppKoppelen() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        var gebruiker = nieuweCoordinator();
        var beleid = tweestaps.inlogbeleid(SwvCode.van("PO2707"));
        var opgeslagen = mvc.perform(post("/swv/PO2707/medewerkers/inlogbeleid").with(user(beheerder)).with(csrf())
                .param("versie", "" + beleid.versie()).param("verplicht", "true")).andReturn().getResponse();
        try {
            assertThat(opgeslagen.getRedirectedUrl()).isEqualTo("/swv/PO2707/medewerkers");
            var verouderd = mvc.perform(post("/swv/PO2707/medewerkers/inlogbeleid").with(user(beheerder)).with(csrf())
                    .param("versie", "" + beleid.versie()).param("verplicht", "false")).andReturn().getResponse();
            assertThat(verouderd.getStatus()).as("wie een oude pagina opslaat, overschrijft niets").isEqualTo(409);

            var browser = new Browser();
            assertThat(browser.wachtwoord(gebruiker.getUsername(), WACHTWOORD).getRedirectedUrl()).isEqualTo("/inloggen/tweede-stap");
            assertThat(browser.doe(get("/inloggen/tweede-stap")).getRedirectedUrl()).endsWith("/tweestapsverificatie");
            var pagina = browser.doe(get("/tweestapsverificatie")).getContentAsString(StandardCharsets.UTF_8);
            assertThat(pagina).contains("vraagt bij het inloggen een tweede stap", "data:image/svg+xml;base64,");
            var geheim = pagina.replaceAll("(?s).*<code id=\"geheim\">([A-Z2-7 ]+)</code>.*", "$1").replace(" ", "");

            assertThat(browser.doe(post("/tweestapsverificatie").with(csrf()).param("code", "12345")).getStatus()).isEqualTo(400);
            var gekoppeld = browser.doe(post("/tweestapsverificatie").with(csrf()).param("code", Authenticatorapp.code(geheim, Instant.now())));
            assertThat(gekoppeld.getContentAsString(StandardCharsets.UTF_8)).contains("Uw herstelcodes", "Tweestapsverificatie staat aan");
            assertThat(browser.doe(get("/mijn")).getStatus()).as("het koppelen rondt de login af").isEqualTo(200);
            assertThat(tweestaps.isActief(gebruiker.id())).isTrue();

            var ouder = gebruikers.loadUserByUsername("ouder");
            assertThat(tweestaps.isVerplicht(ouder)).as("het beleid van het SWV geldt voor zijn medewerkers, niet voor ouders").isFalse();
        } finally {
            tweestaps.zetInlogbeleid(SwvCode.van("PO2707"), false, tweestaps.inlogbeleid(SwvCode.van("PO2707")).versie(), beheerder);
        }
    }

    @Test
    void deBeheerderZetTweestapsverificatieUitVoorEenEigenMedewerkerMaarNietVoorDieVanEenAnderSwv() throws Exception {
        var gebruiker = nieuweCoordinator();
        koppel(gebruiker);
        var anderSwv = gebruikers.loadUserByUsername("swvbeheer.utrecht");

        assertThatThrownBy(() -> tweestaps.ontkoppel(SwvCode.van(anderSwv.swvCode()), gebruiker.id(), anderSwv))
                .isInstanceOf(NietGevondenException.class);
        assertThat(mvc.perform(post("/swv/%s/medewerkers/%d/tweestapsverificatie".formatted(anderSwv.swvCode(), gebruiker.id()))
                .with(user(anderSwv)).with(csrf()).param("bevestigd", "ja")).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(tweestaps.isActief(gebruiker.id())).isTrue();

        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        var zonderBevestiging = mvc.perform(post("/swv/PO2707/medewerkers/%d/tweestapsverificatie".formatted(gebruiker.id()))
                .with(user(beheerder)).with(csrf())).andReturn().getResponse();
        assertThat(zonderBevestiging.getStatus()).isEqualTo(400);
        assertThat(tweestaps.isActief(gebruiker.id())).isTrue();

        mvc.perform(post("/swv/PO2707/medewerkers/%d/tweestapsverificatie".formatted(gebruiker.id())).with(user(beheerder)).with(csrf())
                .param("bevestigd", "ja"));
        assertThat(tweestaps.isActief(gebruiker.id())).isFalse();
        assertThat(new Browser().wachtwoord(gebruiker.getUsername(), WACHTWOORD).getRedirectedUrl()).isEqualTo("/mijn");
    }
}
