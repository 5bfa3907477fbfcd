package nl.thuisnabij.thuiszitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class ThuiszitterToegangTest {

    static final SwvCode AMSTERDAM = new SwvCode("PO2707");

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension mail = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    Thuiszitters thuiszitters;
    @Autowired
    Thuiszittercijfers cijfers;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;

    /** A pupil of the demo school, living at this postcode, reported by its intern begeleider. */
    private long gemeld(String voornaam, String postcode, LocalDate sinds) {
        var ib = gebruikers.loadUserByUsername("ib");
        long leerling = leerlingen.registreer(AMSTERDAM, new NieuweLeerling(voornaam, "Thuis", LocalDate.now().minusYears(10),
                Postcode.volledig(postcode), null));
        leerlingen.schrijfIn(AMSTERDAM, leerling, ib.vestigingId(), LocalDate.now().minusYears(1));
        return thuiszitters.meld(AMSTERDAM, leerling, Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, Verzuimreden.PSYCHISCH, sinds, ib);
    }

    private Gebruiker leerplichtVan(String gemeente, String naam) {
        if (!gebruikers.bestaat(naam)) {
            gebruikers.maakAan(naam, "Leerplicht " + gemeente, null, "Een-lang-wachtwoord-1", List.of(Rol.LEERPLICHTAMBTENAAR), null, null,
                    register.gemeenteId(gemeente).orElseThrow());
        }
        return gebruikers.loadUserByUsername(naam);
    }

    private String pagina(String pad, Gebruiker wie) throws Exception {
        return mvc.perform(get(pad).with(user(wie))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String pad, Gebruiker wie) throws Exception {
        return mvc.perform(get(pad).with(user(wie))).andReturn().getResponse().getStatus();
    }

    @Test
    void deLeerplichtambtenaarVanDeWoongemeenteZietDeMeldingEenAndereGemeenteNiets() throws Exception {
        long id = gemeld("Woont-In-Amsterdam", "1017AB", LocalDate.now().minusWeeks(1));
        var amsterdam = gebruikers.loadUserByUsername("leerplicht");
        var diemen = leerplichtVan("Diemen", "leerplicht.diemen");

        assertThat(pagina("/gemeente/thuiszitters", amsterdam)).contains("Woont-In-Amsterdam");
        assertThat(status("/gemeente/thuiszitters/" + id, amsterdam)).isEqualTo(200);
        assertThat(pagina("/gemeente/thuiszitters", diemen)).doesNotContain("Woont-In-Amsterdam");
        assertThat(status("/gemeente/thuiszitters/" + id, diemen)).as("beantwoord als afwezig").isEqualTo(404);
        assertThatThrownBy(() -> thuiszitters.legPlanVast(id, 0, "Iets", "Iemand", null, diemen)).isInstanceOf(NietGevondenException.class);
        assertThat(jdbc.sql("select count(*) from auditregel where recordsoort = 'thuiszitter' and record_id = ? and actie = 'GEWEIGERD'")
                .param(String.valueOf(id)).query(Long.class).single()).as("de weigeringen staan in het auditlog").isGreaterThanOrEqualTo(2);
    }

    @Test
    void deBeleidsmedewerkerZietAlleenCijfersEnGeenKind() throws Exception {
        long id = gemeld("Alleen-Geteld", "1018AB", LocalDate.now().minusWeeks(2));
        var beleid = gebruikers.loadUserByUsername("beleid");

        var lijst = pagina("/gemeente/thuiszitters", beleid);

        assertThat(lijst).contains("id=\"cijfers\"").doesNotContain("Alleen-Geteld").doesNotContain("id=\"zaken\"");
        assertThat(status("/gemeente/thuiszitters/" + id, beleid)).isEqualTo(403);
        assertThat(cijfers.vanGemeente(beleid.gemeenteId()).getoond(3)).isEqualTo("minder dan 5");
    }

    @Test
    void eenSchoolZietAlleenDeMeldingenVanHaarEigenLeerlingen() throws Exception {
        long id = gemeld("Eigen-Leerling", "1019AB", LocalDate.now().minusDays(3));
        var ib = gebruikers.loadUserByUsername("ib");
        long andereSchool = jdbc.sql("select min(id) from vestiging where swv_code = 'PO2707' and id <> ?").param(ib.vestigingId())
                .query(Long.class).single();
        gebruikers.maakAan("ib.andere.school", "IB andere school", null, "Een-lang-wachtwoord-1", List.of(Rol.INTERN_BEGELEIDER), "PO2707",
                andereSchool, null);
        var andere = gebruikers.loadUserByUsername("ib.andere.school");

        assertThat(pagina("/swv/PO2707/vestigingen/%d/thuiszitters".formatted(ib.vestigingId()), ib)).contains("Eigen-Leerling");
        assertThat(pagina("/swv/PO2707/vestigingen/%d/thuiszitters".formatted(andereSchool), andere)).doesNotContain("Eigen-Leerling");
        assertThat(status("/swv/PO2707/vestigingen/%d/thuiszitters/%d".formatted(andereSchool, id), andere)).isEqualTo(404);
        assertThat(status("/swv/PO2707/vestigingen/%d/thuiszitters/%d".formatted(ib.vestigingId(), id), andere)).isEqualTo(403);
        assertThat(status("/swv/PO2707/thuiszitters/" + id, gebruikers.loadUserByUsername("swvbeheer.utrecht"))).isEqualTo(403);
    }

    @Test
    void eenSchoolMeldtAlleenEigenLeerlingenEnEenFoutFormulierKomtHeelTerug() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        long vreemd = leerlingen.registreer(AMSTERDAM, new NieuweLeerling("Vreemd", "Kind", LocalDate.now().minusYears(8),
                Postcode.volledig("1017AB"), null));

        var antwoord = mvc.perform(post("/swv/PO2707/vestigingen/%d/thuiszitters".formatted(ib.vestigingId())).with(user(ib)).with(csrf())
                .param("leerling", String.valueOf(vreemd)).param("soort", "DREIGEND").param("reden", "GEDRAG").param("sinds", "2026-10-01"))
                .andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(400);
        assertThat(antwoord.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"fout-leerling\"", "Kies een leerling uit de lijst").doesNotContain("Meldformulier[");
        assertThat(jdbc.sql("select count(*) from thuiszitter where leerling_id = ?").param(vreemd).query(Long.class).single()).isZero();
    }

    @Test
    void deDagelijkseTaakEscaleertNaDrieMaandenEenKeerEnHetSwvZietHet() throws Exception {
        long id = gemeld("Lang-Thuis", "1016AB", LocalDate.now().minusWeeks(3));

        assertThat(thuiszitters.escaleerVerlopen(LocalDate.now())).as("na drie weken nog niet").isZero();
        var drieMaandenLater = LocalDate.now().minusWeeks(3).plusMonths(3).plusDays(1);
        thuiszitters.escaleerVerlopen(drieMaandenLater);
        assertThat(thuiszitters.escaleerVerlopen(drieMaandenLater.plusDays(1))).as("een tweede keer niets").isZero();

        var coordinator = gebruikers.loadUserByUsername("coordinator");
        assertThat(thuiszitters.zaak(id, coordinator).zaak().geescaleerdOp()).isEqualTo(drieMaandenLater);
        assertThat(pagina("/swv/PO2707/thuiszitters/" + id, coordinator)).contains("Geëscaleerd naar de directeur en de gemeente");
        assertThat(jdbc.sql("select count(*) from auditregel where recordsoort = 'thuiszitter' and record_id = ? and omschrijving like '%geëscaleerd%'")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        var kenmerk = "PO2707-T" + id + ".";
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(mail.getReceivedMessages())
                .filteredOn(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(kenmerk))
                .flatExtracting(m -> java.util.Arrays.stream(m.getAllRecipients()).map(Object::toString).toList())
                .as("de directeur en de leerplichtambtenaar van de woongemeente")
                .containsOnly("directeur@demo.thuisnabij.nl", "leerplicht@demo.thuisnabij.nl"));
        assertThat(mail.getReceivedMessages()).filteredOn(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(kenmerk))
                .as("één bericht, dat GreenMail per ontvanger bewaart").hasSize(2);
        assertThat(mail.getReceivedMessages()).filteredOn(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains(kenmerk))
                .allSatisfy(m -> assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).as("geen naam van het kind").doesNotContain("Lang-Thuis"));
    }

    @Test
    void jeugdhulpZietAlleenMetToestemmingVanDeOudersEnNietMeerNaIntrekken() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");
        var jeugdhulp = gebruikers.loadUserByUsername("jeugdhulp");
        long id = gemeld("Met-Toestemming", "1017AB", LocalDate.now().minusWeeks(2));
        long leerling = thuiszitters.zaak(id, gebruikers.loadUserByUsername("coordinator")).zaak().leerlingId();

        assertThat(pagina("/gemeente/thuiszitters", jeugdhulp)).doesNotContain("Met-Toestemming");
        assertThat(status("/gemeente/thuiszitters/" + id, jeugdhulp)).as("zonder toestemming").isEqualTo(404);
        assertThat(mvc.perform(post("/ouder/thuiszitters/%d/toestemming".formatted(id)).with(user(ouder)).with(csrf())
                .param("versie", "0").param("tot", LocalDate.now().plusMonths(3).toString())).andReturn().getResponse().getStatus())
                .as("een ouder van een ander kind").isEqualTo(404);

        leerlingen.koppelOuderaccount(AMSTERDAM, leerling, ouder.id());
        int versie = thuiszitters.zaak(id, ouder).zaak().versie();
        mvc.perform(post("/ouder/thuiszitters/%d/toestemming".formatted(id)).with(user(ouder)).with(csrf())
                .param("versie", String.valueOf(versie)).param("tot", LocalDate.now().plusMonths(3).toString()));

        assertThat(pagina("/gemeente/thuiszitters", jeugdhulp)).contains("Met-Toestemming");
        assertThat(status("/gemeente/thuiszitters/" + id, jeugdhulp)).isEqualTo(200);
        assertThat(pagina("/gemeente/thuiszitters/" + id, jeugdhulp)).contains("het wijkteam (jeugdhulp), met toestemming van de ouders",
                "de leerplichtambtenaar van de woongemeente", "de school: ");
        assertThat(status("/gemeente/thuiszitters/" + id, leerplichtVan("Diemen", "leerplicht.diemen"))).isEqualTo(404);

        thuiszitters.trekToestemmingIn(id, thuiszitters.zaak(id, ouder).zaak().versie(), ouder);

        assertThat(status("/gemeente/thuiszitters/" + id, jeugdhulp)).as("na intrekken").isEqualTo(404);
        assertThat(pagina("/gemeente/thuiszitters", jeugdhulp)).doesNotContain("Met-Toestemming");
        assertThatThrownBy(() -> thuiszitters.geefToestemming(id, thuiszitters.zaak(id, ouder).zaak().versie(), LocalDate.now().plusDays(1),
                gebruikers.loadUserByUsername("coordinator"))).as("alleen ouders geven toestemming")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void deSchoolLegtVastWanneerHetVerzuimBijLeerplichtIsGemeldEnHetSwvZietOfDatTijdigWas() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        long tijdig = gemeld("Tijdig-Gemeld", "1017AB", LocalDate.now().minusWeeks(8));
        long laat = gemeld("Laat-Gemeld", "1017AB", LocalDate.now().minusWeeks(8));

        thuiszitters.legVerzuimmeldingVast(tijdig, thuiszitters.zaak(tijdig, ib).zaak().versie(), LocalDate.now().minusWeeks(5), ib);
        thuiszitters.legVerzuimmeldingVast(laat, thuiszitters.zaak(laat, ib).zaak().versie(), LocalDate.now().minusWeeks(2), ib);

        var coordinator = gebruikers.loadUserByUsername("coordinator");
        assertThat(pagina("/swv/PO2707/thuiszitters/" + tijdig, coordinator)).contains("(tijdig: binnen 4 weken)");
        assertThat(pagina("/swv/PO2707/thuiszitters/" + laat, coordinator)).contains("(te laat: later dan 4 weken na het begin)");
        assertThatThrownBy(() -> thuiszitters.legVerzuimmeldingVast(laat, thuiszitters.zaak(laat, ib).zaak().versie(), LocalDate.now().plusDays(1), ib))
                .hasMessageContaining("tussen het begin van het verzuim en vandaag");
    }

    @Test
    void deRapportageIsTeDownloadenAlsCsvSpreadsheetEnPdfMetAantallenOnderDeVijfOnleesbaar() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var jaar = nl.thuisnabij.ondersteuning.Schooljaar.van(LocalDate.now());

        var scherm = pagina("/swv/PO2707/thuiszitters/rapportage", coordinator);
        var csv = mvc.perform(get("/swv/PO2707/thuiszitters/rapportage.csv").with(user(coordinator))).andReturn().getResponse();
        var xlsx = mvc.perform(get("/swv/PO2707/thuiszitters/rapportage.xlsx").with(user(coordinator))).andReturn().getResponse();
        var pdf = mvc.perform(get("/swv/PO2707/thuiszitters/rapportage.pdf").with(user(coordinator))).andReturn().getResponse();

        assertThat(scherm).contains("Thuiszitters", jaar.toString(), "id=\"tabel-1\"").doesNotContain("minder dan 5");
        assertThat(csv.getHeader("Content-Disposition")).contains("thuiszitters-PO2707-" + jaar + ".csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Per kwartaal", "minder dan 5");
        try (var werkboek = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var bladen = werkboek.getSheets().toList();
            assertThat(bladen).hasSize(6);
            var cellen = bladen.getFirst().read().stream().flatMap(r -> r.stream()).filter(java.util.Objects::nonNull).map(c -> c.getRawValue()).toList();
            assertThat(cellen).contains("Kwartaal", "Nieuwe thuiszitters");
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Trend per schooljaar", "minder dan 5");
        }
        assertThat(status("/swv/PO2707/thuiszitters/rapportage.exe", coordinator)).isEqualTo(404);
        assertThat(status("/swv/PO2707/thuiszitters/rapportage?schooljaar=2026-2030", coordinator)).isEqualTo(400);
        assertThat(status("/gemeente/thuiszitters/rapportage.xlsx", gebruikers.loadUserByUsername("jeugdhulp"))).isEqualTo(403);
        assertThat(pagina("/gemeente/thuiszitters/rapportage", gebruikers.loadUserByUsername("beleid"))).contains("minder dan 5");
    }

    @Test
    void deGemeenteZietDeMeldingenEnCijfersVanBeideSamenwerkingsverbandenInHaarGebied() throws Exception {
        var vo = new SwvCode("VO2708");
        if (!gebruikers.bestaat("coordinator.vo")) {
            gebruikers.maakAan("coordinator.vo", "Coördinator VO", null, "Een-lang-wachtwoord-1", List.of(Rol.ONDERSTEUNINGSCOORDINATOR), vo.waarde(),
                    null, null);
        }
        var coordinatorVo = gebruikers.loadUserByUsername("coordinator.vo");
        long leerling = leerlingen.registreer(vo, new NieuweLeerling("Voortgezet", "Thuis", LocalDate.now().minusYears(14), Postcode.volledig("1017AB"),
                null));
        thuiszitters.meld(vo, leerling, Verzuimsoort.ABSOLUUT_VERZUIM, Verzuimreden.GEEN_PLEK, LocalDate.now().minusWeeks(3), coordinatorVo);
        gemeld("Primair-Thuis", "1017AB", LocalDate.now().minusWeeks(3));
        var leerplicht = gebruikers.loadUserByUsername("leerplicht");

        assertThat(pagina("/gemeente/thuiszitters", leerplicht)).contains("Voortgezet Thuis", "Primair-Thuis");
        assertThat(pagina("/swv/PO2707/thuiszitters", gebruikers.loadUserByUsername("coordinator"))).as("het PO-verband ziet het VO niet")
                .doesNotContain("Voortgezet Thuis");
        var rapport = cijfers.rapportVanGemeente(leerplicht.gemeenteId(), nl.thuisnabij.ondersteuning.Schooljaar.van(LocalDate.now()));
        assertThat(rapport.tabellen()).filteredOn(t -> t.titel().endsWith("naar sector")).singleElement()
                .satisfies(t -> assertThat(t.rijen()).extracting(r -> r.get(0)).containsExactly("primair onderwijs", "voortgezet onderwijs"));
    }

    @Test
    void deLeerplichtambtenaarMeldtEenKindZonderSchoolUitDeEigenGemeenteBijHetSwvVanDiensPostcode() throws Exception {
        var leerplicht = gebruikers.loadUserByUsername("leerplicht");
        var geboren = LocalDate.now().minusYears(8).toString();

        var gemeld = mvc.perform(post("/gemeente/thuiszitters").with(user(leerplicht)).with(csrf()).param("voornaam", "Zonder").param("achternaam", "School")
                .param("geboortedatum", geboren).param("postcode", "1017 AB").param("reden", "GEEN_PLEK")
                .param("sinds", LocalDate.now().minusWeeks(2).toString())).andReturn().getResponse();
        var elders = mvc.perform(post("/gemeente/thuiszitters").with(user(leerplicht)).with(csrf()).param("voornaam", "Woont").param("achternaam", "Elders")
                .param("geboortedatum", geboren).param("postcode", "1111 AB").param("reden", "GEEN_PLEK")
                .param("sinds", LocalDate.now().minusWeeks(2).toString())).andReturn().getResponse();

        assertThat(gemeld.getRedirectedUrl()).startsWith("/gemeente/thuiszitters/");
        assertThat(pagina("/swv/PO2707/thuiszitters", gebruikers.loadUserByUsername("coordinator"))).as("bij het PO-verband van de postcode")
                .contains("Zonder School");
        assertThat(elders.getStatus()).isEqualTo(400);
        assertThat(elders.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"fout-postcode\"", "niet in uw gemeente", "value=\"Elders\"");
        assertThatThrownBy(() -> thuiszitters.meld(AMSTERDAM, jdbc.sql("select min(id) from leerling where swv_code = 'PO2707'").query(Long.class).single(),
                Verzuimsoort.DREIGEND, Verzuimreden.GEDRAG, LocalDate.now(), leerplicht)).as("leerplicht meldt geen leerling van een school")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
