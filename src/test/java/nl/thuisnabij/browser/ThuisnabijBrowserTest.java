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

        b.screenshot("scholenimport-fouten");
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
        b.vulDatumIn("ingangsdatum", "2016-01-01");
        b.klik("Herindeling uitvoeren");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Herindeling uitgevoerd: Zeevang, Edam-Volendam → Edam-Volendam per 2016-01-01.");

        b.open("/samenwerkingsverbanden?gemeente=Zeevang");
        assertThat(b.tekst("#resultaat")).contains("Zeevang is per 2016-01-01 opgegaan in gemeente Edam-Volendam.");
    }

    @Test
    void deCoordinatorZietHetDekkendAanbodMetEenWitteVlekEnExporteertHet() throws Exception {
        var b = browser();
        b.inloggen("coordinator", WACHTWOORD);
        b.open("/swv/PO2707/dekkend-aanbod");
        assertThat(b.tekst("#matrix")).contains("Zintuiglijke beperking", "witte vlek", "extra ondersteuning");
        assertThat(b.tekst("#samenvatting")).containsPattern("[1-9]\\d* witte vlek");
        new org.openqa.selenium.support.ui.Select(b.vind("#domein")).selectByVisibleText("Zintuiglijke beperking");
        b.klik("Toon kaart");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#kaart-kop")).isEqualTo("Kaart: Zintuiglijke beperking");
        assertThat(b.driver().findElements(By.cssSelector("svg circle.pc-wit"))).isNotEmpty();
        b.screenshot("dekkend-aanbod");

        var csv = b.download(b.vind("#export-csv").getAttribute("href"));
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("Zintuiglijke beperking;niet aangeboden;WITTE VLEK");
        var pdf = b.download(b.vind("#export-pdf").getAttribute("href"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        b.open("/swv/PO2707/zorgplicht");
        b.screenshot("zorgplicht-dashboard");
        for (var pad : java.util.List.of("/swv/PO2707/zorgplicht/beleid", "/swv/PO2707/ondersteuningsprofielen",
                "/swv/PO2707/ondersteuningsdomeinen")) {
            b.open(pad);
        }
        assertThat(b.pagina()).contains("Catalogus en basisondersteuning");
    }

    @Test
    void eenSchoolMeldtEenLeerlingAanBesluitEnStelteEenPassendeSchoolVoor() throws Exception {
        var b = browser();
        b.inloggen("ib", WACHTWOORD);
        b.driver().findElement(By.linkText("Aanmeldingen (zorgplicht)")).click();
        b.controleerToegankelijkheid();
        b.driver().findElement(By.linkText("Nieuwe aanmelding")).click();
        b.controleerToegankelijkheid();
        b.vulIn("voornaam", "Browser");
        b.vulIn("achternaam", "Leerling");
        b.vulDatumIn("geboortedatum", "2019-03-15");
        b.vulIn("postcode", "1015 AB");
        b.vulDatumIn("gewensteStartdatum", "2027-08-01");
        b.vind("input[name=ondersteuningsbehoefte]").click();
        var gedrag = b.driver().findElement(By.xpath("//label[normalize-space()='Gedrag']")).getAttribute("for");
        new org.openqa.selenium.support.ui.Select(b.vind("#" + gedrag)).selectByValue("EXTRA");
        b.klik("Aanmelding registreren");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#status")).contains("aangemeld, school onderzoekt", "Uiterste beslisdatum", "15-03-2019", "01-08-2027");

        b.driver().findElement(By.cssSelector("input[name=uitkomst][value=NIET_TOEGELATEN]")).click();
        b.vulIn("toelichting", "intensieve gedragsbegeleiding in een kleine groep nodig");
        b.klik("Besluit vastleggen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#kandidaten")).contains("SO De Koers");
        b.screenshot("plaatsing-zoeken");

        b.driver().findElement(By.cssSelector("#kandidaten tbody tr:first-child button")).click();
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("De school is gevraagd de leerling te plaatsen", "Gezocht naar een passende plek", "voorgesteld");

    }

    @Test
    void ouderEnPubliekZienHunDeelVanDeZorgplicht() throws Exception {
        var b = browser();
        b.inloggen("ouder", WACHTWOORD);
        b.open("/ouder/aanmeldingen");
        assertThat(b.pagina()).contains("Noor de Vries", "De school beslist uiterlijk");
        b.inloggen("ib", WACHTWOORD);
        b.driver().findElement(By.linkText("Ondersteuningsprofiel")).click();
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Profiel vastleggen");
        var publiek = b.driver().getCurrentUrl().replaceAll(".*/vestigingen/(\\d+)/.*", "/scholen/$1/ondersteuningsprofiel");
        b.driver().manage().deleteAllCookies();
        b.open(publiek);
        assertThat(b.pagina()).contains("Schoolondersteuningsprofiel van", "basisondersteuning");
    }
}
