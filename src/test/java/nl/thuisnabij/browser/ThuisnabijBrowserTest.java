package nl.thuisnabij.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The main flows in a real browser, each page checked with axe-core against WCAG 2.1 AA. Runs in a
 * thread of its own beside the other test classes (it mostly waits for Chromium), on its own
 * application, database and mail catcher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.port=" + ThuisnabijBrowserTest.MAILPOORT)
@ActiveProfiles("test")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium") // one browser: its tests one after another in this class's thread
class ThuisnabijBrowserTest {

    static final int MAILPOORT = 3026;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.port(MAILPOORT)).withPerMethodLifecycle(false);

    static final String WACHTWOORD = "Thuisnabij-demo-2026";
    static Browser browser;

    @LocalServerPort
    int poort;
    @org.springframework.beans.factory.annotation.Autowired
    nl.thuisnabij.thuiszitter.Thuiszitters thuiszitters;
    @org.springframework.beans.factory.annotation.Autowired
    nl.thuisnabij.account.Gebruikers gebruikers;

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
    void deFinancieelMedewerkerZietHetBudgetRekentEenScenarioDoorEnDownloadtExcel() throws Exception {
        var b = browser();
        b.inloggen("financien", WACHTWOORD);
        // the first page loads the year's headline figures into itself
        b.wachtOpTekst("#kerncijfers", "Kerncijfers");
        b.controleerToegankelijkheid();
        volg(b, "Kengetallen per schooljaar");
        assertThat(b.driver().findElements(By.cssSelector("main table caption"))).hasSize(8);
        b.open("/mijn");
        volg(b, "Budget: baten, inhoudingen en verplichtingen");
        assertThat(b.driver().findElements(By.cssSelector("#grafiek .staaf"))).as("een staaf per totaal").hasSize(6);
        assertThat(b.tekst("#totalen")).contains("Baten", "Inhoudingen door DUO", "Nog vrij");
        var nogVrij = b.tekst("#nog-vrij");
        b.screenshot("budget");

        volg(b, "Wat als…? Een scenario doorrekenen");
        b.vulIn("aantal", "10");
        kies(b, "soort", "VSO, categorie midden");
        b.klik("Doorrekenen");
        b.controleerToegankelijkheid();
        // the demo amounts: 10 x 16.229,51 more deducted
        assertThat(b.tekst("#scenario-verschil")).isEqualTo("-€ 162.295,10");
        assertThat(b.tekst("#scenario")).contains(nogVrij);

        volg(b, "Terug naar het budget");
        assertThat(b.tekst("#nog-vrij")).as("het scenario veranderde niets").isEqualTo(nogVrij);
        var xlsx = b.download(b.driver().findElement(By.linkText("Excel (xlsx)")).getAttribute("href"));
        try (var werkboek = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(werkboek.getFirstSheet().read()).anySatisfy(rij -> assertThat(rij.getCellText(0)).isEqualTo("Nog vrij"));
        }

        volg(b, "Meerjarenprognose");
        assertThat(b.driver().findElements(By.cssSelector("#prognose tbody tr"))).hasSize(4);

        volg(b, "Terug naar het budget");
        volg(b, "Verdeling over de scholen");
        // the demo key divides € 250.000 over the demo's regular schools, to the cent
        assertThat(b.driver().findElements(By.cssSelector("#toewijzingen tbody tr"))).isNotEmpty();
        assertThat(b.tekst("#verdeeld")).isEqualTo("€ 250.000,00");
    }

    @Test
    void eenGemeenteZietDeOnderdrukteKengetallenVanDeSwvsInHaarGebied() throws Exception {
        var b = browser();
        b.inloggen("beleid", WACHTWOORD);
        volg(b, "Kengetallen van de samenwerkingsverbanden in uw gemeente");
        assertThat(b.tekst("h1")).isEqualTo("Kengetallen van de samenwerkingsverbanden in Amsterdam");
        assertThat(b.driver().findElements(By.cssSelector("main h2"))).extracting(org.openqa.selenium.WebElement::getText)
                .anySatisfy(kop -> assertThat(kop).contains("(PO2707)")).anySatisfy(kop -> assertThat(kop).contains("(VO2708)"));
    }

    @Test
    void deInspectieKiestEenSwvEnZietDeOnderdrukteKengetallen() throws Exception {
        var b = browser();
        b.inloggen("inspectie", WACHTWOORD);
        volg(b, "Kengetallen van de samenwerkingsverbanden");
        kies(b, "swv", "Demo-SWV Passend Primair Onderwijs Amsterdam-Diemen (PO2707)");
        b.klik("Tonen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("main h2")).contains("(PO2707)");
    }

    /** Opens the page a link in the content leads to, as a click would, and checks it. */
    private void volg(Browser b, String linktekst) {
        b.open(b.driver().findElement(By.xpath("//main//a[normalize-space()='%s']".formatted(linktekst))).getAttribute("href")
                .replace("http://localhost:" + poort, ""));
        b.controleerToegankelijkheid();
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
        b.controleerToegankelijkheid();
        assertThat(b.vind(".kop").getCssValue("background-color")).as("de huisstijlkleur van het demo-SWV, #7b2d42").isEqualTo("rgba(123, 45, 66, 1)");
        b.screenshot("swv-openbaar-huisstijl");
        b.open("/samenwerkingsverbanden?gemeente=Utrecht");
        assertThat(b.tekst("#resultaat")).contains("PO2601");
    }

    @Test
    void eenOuderVindtOpZijnTelefoonDeScholenInDeBuurtDieBiedenWatZijnKindNodigHeeft() throws Exception {
        var b = browser();
        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            b.open("/");
            volg(b, "Zoek scholen bij u in de buurt die bieden wat uw kind nodig heeft");
            b.controleerToegankelijkheid();
            b.vulIn("postcode", "10");
            b.klik("Zoek scholen");
            assertThat(b.tekst("label[for=postcode]")).contains("geen geldige postcode");
            assertThat(b.vind("#postcode").getAttribute("value")).as("wat de ouder typte staat er nog").isEqualTo("10");
            b.controleerToegankelijkheid();

            b.vulIn("postcode", "1075 BX");
            b.klik("Zoek scholen");
            b.wachtOpTekst("#resultaat", "scholen bij postcode 1075");
            kies(b, "behoefte", "Autisme");
            b.klik("Zoek scholen");
            b.wachtOpTekst("#resultaat", "met autisme");
            b.controleerToegankelijkheid();
            var kaarten = b.driver().findElements(By.cssSelector(".scholenlijst > li"));
            assertThat(kaarten).isNotEmpty().allSatisfy(k -> assertThat(k.getText()).containsPattern("Autisme: (basisondersteuning|extra ondersteuning)"));
            assertThat(kaarten.getFirst().getRect().getWidth()).as("een kaart per regel op een telefoon").isGreaterThan(300);
            assertThat(kaarten.get(1).getRect().getY()).isGreaterThan(kaarten.getFirst().getRect().getY());
            b.screenshot("scholen-in-de-buurt-telefoon");
            var eerste = kaarten.getFirst().findElement(By.tagName("a")).getText();
            volg(b, eerste);
            b.controleerToegankelijkheid();
            assertThat(b.pagina()).contains("Schoolondersteuningsprofiel van " + eerste);
        } finally {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void deCoordinatorSorteertZijnWerkvoorraadEnZietWatActieNodigHeeftBovenaan() throws Exception {
        var b = browser();
        b.inloggen("coordinator", WACHTWOORD);
        b.open("/swv/PO2707/aanvragen");
        b.controleerToegankelijkheid();
        var eerste = b.driver().findElements(By.cssSelector("#werkvoorraad tbody tr")).getFirst();
        assertThat(eerste.getText()).as("bovenaan wat de coördinator moet doen").contains("actie nodig");
        b.screenshot("werkvoorraad-coordinator", "h1");

        b.driver().findElement(By.linkText("School")).click();
        b.wachtOpTekst("th[aria-sort]", "School");
        b.controleerToegankelijkheid();
        var scholen = b.driver().findElements(By.cssSelector("#werkvoorraad tbody tr td:nth-child(4)")).stream().map(e -> e.getText().toLowerCase()).toList();
        assertThat(scholen).isSortedAccordingTo(java.util.Comparator.naturalOrder());

        // the search box in the header finds a pupil with the records the coordinator may open
        b.vind("#zoek-leerling").sendKeys("Hendriks");
        b.vind("#zoek-leerling").submit();
        b.wachtOpTekst("#gevonden", "Iris Hendriks");
        b.controleerToegankelijkheid();
        assertThat(b.driver().findElements(By.cssSelector("#gevonden a"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/swv/PO2707/"));

        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            b.open("/swv/PO2707/aanvragen?weergave=AFGEHANDELD");
            b.controleerToegankelijkheid();
            assertThat(b.tekst("#resultaat")).doesNotContain("actie nodig");
        } finally {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void deOudersGevenOpHunTelefoonHunZienswijzeInEigenWoordenEnDeSchoolLeestDieOngewijzigd() throws Exception {
        var b = browser();
        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            b.inloggen("ouder", WACHTWOORD);
            b.open("/mijn");
            b.wachtOpTekst("#kinderen", "Bram Peters");
            b.driver().findElement(By.partialLinkText("De school vraagt wat u vindt")).click();
            b.controleerToegankelijkheid();
            b.vulIn("zienswijze-tekst", "Bram heeft het moeilijk in de klas. Wij willen graag dat hij extra hulp krijgt.");
            b.vind("input[name=akkoord]").click();
            b.klik("Zienswijze versturen");
            b.controleerToegankelijkheid();
            assertThat(b.tekst("main")).contains("Uw zienswijze is vastgelegd.", "In de eigen woorden van de ouders",
                    "De ouders zijn het eens met de aanvraag.");
            b.screenshot("ouder-zienswijze-telefoon", "#zienswijze");
            var pad = b.driver().getCurrentUrl().replaceAll(".*/ouder/aanvragen/PO2707/(\\d+).*", "$1");
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

            b.inloggen("ib", WACHTWOORD);
            b.open("/swv/PO2707/vestigingen/" + gebruikers.loadUserByUsername("ib").vestigingId() + "/aanvragen/" + pad);
            b.controleerToegankelijkheid();
            assertThat(b.tekst("#zienswijze-ouders")).isEqualTo("Bram heeft het moeilijk in de klas. Wij willen graag dat hij extra hulp krijgt.");
            assertThat(b.driver().findElements(By.id("zienswijze-tekst"))).as("de school heeft geen veld voor de tekst van de ouders").isEmpty();
        } finally {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void deCoordinatorZietZijnNotificatiesKiestEenDagoverzichtEnOpentEenNotificatieOpZijnTelefoon() throws Exception {
        var b = browser();
        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            b.inloggen("coordinator", WACHTWOORD);
            assertThat(b.tekst("#notificaties-link")).as("het aantal ongelezen staat in de kop").matches("(?s)Notificaties\\s*\\d+.*");
            b.vind("#notificaties-link").click();
            b.controleerToegankelijkheid();
            assertThat(b.tekst("#notificaties")).contains("Nieuwe aanvraag in Thuisnabij");
            b.screenshot("notificaties-telefoon");
            b.vind("input[name=voorkeur][value=DAGELIJKS]").click();
            b.klik("Opslaan");
            b.controleerToegankelijkheid();
            assertThat(b.tekst("main")).contains("Uw keuze is opgeslagen: Eén e-mail per dag met een overzicht.");
            assertThat(b.vind("input[name=voorkeur][value=DAGELIJKS]").isSelected()).isTrue();
            b.driver().findElement(By.cssSelector("#notificaties a")).click();
            b.controleerToegankelijkheid();
            assertThat(b.driver().getCurrentUrl()).contains("/swv/PO2707/aanvragen/");
            b.open("/notificaties");
            b.vind("input[name=voorkeur][value=PER_NOTIFICATIE]").click();
            b.klik("Opslaan");
        } finally {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void deAanvraagVanDeSchoolSlaatZichzelfOpTerwijlZeTyptEnIsNaHerladenNogHelemaalDaar() throws Exception {
        var b = browser();
        var schoolUrl = nieuweAanvraag(b, "arrangement", "Mirte", null);
        b.wachtOpTekst(".opslagstatus", "Automatisch opgeslagen om");
        b.controleerToegankelijkheid();
        b.vind("#geprobeerd").sendKeys(" Ook een time-outplek.");
        b.vind("#vraag").click();
        b.wachtOpTekst(".opslagstatus", "Automatisch opgeslagen om");
        b.screenshot("aanvraag-automatisch-opgeslagen", "#vraag");

        b.driver().get(schoolUrl.replaceAll("\\?.*", ""));
        assertThat(b.vind("#vraag").getAttribute("value")).isEqualTo("Welke plek past bij Mirte?");
        assertThat(b.vind("#geprobeerd").getAttribute("value")).isEqualTo("Gedragsplan en ambulante begeleiding. Ook een time-outplek.");
        assertThat(b.driver().findElements(By.cssSelector(".concept-hersteld"))).as("alles stond al op de server").isEmpty();
        b.vulIn("oudergesprek-tekst", "De ouders willen graag hulp in de klas.");
        b.klik("Gesprek vastleggen");
        assertThat(b.tekst("main")).as("de stap na het automatisch opslaan gebruikt de nieuwe versie").contains("Het gesprek met de ouders is vastgelegd.");
    }

    /** The roles whose journeys other tests walk have their picture there; these get the first page of their own. */
    @Test
    void elkeRolZietOpZijnEerstePaginaZijnWerkOpDeComputerEnOpDeTelefoon() throws Exception {
        var b = browser();
        for (var rol : List.of("directeur", "commissie", "deskundige", "privacy", "swvbeheer", "schooldirecteur", "leerplicht", "beleid",
                "jeugdhulp", "inspectie", "beheer")) {
            b.inloggen(rol, WACHTWOORD);
            b.open("/mijn");
            b.controleerToegankelijkheid();
            assertThat(b.tekst("h1")).as(rol).isNotBlank();
            assertThat(b.driver().findElements(By.cssSelector("main a, main form"))).as(rol + " vindt een ingang naar zijn werk").isNotEmpty();
            b.screenshot("rol-" + rol);
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            try {
                b.open("/mijn");
                b.controleerToegankelijkheid();
            } finally {
                b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            }
        }
    }

    @Test
    void eenOuderZietOpZijnTelefoonMeteenZijnKinderenMetWatErKomtEnWatErGebeurde() throws Exception {
        var b = browser();
        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            b.inloggen("ouder", WACHTWOORD);
            b.open("/mijn");
            b.wachtOpTekst("#kinderen", "Noah Kuipers");
            b.controleerToegankelijkheid();
            assertThat(b.tekst("#kinderen")).contains("Wat komt er", "U kunt bezwaar maken tot en met", "Wat is er gebeurd", "Uw contactpersoon:");
            b.screenshot("ouder-kinderen-telefoon", "#kinderen");
            b.driver().findElement(By.partialLinkText("U kunt bezwaar maken")).click();
            b.controleerToegankelijkheid();
            assertThat(b.driver().getCurrentUrl()).contains("/ouder/aanvragen/PO2707/");
        } finally {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void deInternBegeleiderZietBovenaanWatZeMoetDoen() throws Exception {
        var b = browser();
        b.inloggen("ib", WACHTWOORD);
        b.driver().findElement(By.linkText("Aanvragen")).click();
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#te-doen")).contains("Te doen", "Bram Peters, arrangement:", "Aanvulling gevraagd");
        b.screenshot("school-te-doen", "h1");
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
    void eenGebruikerZiet403BijEenAnderSamenwerkingsverbandEnEenDeskundigeBijEenPaginaVanEenAndereRol() throws Exception {
        var b = browser();
        b.inloggen("swvbeheer", WACHTWOORD);
        b.open("/swv/PO2707/profiel");
        b.controleerToegankelijkheid();
        assertThat(b.vind("#huisstijlkleur").getAttribute("value")).isEqualTo("#7b2d42");
        b.open("/swv/PO2601/profiel");
        assertThat(b.tekst("h1")).isEqualTo("Geen toegang");
        assertThat(b.tekst("main")).contains("ander samenwerkingsverband");

        b.inloggen("deskundige", WACHTWOORD);
        b.open("/swv/PO2707/budget");
        assertThat(b.tekst("h1")).isEqualTo("Geen toegang");
        assertThat(b.tekst("main")).as("in het eigen samenwerkingsverband").contains("niet voor uw rol", "deskundige").doesNotContain("ander samenwerkingsverband");
        b.controleerToegankelijkheid();
    }

    @Test
    void dePrivacyfunctionarisDoorzoektHetAuditlog() throws Exception {
        var b = browser();
        b.inloggen("directeur", WACHTWOORD);
        b.open("/swv/PO2707/profiel");
        b.inloggen("coordinator", WACHTWOORD);
        b.open("/swv/PO2707/zorgplicht");
        volg(b, "Noor de Vries");
        b.inloggen("privacy", WACHTWOORD);
        b.open("/swv/PO2707/auditlog");
        b.vulIn("gebruiker", "directeur");
        b.klik("Zoeken");
        b.wachtOpTekst("#auditregels", "profiel bekeken");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#auditregels")).contains("directeur", "lezen");

        // by pupil: the registration the coordinator opened is found under the pupil's name, on a desktop and on a phone
        b.vulIn("gebruiker", "");
        b.vulIn("leerling", "Noor de Vries");
        b.klik("Zoeken");
        b.wachtOpTekst("#auditregels", "Regels over Noor de Vries");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#auditregels")).contains("coordinator", "aanmelding bekeken", "Noor de Vries (");
        b.screenshot("auditlog-per-leerling", "#auditregels");
        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            b.vulIn("leerling", "de Vries");
            b.klik("Zoeken");
            b.wachtOpTekst("#auditregels", "Noor de Vries");
            b.controleerToegankelijkheid();
            b.vulIn("leerling", "Qq");
            b.klik("Zoeken");
            b.wachtOpTekst("label[for=leerling]", "geen leerling met deze naam");
            assertThat(b.vind("#leerling").getAttribute("value")).as("wat de functionaris typte staat er nog").isEqualTo("Qq");
            b.controleerToegankelijkheid();
        } finally {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }

        b.driver().findElement(By.linkText("Bewaartermijnen")).click();
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Bewaartermijnen van PO2707", "drie jaar na het besluit verwijderd");
        b.driver().findElement(By.linkText("bewaarbeleid")).click();
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#huidig")).contains("Er is nog geen bewaartermijn ingesteld");

        b.driver().findElement(By.linkText("Inzageverzoek")).click();
        b.vulIn("naam", "Noor");
        b.klik("Zoeken");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#gevonden")).contains("Noor de Vries", "PDF van Noor de Vries");
        b.driver().findElement(By.linkText("Verwerkingsregister")).click();
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Verwerkingsregister", "Leerlingdossier", "Auditlog");

        b.driver().findElement(By.linkText("AVG-verzoeken")).click();
        new org.openqa.selenium.support.ui.Select(b.vind("#soort")).selectByValue("CORRECTIE");
        b.vulIn("verzoeker", "de moeder van Noor");
        b.vulIn("omschrijving", "De geboortedatum van Noor klopt niet.");
        b.klik("Verzoek vastleggen");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Het verzoek is vastgelegd.", "Correctie (art. 16) van de moeder van Noor", "nog open");
    }

    @Test
    void dePlatformbeheerderLeestDeRegioIndelingInVerwerktEenHerindelingEnLegtEenLandelijkSwvVast() throws Exception {
        var b = browser();
        b.inloggen("beheer", WACHTWOORD);
        b.open("/beheer/regio-indeling");
        var indeling = Path.of("src/main/resources/referentiedata/regio-indeling-pc4.csv").toAbsolutePath();
        b.vind("#bestand").sendKeys(indeling.toString());
        b.klik("Inlezen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#rapport")).contains("Import geslaagd", "76 samenwerkingsverbanden PO en 74 VO",
                "postcode 3197 (Rotterdam) valt onder geen samenwerkingsverband (Europoort, havengebied)");

        b.driver().findElement(By.linkText("SWV-beheerders")).click();
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#swv-beheerders")).contains("nog geen");

        b.open("/beheer/herindeling");
        b.vulIn("oudeGemeenten", "Zeevang\nEdam-Volendam");
        b.vulIn("nieuweGemeente", "Edam-Volendam");
        b.vulDatumIn("ingangsdatum", "2016-01-01");
        b.klik("Herindeling uitvoeren");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Herindeling uitgevoerd: Zeevang, Edam-Volendam → Edam-Volendam per 2016-01-01.");

        b.open("/samenwerkingsverbanden?gemeente=Zeevang");
        assertThat(b.tekst("#resultaat")).contains("Zeevang is per 2016-01-01 opgegaan in gemeente Edam-Volendam.");

        b.open("/beheer/landelijke-samenwerkingsverbanden");
        b.vulIn("code", "PO2707");
        b.vulIn("naam", "Landelijk SWV De Richting");
        b.vulIn("scholen", "88LA 88LB");
        b.klik("Vastleggen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#fout-code")).contains("PO2707 is een regionaal samenwerkingsverband uit de regio-indeling");
        assertThat(b.vind("#scholen").getAttribute("value")).as("wat de beheerder typte, staat er nog").isEqualTo("88LA 88LB");
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

    /** Algemene termijnenwet art. 1: six weeks after Friday 13 November 2026 is Christmas Day; the term runs to Monday 28 December. */
    @Test
    void deBeslistermijnVanEenAanmeldingOpDeVrijdagZesWekenVoorKerstLooptDoorTotNaDeFeestdagen() throws Exception {
        var b = browser();
        b.inloggen("ib", WACHTWOORD);
        b.open("/swv/PO2707/vestigingen/" + gebruikers.loadUserByUsername("ib").vestigingId() + "/aanmeldingen/nieuw");
        b.vulIn("voornaam", "Kerst");
        b.vulIn("achternaam", "Termijn");
        b.vulDatumIn("geboortedatum", "2019-06-01");
        b.vulIn("postcode", "1015 AB");
        b.vulDatumIn("datumAanmelding", "2026-11-13");
        b.vulDatumIn("gewensteStartdatum", "2027-08-01");
        b.klik("Aanmelding registreren");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#status")).contains("Uiterste beslisdatum", "28-12-2026");
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

        b.klikEnWacht("#kandidaten tbody tr:first-child button");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("De school is gevraagd de leerling te plaatsen", "Gezocht naar een passende plek", "voorgesteld");

    }

    @Test
    void eenSchoolMeldtEenThuiszitterDeLeerplichtambtenaarLegtHetPlanVastEnJeugdhulpKijktMeeNaToestemmingVanDeOuders() throws Exception {
        var b = browser();
        b.inloggen("ib", WACHTWOORD);
        b.driver().findElement(By.linkText("Thuiszitters")).click();
        b.controleerToegankelijkheid();
        b.driver().findElement(By.linkText("Thuiszitter melden")).click();
        b.controleerToegankelijkheid();
        var naam = "Emma Visser"; // a demo pupil of this school living in Amsterdam, child of the demo parent
        new org.openqa.selenium.support.ui.Select(b.vind("#leerling")).selectByVisibleText(naam);
        new org.openqa.selenium.support.ui.Select(b.vind("#soort")).selectByValue("DREIGEND");
        new org.openqa.selenium.support.ui.Select(b.vind("#reden")).selectByValue("GEEN_PLEK");
        b.vulDatumIn("sinds", java.time.LocalDate.now().minusWeeks(1).toString());
        b.klik("Melden");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("De thuiszitter is gemeld", "Thuiszitter: " + naam, "dreigend thuiszitter", "tot 4 weken");
        var url = b.driver().getCurrentUrl();
        var id = url.substring(url.lastIndexOf('/') + 1);

        b.inloggen("jeugdhulp", WACHTWOORD);
        b.open("/gemeente/thuiszitters");
        assertThat(b.pagina()).as("zonder toestemming ziet jeugdhulp niets").doesNotContain(naam);

        b.inloggen("leerplicht", WACHTWOORD);
        b.open("/gemeente/thuiszitters");
        assertThat(b.tekst("#zaken")).contains(naam);
        b.screenshot("thuiszitters-gemeente");
        b.open("/gemeente/thuiszitters/" + id);
        b.vulIn("aanbod", "Plaatsing op SO De Koers per de eerste van de maand, tot dan huisbezoek door de ambulant begeleider");
        b.vulIn("uitvoerder", "Leerplichtambtenaar met het samenwerkingsverband");
        b.klik("Afspraak toevoegen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#plan")).contains("Plaatsing op SO De Koers", "Leerplichtambtenaar met het samenwerkingsverband");

        b.inloggen("ouder", WACHTWOORD);
        b.driver().findElement(By.linkText("Thuiszitten")).click();
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#kind-" + id + " + p")).contains("Niet op school sinds");
        b.vind("#toestemming-geven-" + id + " button").click();
        b.wachtOpTekst("main", "U heeft toestemming gegeven");
        b.controleerToegankelijkheid();
        b.screenshot("thuiszitten-ouder");

        b.inloggen("jeugdhulp", WACHTWOORD);
        b.open("/gemeente/thuiszitters");
        assertThat(b.tekst("#zaken")).contains(naam);
        b.open("/gemeente/thuiszitters/" + id);
        assertThat(b.tekst("#plan")).contains("Plaatsing op SO De Koers");
        assertThat(b.tekst("#toestemming")).contains("Olga Ouder");

        b.inloggen("beleid", WACHTWOORD);
        b.open("/gemeente/thuiszitters");
        assertThat(b.tekst("#cijfers")).contains("tot 4 weken");
        assertThat(b.pagina()).doesNotContain(naam);
        b.open("/gemeente/thuiszitters/rapportage");
        assertThat(b.tekst("#tabel-1")).contains("Kwartaal");

        b.inloggen("coordinator", WACHTWOORD);
        b.driver().findElement(By.linkText("Thuiszitters")).click();
        b.controleerToegankelijkheid();
        b.open("/swv/PO2707/thuiszitters/" + id);
        assertThat(b.tekst("#toestemming")).contains("tot en met");
        b.open("/swv/PO2707/thuiszitters/rapportage");
        assertThat(b.tekst("#tabel-6")).contains("Trend per schooljaar");
        b.screenshot("thuiszitters-rapportage");

        // the daily job as it runs three months and a day after the absence began: the case escalates once, and the director is mailed
        var naDrieMaanden = java.time.LocalDate.now().minusWeeks(1).plusMonths(3).plusDays(1);
        thuiszitters.escaleerVerlopen(naDrieMaanden);
        thuiszitters.escaleerVerlopen(naDrieMaanden.plusDays(1));
        b.open("/swv/PO2707/thuiszitters/" + id);
        assertThat(b.tekst("#geescaleerd")).contains("Geëscaleerd naar de directeur en de gemeente");
        var kenmerk = "PO2707-T" + id + ".";
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(mail.getReceivedMessages())
                .filteredOn(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(kenmerk))
                .as("eenmaal, aan directeur en leerplicht").hasSize(2));
    }

    @Test
    void deBeheerderNodigtEenNieuweCoordinatorUitEnZijKiestHaarWachtwoordEnLogtInMetEenCodeUitHaarApp() throws Exception {
        // another SWV than the one the other tests log in to, since its administrator makes the second step required
        var b = browser();
        b.inloggen("swvbeheer.utrecht", WACHTWOORD);
        b.driver().findElement(By.linkText("Medewerkers")).click();
        b.controleerToegankelijkheid();
        b.vind("#tweestaps-verplicht").click();
        b.klik("Inlogbeleid opslaan");
        assertThat(b.pagina()).contains("Tweestapsverificatie is nu verplicht.");
        b.vulIn("naam", "Nina Nieuw");
        b.vulIn("email", "nina.nieuw@swv-test.nl");
        b.vind("input[name='rollen[ONDERSTEUNINGSCOORDINATOR]']").click();
        b.klik("Uitnodiging versturen");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("De uitnodiging is verstuurd naar nina.nieuw@swv-test.nl.");
        assertThat(b.tekst("#medewerkers")).contains("Nina Nieuw", "uitgenodigd");

        var uitnodiging = org.awaitility.Awaitility.await().until(() -> java.util.Arrays.stream(mail.getReceivedMessages())
                .map(com.icegreen.greenmail.util.GreenMailUtil::getBody).map(tekst -> tekst.replace("=\r\n", ""))
                .filter(tekst -> tekst.contains("Beste Nina Nieuw")).findFirst(), java.util.Optional::isPresent).orElseThrow();
        var link = java.util.regex.Pattern.compile("/wachtwoord-instellen/[A-Za-z0-9_-]{43}").matcher(uitnodiging);
        assertThat(link.find()).isTrue();
        b.driver().manage().deleteAllCookies();
        b.open(link.group());
        b.controleerToegankelijkheid();
        b.vulIn("wachtwoord", "1qaz2wsx3edc");
        b.klik("Wachtwoord opslaan");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#fout-wachtwoord")).contains("gelekte of veelgebruikte wachtwoorden");
        b.vulIn("wachtwoord", "zeven zeemeeuwen boven het IJ");
        b.klik("Wachtwoord opslaan");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Uw wachtwoord is opgeslagen. Log in met gebruikersnaam nina.nieuw@swv-test.nl");

        // her SWV requires the second step: at her first login she links the app on her phone
        b.inloggen("nina.nieuw@swv-test.nl", "zeven zeemeeuwen boven het IJ");
        assertThat(b.tekst("#verplicht-uitleg")).contains("vraagt bij het inloggen een tweede stap");
        b.screenshot("tweestapsverificatie-instellen");
        var geheim = b.tekst("#geheim").replace(" ", "");
        b.vulIn("code", "123");
        b.klik("Koppelen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#fout-code")).contains("De code klopt niet");
        // the app's code of half a minute ago still counts, so the login below can use the current one without waiting; near the end
        // of a 30-second step the server may already be in the next one, where that code is two steps old: start in a fresh step
        long inStap = java.time.Instant.now().getEpochSecond() % 30;
        if (inStap > 24) {
            Thread.sleep((30 - inStap) * 1000 + 200);
        }
        b.vulIn("code", nl.thuisnabij.account.Authenticatorapp.code(geheim, java.time.Instant.now().minusSeconds(30)));
        b.klik("Koppelen");
        b.controleerToegankelijkheid();
        assertThat(b.driver().findElements(By.cssSelector("#herstelcodes li"))).hasSize(10);
        b.driver().findElement(By.id("verder")).click();
        assertThat(b.pagina()).contains("Welkom, Nina Nieuw", "ondersteuningscoördinator", "Tweestapsverificatie staat aan");

        b.inloggen("nina.nieuw@swv-test.nl", "zeven zeemeeuwen boven het IJ");
        assertThat(b.pagina()).contains("Code uit uw app").doesNotContain("Welkom");
        b.vulIn("code", nl.thuisnabij.account.Authenticatorapp.code(geheim, java.time.Instant.now()));
        b.klik("Inloggen");
        assertThat(b.pagina()).contains("Welkom, Nina Nieuw");
    }

    @Test
    void deSchooldirecteurZietDeMedewerkersVanDeEigenSchool() throws Exception {
        var b = browser();
        b.inloggen("schooldirecteur", WACHTWOORD);
        b.driver().findElement(By.linkText("Medewerkers")).click();
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#medewerkers")).contains("Ilse Begeleider (demo)").doesNotContain("Cora Coördinator");
        assertThat(b.driver().findElements(By.id("vestiging"))).as("de school ligt vast").isEmpty();
        b.driver().findElement(By.linkText("Ilse Begeleider (demo)")).click();
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("intern begeleider").doesNotContain("Tweestapsverificatie uitzetten");
    }

    @Test
    void hetSwvLegtEenOogoVastEnDeGemeenteMeldtEenAfspraakGereed() throws Exception {
        var b = browser();
        b.inloggen("coordinator", WACHTWOORD);
        b.driver().findElement(By.linkText("OOGO")).click();
        b.controleerToegankelijkheid();
        b.vulDatumIn("datum", java.time.LocalDate.now().toString());
        new org.openqa.selenium.support.ui.Select(b.vind("#onderwerp")).selectByValue("THUISZITTERS");
        b.driver().findElement(By.xpath("//label[normalize-space()='Amsterdam']/input")).click();
        b.vulIn("deelnemers", "Cora Coördinator, leerplicht Amsterdam, wijkteam Oost");
        b.klik("Overleg vastleggen");
        b.controleerToegankelijkheid();
        b.vulIn("afspraak", "Elke thuiszitter binnen twee weken besproken aan de thuiszitterstafel");
        b.vulIn("eigenaar", "Leerplicht Amsterdam");
        b.klik("Afspraak vastleggen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#afspraken")).contains("thuiszitterstafel", "open");
        var url = b.driver().getCurrentUrl();
        var id = url.substring(url.lastIndexOf('/') + 1);

        b.inloggen("beleid", WACHTWOORD);
        b.driver().findElement(By.linkText("OOGO")).click();
        b.controleerToegankelijkheid();
        b.open("/gemeente/oogo/" + id);
        b.klik("Gereed melden");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#afspraken")).contains("gereed op");
        b.screenshot("oogo-gemeente");
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

    private void kies(Browser b, String id, String zichtbareTekst) {
        new org.openqa.selenium.support.ui.Select(b.vind("#" + id)).selectByVisibleText(zichtbareTekst);
    }

    private String nieuweAanvraag(Browser b, String soort, String voornaam, String bsn) throws Exception {
        b.inloggen("ib", WACHTWOORD);
        b.driver().findElement(By.linkText("Aanvragen bij het samenwerkingsverband")).click();
        b.controleerToegankelijkheid();
        kies(b, "soort", soort);
        b.vulIn("voornaam", voornaam);
        b.vulIn("achternaam", "Browser");
        b.vulDatumIn("geboortedatum", "2016-05-04");
        b.vulIn("postcode", "1016 AB");
        b.vulIn("ouderNaam", "Moeder " + voornaam);
        b.vulIn("ouderEmail", voornaam.toLowerCase() + "@ouders.example");
        if (bsn != null) {
            // a typo in the BSN: the form comes back with the message at the number, the typo visible, nothing else lost
            var tikfout = bsn.substring(0, 8) + (char) ('0' + (bsn.charAt(8) - '0' + 1) % 10);
            b.vulIn("persoonsnummer", tikfout);
            b.klik("Concept aanmaken");
            b.controleerToegankelijkheid();
            assertThat(b.tekst("#fout-persoonsnummer")).contains("elfproef");
            b.screenshot("formulier-geweigerd");
            assertThat(b.driver().switchTo().activeElement().getAttribute("id")).as("focus op de samenvatting").isEqualTo("foutsamenvatting");
            assertThat(b.vind("#persoonsnummer").getAttribute("value")).isEqualTo(tikfout);
            assertThat(b.vind("#voornaam").getAttribute("value")).isEqualTo(voornaam);
            assertThat(b.vind("#geboortedatum").getAttribute("value")).isEqualTo("2016-05-04");
            assertThat(b.vind("#ouderEmail").getAttribute("value")).isEqualTo(voornaam.toLowerCase() + "@ouders.example");
            assertThat(new org.openqa.selenium.support.ui.Select(b.vind("#soort")).getFirstSelectedOption().getText()).isEqualTo(soort);
            b.vulIn("persoonsnummer", bsn);
        }
        b.klik("Concept aanmaken");
        b.controleerToegankelijkheid();
        b.vulIn("vraag", "Welke plek past bij " + voornaam + "?");
        b.vulIn("behoeften", "Kleine groep, voorspelbare structuur.");
        b.vulIn("geprobeerd", "Gedragsplan en ambulante begeleiding.");
        return b.driver().getCurrentUrl();
    }

    private void alsSchoolIndienen(Browser b) {
        b.klik("Opslaan");
        b.vulIn("oudergesprek-tekst", "De ouders steunen de aanvraag.");
        b.vind("input[name=akkoord]").click();
        b.klik("Gesprek vastleggen");
        b.klik("Opslaan en indienen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#status")).contains("ingediend");
    }

    private void alsCoordinatorOpenen(Browser b, String schoolUrl) {
        b.inloggen("coordinator", WACHTWOORD);
        b.open(schoolUrl.replaceAll(".*(/swv/PO2707)/vestigingen/\\d+(/aanvragen/\\d+).*", "$1$2"));
    }

    @Test
    void eenTlvVanSchoolaanvraagViaTweeAdviezenEnBesluitNaarDuoEnBezwaarMetGewijzigdeUitkomst() throws Exception {
        var b = browser();
        var schoolUrl = nieuweAanvraag(b, "toelaatbaarheidsverklaring SO", "Tijmen", "123456782");
        var pdf = Files.createTempFile("groeidocument", ".pdf");
        Files.write(pdf, nl.thuisnabij.Testbestanden.pdf("Groeidocument van Tijmen"));
        b.klik("Opslaan");
        b.vind("#bestand").sendKeys(pdf.toAbsolutePath().toString());
        b.klik("Toevoegen");
        assertThat(b.tekst("#bijlagen")).contains("groeidocument");
        alsSchoolIndienen(b);

        alsCoordinatorOpenen(b, schoolUrl);
        var swvUrl = b.driver().getCurrentUrl().replace("http://localhost:" + poort, "");
        b.klik("In behandeling nemen");
        kies(b, "eerste", "Dewi Deskundige (demo) (orthopedagoog)");
        kies(b, "tweede", "Dirk Deskundige (demo, psycholoog) (psycholoog)");
        b.klik("Deskundigenadvies vragen");
        b.controleerToegankelijkheid();
        b.open("/swv/PO2707/aanvragen?zoek=Tijmen");
        assertThat(b.tekst("#resultaat")).contains("Tijmen Browser", "deskundigenadvies");

        for (var deskundige : java.util.List.of(
                new String[] {"deskundige", "orthopedagoog", "Het gedrag vraagt om een kleine groep met veel structuur; SO cluster 4 sluit daarop aan."},
                new String[] {"deskundige2", "psycholoog", "Uit het onderzoek blijkt een angststoornis waarvoor intensieve begeleiding nodig is."})) {
            b.inloggen(deskundige[0], WACHTWOORD);
            b.open(swvUrl);
            assertThat(b.tekst("#mijn-beroep")).as("het beroep legde het samenwerkingsverband vast").contains(deskundige[1]);
            b.vind("input[name=positief][value=true]").click();
            b.vind("input[name=onafhankelijk]").click();
            b.klik("Advies geven");
            // sent without the written motivation: the choices stay, the message is at the motivation
            b.controleerToegankelijkheid();
            assertThat(b.tekst("#fout-motivering")).contains("schriftelijk gemotiveerd");
            assertThat(b.vind("input[name=positief][value=true]").isSelected()).isTrue();
            assertThat(b.vind("input[name=onafhankelijk]").isSelected()).isTrue();
            b.vulIn("motivering-advies", deskundige[2]);
            b.klik("Advies geven");
            b.controleerToegankelijkheid();
        }
        assertThat(b.tekst("#adviezen")).contains("orthopedagoog: positief", "psycholoog: positief");

        b.inloggen("coordinator", WACHTWOORD);
        b.open("/swv/PO2707/commissie");
        b.vulDatumIn("datum", java.time.LocalDate.now().plusDays(2).toString());
        b.vulDatumIn("aanvang", "14:00");
        b.vulIn("plaats", "Zaal De Linde, Amsterdam");
        b.klik("Vergadering plannen");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("om 14.00 uur, Zaal De Linde, Amsterdam");
        b.open(swvUrl);
        b.klik("Agenderen");
        b.vind("input[name=uitkomst][value=TOEGEKEND]").click();
        b.vulDatumIn("besluit-startdatum", java.time.LocalDate.now().plusMonths(1).toString());
        b.vulDatumIn("besluit-einddatum", java.time.LocalDate.now().plusMonths(4).toString());
        kies(b, "besluit-categorie", "laag (categorie 1)");
        b.klik("Besluitbrief bekijken");
        // without a motivation: refused at the motivation, every choice and date kept
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#fout-motivering")).contains("gemotiveerd");
        assertThat(b.vind("#besluit-startdatum").getAttribute("value")).isEqualTo(java.time.LocalDate.now().plusMonths(1).toString());
        assertThat(b.vind("input[name=uitkomst][value=TOEGEKEND]").isSelected()).isTrue();
        b.vulIn("besluit-motivering", "Beide deskundigen adviseren SO cluster 4.");
        b.klik("Besluitbrief bekijken");
        // a TLV shorter than the SWV's minimum: refused at the end date, the motivation and every choice kept
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#fout-einddatum")).contains("ten minste");
        assertThat(b.vind("#besluit-motivering").getAttribute("value")).isEqualTo("Beide deskundigen adviseren SO cluster 4.");
        assertThat(b.vind("input[name=uitkomst][value=TOEGEKEND]").isSelected()).isTrue();
        assertThat(new org.openqa.selenium.support.ui.Select(b.vind("#besluit-categorie")).getFirstSelectedOption().getText())
                .isEqualTo("laag (categorie 1)");
        b.vulDatumIn("besluit-einddatum", java.time.LocalDate.now().plusMonths(1).plusYears(2).toString());
        b.klik("Besluitbrief bekijken");
        // the letter as it will go out, before anything is decided
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#nog-niet-vastgelegd")).contains("niet");
        assertThat(b.tekst("#brief")).contains("Motivering", "Bezwaar", "binnen zes weken");
        b.klik("Besluit definitief vastleggen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#besluiten")).contains("toegekend", "categorie laag");
        var brief = b.download(b.driver().findElement(By.partialLinkText("besluitbrief 1")).getAttribute("href"));
        assertThat(new String(brief, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        b.open("/swv/PO2707/tlv-register");
        assertThat(b.tekst("#te-registreren")).contains("Tijmen Browser", "BSN *****6782");
        int exportsVoor = b.driver().findElements(By.cssSelector("#exports a")).size();
        b.klikVoorBestand("Exporteer voor DUO (CSV)");
        b.openTot("/swv/PO2707/tlv-register", d -> d.findElements(By.cssSelector("#exports a")).size() > exportsVoor);
        var export = b.download(b.driver().findElement(By.cssSelector("#exports a")).getAttribute("href"));
        assertThat(new String(export, java.nio.charset.StandardCharsets.UTF_8)).contains("PO2707;BSN;123456782;").contains(";SO;1;");
        b.open(swvUrl);
        assertThat(b.tekst("#status")).contains("geregistreerd bij DUO");

        kies(b, "indiener", "ouders");
        b.vulIn("gronden", "De ouders vinden categorie laag te laag voor de zorg die nodig is.");
        var bezwaarschrift = java.nio.file.Files.createTempDirectory("bezwaar").resolve("bezwaarschrift-ouders.pdf");
        java.nio.file.Files.write(bezwaarschrift, nl.thuisnabij.Testbestanden.pdf("Bezwaarschrift van de ouders"));
        b.vind("#stukken").sendKeys(bezwaarschrift.toString());
        b.klik("Ontvangen bezwaar registreren");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#bezwaren")).contains("Meegestuurd: bezwaarschrift-ouders.pdf");
        b.klik("Advies LBT vragen");
        b.vulIn("lbt-advies", "Categorie hoog is passend.");
        b.klik("Advies LBT vastleggen");
        b.vind("input[name=gegrond][value=true]").click();
        b.vulIn("toelichting-bezwaar", "Gegrond, conform het advies van de LBT.");
        b.vind("input[name=uitkomst][value=TOEGEKEND_MET_AANPASSING]").click();
        b.vulIn("nieuw-motivering", "Categorie hoog na bezwaar.");
        b.vulDatumIn("nieuw-startdatum", java.time.LocalDate.now().plusMonths(1).toString());
        b.vulDatumIn("nieuw-einddatum", java.time.LocalDate.now().plusMonths(1).plusYears(2).toString());
        kies(b, "nieuw-categorie", "hoog (categorie 3)");
        b.klik("Beslissing bekijken");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#brief")).contains("Categorie hoog na bezwaar.", "vervangt het eerdere besluit");
        b.klik("Besluit definitief vastleggen");
        b.controleerToegankelijkheid();
        b.screenshot("tlv-na-bezwaar", "#besluiten");
        assertThat(b.tekst("#besluiten")).contains("categorie laag", "vervangen", "toegekend met aanpassing", "categorie hoog", "beslissing op bezwaar");
        assertThat(b.tekst("#bezwaren")).contains("gegrond", "advies LBT");
        b.open("/swv/PO2707/tlv-register");
        assertThat(b.tekst("#te-registreren")).as("the changed decision goes to DUO again").contains("Tijmen Browser");
        Files.delete(pdf);
    }

    @Test
    void eenVerlopenSessieKostDeSchoolGeenGetypteTekst() throws Exception {
        var b = browser();
        var schoolUrl = nieuweAanvraag(b, "arrangement", "Sessie", null);
        var hulpvraag = "Een lange hulpvraag die de intern begeleider een half uur kostte. ".repeat(5).strip();
        b.vulIn("vraag", hulpvraag);
        // the session ends meanwhile (time-out or a restarted server): the browser still sends its old cookie
        b.driver().manage().deleteCookieNamed("SESSION");
        var verlopen = java.util.Base64.getEncoder().encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("SESSION", verlopen, "/"));
        b.klik("Opslaan");
        // the page first finishes a save it made by itself, then sends the form
        b.wachtOpTekst("#sessie-verlopen", "niet verloren");
        b.controleerToegankelijkheid();

        b.vulIn("gebruikersnaam", "ib");
        b.vulIn("wachtwoord", WACHTWOORD);
        b.klik("Inloggen");
        b.controleerToegankelijkheid();
        assertThat(b.driver().getCurrentUrl()).as("terug op de aanvraag").isEqualTo(schoolUrl);
        assertThat(b.vind("#vraag").getAttribute("value")).as("de getypte tekst staat er weer").isEqualTo(hulpvraag);
        assertThat(b.tekst(".concept-hersteld")).contains("nog niet opgeslagen");

        b.klik("Opslaan");
        assertThat(b.tekst(".melding.succes")).contains("opgeslagen");
        b.open(schoolUrl.replace("http://localhost:" + poort, ""));
        assertThat(b.vind("#vraag").getAttribute("value")).as("opgeslagen bij de server").isEqualTo(hulpvraag);
        assertThat(b.driver().findElements(By.cssSelector(".concept-hersteld"))).as("niets meer terug te zetten").isEmpty();
    }

    @Test
    void eenArrangementVanSchoolaanvraagTotBesluitStaatInHetBudget() throws Exception {
        var b = browser();
        var schoolUrl = nieuweAanvraag(b, "arrangement", "Fenna", null);
        kies(b, "arrangementsoort", "Ambulante begeleiding gedrag (€ 75,00 per uur)");
        alsSchoolIndienen(b);
        // the demo budget has this calendar year and the next: the arrangement starts in one of them
        var budget = "/swv/PO2707/budget?jaar=" + java.time.LocalDate.now().plusDays(7).getYear();
        b.inloggen("financien", WACHTWOORD);
        b.open(budget);
        b.controleerToegankelijkheid();
        var verplichtVoor = b.tekst("#verplicht");

        alsCoordinatorOpenen(b, schoolUrl);
        b.klik("In behandeling nemen");
        b.vind("input[name=uitkomst][value=TOEGEKEND]").click();
        b.vulIn("besluit-motivering", "De begeleiding gaat de basisondersteuning te boven.");
        b.vulDatumIn("besluit-startdatum", java.time.LocalDate.now().plusDays(7).toString());
        b.vulDatumIn("besluit-einddatum", java.time.LocalDate.now().plusMonths(6).toString());
        b.vulIn("besluit-uren", "10");
        b.klik("Besluitbrief bekijken");
        // the letter as it will go out, before anything is decided
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#nog-niet-vastgelegd")).contains("niet");
        assertThat(b.tekst("#brief")).contains("Motivering", "Bezwaar", "binnen zes weken");
        b.klik("Besluit definitief vastleggen");
        b.controleerToegankelijkheid();

        assertThat(b.tekst("#besluiten")).contains("toegekend", "€ 750,00");

        b.inloggen("financien", WACHTWOORD);
        b.openTot(budget, d -> !d.findElement(org.openqa.selenium.By.id("verplicht")).getText().equals(verplichtVoor));
        assertThat(b.tekst("#scholen")).contains("Arrangementen");

        b.inloggen("ib", WACHTWOORD);
        b.open(schoolUrl.replace("http://localhost:" + poort, ""));
        b.klik("Verlenging aanvragen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#status")).contains("concept", "Verlenging van");
        b.open(schoolUrl.replaceAll(".*(/swv/PO2707/vestigingen/\\d+)/.*", "$1/leerlingen"));
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#leerlingen")).contains("Fenna Browser");
        assertThat(b.pagina()).contains("Ouders uitnodigen voor Thuisnabij");
        b.inloggen("ouder", WACHTWOORD);
        b.open("/ouder/aanvragen");
        assertThat(b.pagina()).contains("Noah Kuipers");
    }
}
