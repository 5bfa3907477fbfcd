package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.thuisnabij.ThuisnabijApplication;
import nl.thuisnabij.register.SwvCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on through the education federation, against a real OpenID Connect provider started
 * in the test: an unknown identity gets nothing, an invited person links their identity through the
 * invitation link and logs in with it, and logging out ends the session here and at the provider.
 */
@Execution(ExecutionMode.CONCURRENT) // starts an application and a provider of its own
class FederatieloginTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("/wachtwoord-instellen/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** A browser: keeps its cookies, follows redirects across the application and the provider. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> haal(HttpClient browser, String adres) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> verstuur(HttpClient browser, String adres, String csrf) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String pagina) {
        var matcher = CSRF.matcher(pagina);
        assertThat(matcher.find()).as("de pagina heeft een formulier").isTrue();
        return matcher.group(1);
    }

    @Test
    void eenUitgenodigdePersoonKoppeltHaarAccountVanDeFederatieEnLogtDaarmeeInEnUit() throws Exception {
        var provider = new MockOAuth2Server();
        provider.start();
        try (var app = new SpringApplicationBuilder(ThuisnabijApplication.class).run("--server.port=0", "--thuisnabij.database.data-directory=",
                "--spring.mail.port=" + mail.getSmtp().getPort(), "--thuisnabij.aanvraag.termijnbewaking-cron=-",
                "--thuisnabij.thuiszitters.escalatie-cron=-",
                "--spring.security.oauth2.client.registration.entree.client-id=thuisnabij",
                "--spring.security.oauth2.client.registration.entree.client-secret=geheim-van-de-test",
                "--spring.security.oauth2.client.registration.entree.client-name=Entree Federatie",
                "--spring.security.oauth2.client.registration.entree.scope=openid",
                "--spring.security.oauth2.client.provider.entree.issuer-uri=" + provider.issuerUrl("entree"))) {
            var basis = basis(app);

            // a login at the federation by someone Thuisnabij does not know creates nothing
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("entree", "onbekende-leraar"));
            var onbekend = browser();
            assertThat(haal(onbekend, basis + "/inloggen").body()).contains("Inloggen met Entree Federatie");
            var geweigerd = haal(onbekend, basis + "/oauth2/authorization/entree");
            assertThat(geweigerd.uri().toString()).endsWith("/inloggen?onbekend");
            assertThat(geweigerd.body()).contains("nog niet gekoppeld aan Thuisnabij");
            assertThat(haal(onbekend, basis + "/mijn").uri().getPath()).isEqualTo("/inloggen");
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from gebruiker where externe_id like '%onbekende-leraar'").query(Long.class).single()).isZero();

            // the administrator invites her; she links her federation account through the link in the mail
            var beheerder = app.getBean(Gebruikers.class).loadUserByUsername("swvbeheer");
            app.getBean(Accountbeheer.class).nodigUit(Beheerbereik.samenwerkingsverband(SwvCode.van("PO2707")), "Fleur Federatie", "fleur@school-test.nl",
                    Set.of(Rol.ONDERSTEUNINGSCOORDINATOR), null, beheerder);
            var token = Awaitility.await().until(() -> Arrays.stream(mail.getReceivedMessages())
                    .map(GreenMailUtil::getBody).map(tekst -> LINK.matcher(tekst.replace("=\r\n", ""))).filter(java.util.regex.Matcher::find)
                    .map(m -> m.group(1)).findFirst(), java.util.Optional::isPresent).orElseThrow();
            var fleur = browser();
            var uitnodiging = haal(fleur, basis + "/wachtwoord-instellen/" + token);
            assertThat(uitnodiging.body()).contains("Koppelen met Entree Federatie");
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("entree", "fleur-bij-entree"));
            var gekoppeld = verstuur(fleur, basis + "/wachtwoord-instellen/" + token + "/federatie/entree", csrf(uitnodiging.body()));
            assertThat(gekoppeld.uri().getPath()).isEqualTo("/mijn");
            assertThat(gekoppeld.body()).contains("Welkom, Fleur Federatie");
            assertThat(jdbc.sql("select externe_id from gebruiker where email = 'fleur@school-test.nl'").query(String.class).single())
                    .isEqualTo("entree:fleur-bij-entree");

            // the link is used up: nobody else can link their identity to her account with it
            var nogmaals = haal(browser(), basis + "/wachtwoord-instellen/" + token);
            assertThat(nogmaals.body()).contains("link-ongeldig").doesNotContain("Koppelen met");

            // logging out ends the session here and sends her to the provider to log out there too
            var mijn = haal(fleur, basis + "/mijn");
            var uit = HttpClient.newBuilder().cookieHandler(fleur.cookieHandler().orElseThrow()).followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create(basis + "/uitloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf(mijn.body()), StandardCharsets.UTF_8))).build(),
                            HttpResponse.BodyHandlers.ofString());
            var naarProvider = uit.headers().firstValue("Location").orElseThrow();
            assertThat(naarProvider).startsWith(provider.issuerUrl("entree").toString()).contains("id_token_hint=", "post_logout_redirect_uri=");
            assertThat(haal(fleur, basis + "/mijn").uri().getPath()).isEqualTo("/inloggen");

            // next time the federation's login alone brings her in
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("entree", "fleur-bij-entree"));
            var weer = haal(browser(), basis + "/oauth2/authorization/entree");
            assertThat(weer.uri().toString()).endsWith("/mijn");
            assertThat(weer.body()).contains("Welkom, Fleur Federatie");
            assertThat(jdbc.sql("select omschrijving from auditregel where gebruiker = 'fleur@school-test.nl' order by id").query(String.class).list())
                    .contains("account gekoppeld aan Entree Federatie", "ingelogd via entree");
        } finally {
            provider.shutdown();
        }
    }

    private static String basis(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
