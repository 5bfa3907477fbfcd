package nl.thuisnabij.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The main flows in a real browser, each page checked with axe-core against WCAG 2.1 AA. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ThuisnabijBrowserTest {

    static final String WACHTWOORD = "Thuisnabij-demo-2026";
    static Browser browser;

    @LocalServerPort
    int poort;

    @BeforeAll
    static void startBrowser() {
        browser = null;
    }

    private Browser browser() throws Exception {
        if (browser == null) {
            browser = new Browser(poort);
        }
        return browser;
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void deToegankelijkheidscontroleKeurtEenOntoegankelijkePaginaAf() throws Exception {
        var b = browser();
        b.driver().get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");

        assertThatThrownBy(b::controleerToegankelijkheid).hasMessageContaining("image-alt").hasMessageContaining("label");
    }

    @Test
    void eenOuderZoektHetSamenwerkingsverbandBijZijnPostcode() throws Exception {
        var b = browser();
        b.open("/");
        b.vulIn("postcode", "1011");
        b.klik("Zoek op postcode");
        b.wachtOpTekst("#resultaat", "PO2707");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#resultaat")).contains("Samenwerkingsverbanden voor postcode 1011 (Amsterdam)", "PO2707", "VO2708");

        b.vulIn("postcode", "3197");
        b.klik("Zoek");
        b.wachtOpTekst("#resultaat", "Europoort");
        b.controleerToegankelijkheid();
        assertThat(b.driver().getCurrentUrl()).endsWith("/samenwerkingsverbanden?postcode=3197");

        b.vulIn("postcode", "12");
        b.klik("Zoek");
        b.wachtOpTekst("#resultaat", "geen geldige postcode");
        b.controleerToegankelijkheid();

        b.driver().findElement(By.linkText("Samenwerkingsverbanden")).click();
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#resultaat")).contains("150 samenwerkingsverbanden");
        b.open("/samenwerkingsverbanden/PO2707");
        assertThat(b.pagina()).contains("Aangesloten scholen", "SBO De Horizon");
        b.open("/samenwerkingsverbanden?gemeente=Utrecht");
        assertThat(b.tekst("#resultaat")).contains("PO2601");
    }

    @Test
    void eenVerkeerdWachtwoordGeeftEenDuidelijkeMelding() throws Exception {
        var b = browser();
        b.inloggen("directeur", "verkeerd-wachtwoord");
        assertThat(b.tekst("#inlogfout")).contains("Gebruikersnaam of wachtwoord is onjuist");
    }

    @Test
    void deSwvBeheerderImporteertEenFoutiefScholenbestandEnZietDeFoutenPerRegel() throws Exception {
        var b = browser();
        b.inloggen("swvbeheer", WACHTWOORD);
        assertThat(b.pagina()).contains("Welkom, Sanne Beheer (demo)");
        b.open("/swv/PO2707/profiel");
        assertThat(b.vind("#naam").getAttribute("value")).isNotBlank();
        b.open("/swv/PO2707/vestigingen");
        assertThat(b.pagina()).contains("Basisschool De Regenboog");
        b.open("/swv/PO2707/vestigingen/import");

        var bestand = Files.createTempFile("scholen", ".csv");
        Files.writeString(bestand, """
                BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;SOORT ONDERWIJS
                80001;88AA;88AA00;Goede School;Straat;1;1011AB;AMSTERDAM;BO
                80001;12AB;12AB00;Utrechtse School;Straat;1;3511AB;UTRECHT;BO
                8001;88AC;88AC00;School;Straat;1;1011AB;AMSTERDAM;BO
                """, StandardCharsets.UTF_8);
        b.vind("#bestand").sendKeys(bestand.toAbsolutePath().toString());
        b.klik("Importeren");
        b.controleerToegankelijkheid();

        assertThat(b.tekst("#rapport")).contains("Import geweigerd", "er is niets gewijzigd",
                "regel 3: vestiging in postcode 3511 AB hoort bij samenwerkingsverband PO2601, niet bij PO2707",
                "regel 4: bevoegd gezag nummer '8001' is ongeldig: verwacht vijf cijfers");
        b.open("/swv/PO2707/vestigingen");
        assertThat(b.pagina()).doesNotContain("Goede School");
        Files.delete(bestand);
    }

    @Test
    void eenGebruikerZiet403BijEenAnderSamenwerkingsverband() throws Exception {
        var b = browser();
        b.inloggen("swvbeheer", WACHTWOORD);
        b.open("/swv/PO2601/profiel");
        assertThat(b.tekst("h1")).isEqualTo("Geen toegang");
    }

    @Test
    void dePrivacyfunctionarisDoorzoektHetAuditlog() throws Exception {
        var b = browser();
        b.inloggen("directeur", WACHTWOORD);
        b.open("/swv/PO2707/profiel");
        b.inloggen("privacy", WACHTWOORD);
        b.open("/swv/PO2707/auditlog");
        b.vulIn("gebruiker", "directeur");
        b.klik("Zoeken");
        b.wachtOpTekst("#auditregels", "profiel bekeken");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#auditregels")).contains("directeur", "lezen");
    }

    @Test
    void dePlatformbeheerderLeestDeRegioIndelingInEnVerwerktEenHerindeling() throws Exception {
        var b = browser();
        b.inloggen("beheer", WACHTWOORD);
        b.open("/beheer/regio-indeling");
        var indeling = Path.of("src/main/resources/referentiedata/regio-indeling-pc4.csv").toAbsolutePath();
        b.vind("#bestand").sendKeys(indeling.toString());
        b.klik("Inlezen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#rapport")).contains("Import geslaagd", "76 samenwerkingsverbanden PO en 74 VO",
                "postcode 3197 (Rotterdam) valt onder geen samenwerkingsverband (Europoort, havengebied)");

        b.open("/beheer/herindeling");
        b.vulIn("oudeGemeenten", "Zeevang\nEdam-Volendam");
        b.vulIn("nieuweGemeente", "Edam-Volendam");
        b.vind("#ingangsdatum").sendKeys("01012016");
        b.klik("Herindeling uitvoeren");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Herindeling uitgevoerd: Zeevang, Edam-Volendam → Edam-Volendam per 2016-01-01.");

        b.open("/samenwerkingsverbanden?gemeente=Zeevang");
        assertThat(b.tekst("#resultaat")).contains("Zeevang is per 2016-01-01 opgegaan in gemeente Edam-Volendam.");
    }
}
