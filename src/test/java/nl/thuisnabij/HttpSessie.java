package nl.thuisnabij;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/** A person in a browser, over real HTTP: logs in with the login form and loads pages with its session cookie. */
public final class HttpSessie {

    public static final String DEMO_WACHTWOORD = "Thuisnabij-demo-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String basis;
    private final CookieManager koekjes = new CookieManager();
    private final HttpClient client;

    private HttpSessie(String basis) {
        this.basis = basis;
        this.client = HttpClient.newBuilder().cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpSessie ingelogd(String basis, String gebruikersnaam) throws IOException, InterruptedException {
        var sessie = new HttpSessie(basis);
        var formulier = sessie.haal("/inloggen");
        var token = CSRF.matcher(formulier.body());
        if (!token.find()) {
            throw new IllegalStateException("geen CSRF-token op de inlogpagina");
        }
        var velden = "gebruikersnaam=" + URLEncoder.encode(gebruikersnaam, StandardCharsets.UTF_8) + "&wachtwoord="
                + URLEncoder.encode(DEMO_WACHTWOORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var antwoord = sessie.client.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(velden)).build(),
                HttpResponse.BodyHandlers.discarding());
        var naar = antwoord.headers().firstValue("Location").orElse("");
        if (antwoord.statusCode() != 302 || !naar.endsWith("/mijn")) {
            throw new IllegalStateException("inloggen als %s mislukt: %d naar %s".formatted(gebruikersnaam, antwoord.statusCode(), naar));
        }
        return sessie;
    }

    /** The session cookie, for a load tool that replays this person's requests. */
    public String cookie() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).map(Object::toString).findFirst()
                .orElseThrow();
    }

    public HttpResponse<String> haal(String pad) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs out with the form every page carries. */
    public void uitloggen() throws IOException, InterruptedException {
        var token = CSRF.matcher(haal("/mijn").body());
        if (!token.find()) {
            throw new IllegalStateException("geen CSRF-token op de pagina");
        }
        var antwoord = client.send(HttpRequest.newBuilder(URI.create(basis + "/uitloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (antwoord.statusCode() != 302) {
            throw new IllegalStateException("uitloggen mislukt: " + antwoord.statusCode());
        }
    }
}
