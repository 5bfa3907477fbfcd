package nl.thuisnabij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The OPP in a real browser, every page checked with axe-core: the school drafts it and records
 * the OOGO, the parent consents on a phone, the PDF downloads, and a school year later the
 * evaluation is overdue in the school's and the SWV's lists. On an application of its own, whose
 * clock the test can move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.port=" + OppBrowserTest.MAILPOORT)
@ActiveProfiles("test")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium")
class OppBrowserTest {

    static final int MAILPOORT = 3027;
    static final String WACHTWOORD = "Thuisnabij-demo-2026";
    static final SwvCode AMSTERDAM = new SwvCode("PO2707");
    static Browser browser;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.port(MAILPOORT)).withPerMethodLifecycle(false);

    @LocalServerPort
    int poort;
    @Autowired
    VerzetbareKlok klok;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Aanvraaginstellingen instellingen;
    @Autowired
    Opps opps;

    /** The application's clock, which this test moves forward and back. */
    static final class VerzetbareKlok extends Clock {
        private final AtomicReference<Duration> verzet = new AtomicReference<>(Duration.ZERO);

        void verzet(Duration duur) {
            verzet.set(duur);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), verzet.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(verzet.get());
        }
    }

    @TestConfiguration
    static class Klok {
        @Bean
        @Primary
        VerzetbareKlok verzetbareKlok() {
            return new VerzetbareKlok();
        }
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void deSchoolSteltHetOppOpDeOuderStemtInOpDeTelefoonEnEenSchooljaarLaterIsDeEvaluatieTeLaat() throws Exception {
        browser = new Browser(poort);
        var b = browser;
        var ib = gebruikers.loadUserByUsername("ib");
        long leerling = leerlingen.registreer(AMSTERDAM, new NieuweLeerling("Lisa", "Plan", LocalDate.now().minusYears(9), Postcode.volledig("1016AB"), null));
        leerlingen.schrijfIn(AMSTERDAM, leerling, ib.vestigingId(), LocalDate.now().minusWeeks(2));
        leerlingen.koppelOuderaccount(AMSTERDAM, leerling, gebruikers.loadUserByUsername("ouder").id());

        b.inloggen("ib", WACHTWOORD);
        b.driver().findElement(By.linkText("OPP's")).click();
        b.controleerToegankelijkheid();
        new org.openqa.selenium.support.ui.Select(b.vind("#leerling")).selectByVisibleText("Lisa Plan");
        b.vulDatumIn("ingeschrevenOp", LocalDate.now().minusWeeks(2).toString());
        b.klik("OPP beginnen");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Het OPP is begonnen", "OPP van Lisa Plan", "Versie 1: concept");
        var schoolUrl = b.driver().getCurrentUrl();
        long opp = Long.parseLong(schoolUrl.substring(schoolUrl.lastIndexOf('/') + 1));

        new org.openqa.selenium.support.ui.Select(b.vind("#uitstroombestemming")).selectByVisibleText("vmbo");
        b.vulIn("onderbouwing", "De toetsen en het onderzoek van de orthopedagoog wijzen op vmbo kader.");
        b.vulIn("belemmerendeFactoren", "Lezen gaat langzaam; raakt afgeleid in een drukke klas.");
        b.vulIn("bevorderendeFactoren", "Werkt graag met de handen; betrokken ouders.");
        b.vulIn("visieLeerling", "Ik wil beter leren lezen.");
        b.klik("Opslaan");
        b.controleerToegankelijkheid();
        new org.openqa.selenium.support.ui.Select(b.vind("#domein")).selectByValue("LEREN");
        b.vulIn("beschrijving", "Technisch lezen op het niveau van eind groep 5");
        b.vulIn("niveau", "AVI M5");
        b.vulDatumIn("streefdatum", LocalDate.now().plusMonths(6).toString());
        b.klik("Doel toevoegen");
        b.controleerToegankelijkheid();
        b.vulIn("wat", "Extra leesbegeleiding met een leesprogramma");
        b.vulIn("wie", "Intern begeleider");
        b.vulIn("hoeVaak", "twee keer per week 20 minuten");
        b.klik("Afspraak toevoegen");
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#doelen")).contains("Technisch lezen op het niveau van eind groep 5", "AVI M5");
        assertThat(b.tekst("#handelingen")).contains("Extra leesbegeleiding", "twee keer per week 20 minuten");
        b.screenshot("opp-school", "#versie-kop");

        b.vulIn("deelnemers", "Moeder, intern begeleider, leerkracht groep 5");
        b.vulIn("afspraken", "Twee keer per week leesbegeleiding; over tien weken bekijken we het samen.");
        b.vulIn("zienswijzeOuders", "Wij willen dat Lisa in haar eigen klas blijft en daar hulp krijgt.");
        b.klik("Overleg vastleggen");
        b.controleerToegankelijkheid();
        assertThat(b.pagina()).contains("Het overleg met de ouders is vastgelegd", "wacht op hun antwoord over het handelingsdeel");
        assertThat(b.driver().findElements(By.cssSelector("[data-stap=INHOUD]"))).as("besproken: niet meer te wijzigen").isEmpty();

        // the parent, on a phone
        b.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            b.inloggen("ouder", WACHTWOORD);
            b.open("/ouder/opp");
            assertThat(b.tekst("#opp-" + opp)).contains("Lisa Plan");
            b.vind("#instemmen-" + opp + " input[name=bevestigd]").click();
            b.klikEnWacht("#instemmen-" + opp + " button"); // the demo parent has another child's plan waiting too
            b.controleerToegankelijkheid();
            assertThat(b.pagina()).contains("U heeft ingestemd", "U stemde in op");
            b.screenshot("opp-ouder-telefoon");
            var pdf = b.download("http://localhost:" + poort + "/ouder/opp/" + opp + "/versies/1.pdf");
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Lisa Plan", "Wie doet wat", "Extra leesbegeleiding", "U stemde in op");
            }
        } finally {
            b.driver().manage().window().setSize(new Dimension(1280, 1000));
        }

        b.inloggen("ib", WACHTWOORD);
        b.open(schoolUrl.replace("http://localhost:" + poort, ""));
        assertThat(b.tekst("#versie-kop")).contains("Versie 1: vastgesteld");
        assertThat(b.tekst("#instemming")).contains("De ouders stemden in", "Olga Ouder");
        assertThat(b.download(schoolUrl + "/versies/1.pdf")).startsWith('%', 'P', 'D', 'F');

        // a request for the pupil: from then on the SWV reads the OPP it is based on
        long aanvraag = ingediend(ib, leerling);
        b.inloggen("coordinator", WACHTWOORD);
        b.open("/swv/PO2707/aanvragen/" + aanvraag);
        assertThat(b.tekst("#opp-samenvatting")).contains("Gebaseerd op versie 1", "Technisch lezen op het niveau van eind groep 5");
        b.driver().findElement(By.linkText("OPP's")).click();
        b.controleerToegankelijkheid();
        assertThat(b.tekst("#opps")).contains("Lisa Plan");

        klok.verzet(Duration.ofDays(366));
        try {
            assertThat(opps.signaleerTermijnen(LocalDate.now(klok))).as("de dagelijkse controle").isPositive();
            b.open("/swv/PO2707/opp");
            assertThat(rij(b, "Lisa Plan")).contains("dit schooljaar niet geëvalueerd met de ouders");
            b.inloggen("ib", WACHTWOORD);
            b.open("/swv/PO2707/vestigingen/" + ib.vestigingId() + "/opp");
            assertThat(rij(b, "Lisa Plan")).contains("dit schooljaar niet geëvalueerd met de ouders");
            b.screenshot("opp-werkvoorraad-school");
        } finally {
            klok.verzet(Duration.ZERO);
        }
    }

    private static String rij(Browser b, String naam) {
        return b.driver().findElement(By.xpath("//table[@id='opps']//tr[td/a[normalize-space()='%s']]".formatted(naam))).getText();
    }

    private long ingediend(nl.thuisnabij.account.Gebruiker ib, long leerling) {
        long arrangement = instellingen.arrangementsoorten(AMSTERDAM).getFirst().id();
        long id = aanvragen.maakConcept(AMSTERDAM, ib.vestigingId(), leerling, Aanvraagsoort.ARRANGEMENT, null);
        aanvragen.wijzigInhoud(AMSTERDAM, id, versie(id, ib), ib, "Welke hulp past bij Lisa?", "Lezen", "Leesprogramma", arrangement);
        aanvragen.legOudergesprekVast(AMSTERDAM, id, versie(id, ib), ib, "De ouders steunen de aanvraag.", true);
        aanvragen.dienIn(AMSTERDAM, id, versie(id, ib), ib);
        return id;
    }

    private int versie(long aanvraag, nl.thuisnabij.account.Gebruiker ib) {
        return aanvragen.detail(AMSTERDAM, aanvraag, ib).aanvraag().versie();
    }
}
