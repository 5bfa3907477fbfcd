package nl.thuisnabij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, with an axe-core WCAG 2.1 AA check
 * that every test runs on every page it visits.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** axe-core as the Deque Selenium integration ships it. */
    private static final String AXE = leesAxe();

    private final ChromeDriver driver;
    private final String basis;
    private final Path profiel;

    Browser(int poort) throws Exception {
        profiel = Files.createTempDirectory("chromium-profiel");
        var opties = new ChromeOptions();
        opties.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=nl-NL", "--user-data-dir=" + profiel);
        driver = new ChromeDriver(opties);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", AXE));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        basis = "http://localhost:" + poort;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String pad) {
        driver.get(basis + pad);
        controleerToegankelijkheid();
    }

    WebElement vind(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String tekst(String css) {
        return vind(css).getText();
    }

    String pagina() {
        return vind("body").getText();
    }

    void vulIn(String id, String waarde) {
        var veld = vind("#" + id);
        veld.clear();
        veld.sendKeys(waarde);
    }

    /** Date and time inputs take their typed format from the browser's locale; the value itself is always ISO (2026-11-24, 14:00). */
    void vulDatumIn(String id, String isoDatum) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", vind("#" + id), isoDatum);
    }

    /**
     * Clicks a button and waits for what it does: an htmx form until htmx has settled the swapped
     * part, any other form until the next page has replaced this one. No fixed delay.
     */
    void klik(String knoptekst) {
        var knop = driver.findElement(By.xpath("//main//button[normalize-space()='%s']".formatted(knoptekst)));
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        boolean htmx = Boolean.TRUE.equals(js.executeScript("""
                var form = arguments[0].closest('[hx-get],[hx-post],[data-hx-get],[data-hx-post]');
                if (!form) { return false; }
                window.klaarNaKlik = false;
                document.body.addEventListener('htmx:afterSettle', function () { window.klaarNaKlik = true; }, { once: true });
                return true;
                """, knop));
        knop.click();
        if (htmx) {
            wacht().until(d -> Boolean.TRUE.equals(js.executeScript("return window.klaarNaKlik === true")));
        } else {
            wacht().until(d -> isVervangen(knop));
        }
    }

    /** Clicks a button found otherwise than by its text (e.g. one per table row) and waits until the next page replaced this one. */
    void klikEnWacht(String css) {
        var knop = vind(css);
        knop.click();
        wacht().until(d -> isVervangen(knop));
    }

    /** Clicks a button whose answer is a file: the page stays, so there is nothing to wait for here. */
    void klikVoorBestand(String knoptekst) {
        driver.findElement(By.xpath("//main//button[normalize-space()='%s']".formatted(knoptekst))).click();
    }

    /** Opens a page again until it shows what a request sent meanwhile has stored. */
    void openTot(String pad, java.util.function.Predicate<WebDriver> getoond) {
        wacht().until(d -> {
            driver.get(basis + pad);
            return getoond.test(driver);
        });
        controleerToegankelijkheid();
    }

    /** Up to ten seconds, looking every 20 ms: a page answers in milliseconds, so a coarser look only adds waiting. */
    private WebDriverWait wacht() {
        var wacht = new WebDriverWait(driver, Duration.ofSeconds(10));
        wacht.pollingEvery(Duration.ofMillis(20));
        return wacht;
    }

    /** Chromium reports a replaced element either as stale or as a node of another document. */
    private static boolean isVervangen(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException vervangen) {
            return true;
        }
    }

    void wachtOpTekst(String css, String tekst) {
        // while the next page replaces this one, Chromium may answer for an element of the old page with a generic error
        wacht().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), tekst));
    }

    void inloggen(String gebruikersnaam, String wachtwoord) {
        driver.manage().deleteAllCookies();
        open("/inloggen");
        vulIn("gebruikersnaam", gebruikersnaam);
        vulIn("wachtwoord", wachtwoord);
        klik("Inloggen");
        controleerToegankelijkheid();
    }

    /** Keeps a picture of the part of the page that starts with this element. */
    void screenshot(String naam, String css) throws Exception {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80)", vind(css));
        screenshot(naam);
    }

    /** Keeps a picture of the page under target/screenshots, for the README and for looking at failures. */
    void screenshot(String naam) throws Exception {
        var map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        Files.write(map.resolve(naam + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Fetches a link with this browser's session, as a download would. */
    byte[] download(String adres) throws Exception {
        var cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var verzoek = java.net.http.HttpRequest.newBuilder(java.net.URI.create(adres)).header("Cookie", cookies).GET().build();
        var antwoord = java.net.http.HttpClient.newHttpClient().send(verzoek, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(antwoord.statusCode()).as("download " + adres).isEqualTo(200);
        return antwoord.body();
    }

    /**
     * Fails the test on any WCAG 2.1 A/AA violation axe-core finds on the current page. Chromium puts
     * axe-core into every page it loads (see the constructor), so each check only runs it: sending the
     * 560 kB script along for every check took 0.75 s of the 1.4 s this suite spent per page.
     */
    void controleerToegankelijkheid() {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(AXE);
        }
        @SuppressWarnings("unchecked")
        var overtredingen = (List<String>) js.executeAsyncScript("""
                var klaar = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
                    .then(function (r) {
                        klaar(r.violations.map(function (v) {
                            return v.id + ': ' + v.help + ' ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                        }));
                    })
                    .catch(function (e) { klaar(['axe-core kon de pagina niet controleren: ' + e]); });
                """, WCAG_21_AA);
        assertThat(overtredingen).as("toegankelijkheid van " + driver.getCurrentUrl()).isEmpty();
    }

    private static String leesAxe() {
        try (var bron = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(bron, "axe.min.js").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var bestanden = Files.walk(profiel)) {
            bestanden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
