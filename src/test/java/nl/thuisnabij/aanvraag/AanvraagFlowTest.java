package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisnabij.Formuliercontrole;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.BeforeEach;
import nl.thuisnabij.shared.NietGevondenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A TLV and an arrangement from the school's request to the decision, with e-mail over SMTP (a
 * local GreenMail server), the decision letter, the DUO export, an objection with a changed
 * outcome, the budget event, and who may not look.
 */
@IntegratieTest
@RecordApplicationEvents
class AanvraagFlowTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Aanvraaginstellingen instellingen;
    @Autowired
    Commissie commissie;
    @Autowired
    DuoRegistratie duo;
    @Autowired
    Bijlagen bijlagen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Aanvraaglijsten lijsten;
    @Autowired
    Termijnbewaking termijnbewaking;
    @Autowired
    nl.thuisnabij.aanvraag.persistence.AanvraagRepository repository;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Aanmeldingen aanmeldingen;

    Gebruiker ib;
    Gebruiker coordinator;

    AanvraagBouwer bouwer;

    @BeforeEach
    void gebruikers() {
        ib = gebruikers.loadUserByUsername("ib");
        coordinator = gebruikers.loadUserByUsername("coordinator");
        bouwer = new AanvraagBouwer(SWV, ib, "Flowtest", aanvragen, leerlingen, jdbc);
    }

    private long leerling(String voornaam, String bsn) {
        return bouwer.leerling(voornaam, bsn);
    }

    private int versie(long id) {
        return bouwer.versie(id);
    }

    private long ingediend(Aanvraagsoort soort, String voornaam, String bsn, Long arrangement) {
        return bouwer.ingediend(soort, voornaam, bsn, arrangement);
    }

    private static String tekst(byte[] pdf) throws Exception {
        try (var lezer = new PdfReader(pdf)) {
            var tekst = new StringBuilder();
            for (int pagina = 1; pagina <= lezer.getNumberOfPages(); pagina++) {
                tekst.append(new PdfTextExtractor(lezer).getTextFromPage(pagina)).append('\n');
            }
            return tekst.toString().replaceAll("\\s+", " ");
        }
    }

    private static String ontvangers(Message bericht) throws Exception {
        return Arrays.toString(bericht.getAllRecipients());
    }

    @Test
    void eenTlvVanAanvraagTotBezwaarMetGewijzigdeUitkomst() throws Exception {
        long id = ingediend(Aanvraagsoort.TLV_SO, "Tessa", "111222333", null);
        await().untilAsserted(() -> assertThat(mail.getReceivedMessages()).anySatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("Nieuwe aanvraag in Thuisnabij");
            assertThat(ontvangers(m)).contains("coordinator@demo.thuisnabij.nl");
            assertThat(GreenMailUtil.getBody(m)).doesNotContain("Tessa");
        }));

        beoordeling.neemInBehandeling(SWV, id, versie(id), coordinator);
        var deskundige = gebruikers.loadUserByUsername("deskundige");
        var deskundige2 = gebruikers.loadUserByUsername("deskundige2");
        beoordeling.vraagAdvies(SWV, id, versie(id), coordinator, deskundige.id(), deskundige2.id());
        beoordeling.geefAdvies(SWV, id, versie(id), deskundige, true, "Past in SO cluster 4.", true);
        beoordeling.geefAdvies(SWV, id, versie(id), deskundige2, true, "Cognitief en gedragsmatig SO.", true);

        var commissielid = gebruikers.loadUserByUsername("commissie");
        assertThatThrownBy(() -> aanvragen.detail(SWV, id, commissielid)).isInstanceOf(NietGevondenException.class);
        long vergadering = commissie.planVergadering(SWV, LocalDate.now().plusDays(3), java.time.LocalTime.of(14, 0), "Vergaderzaal 2");
        beoordeling.agendeer(SWV, id, versie(id), coordinator, vergadering);
        assertThat(aanvragen.detail(SWV, id, commissielid).aanvraag().id()).isEqualTo(id);

        var start = LocalDate.now().plusMonths(1);
        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().tlvVolgnummer()).as("nog niet toegekend: geen volgnummer").isNull();
        int laatsteVolgnummer = jdbc.sql("select coalesce(max(laatste), 0) from tlv_volgnummer where swv_code = 'PO2707'").query(Integer.class).single();
        beoordeling.neemBesluit(SWV, id, versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND,
                "Beide deskundigen adviseren SO.", start, start.plusYears(2), Bekostigingscategorie.LAAG, null, null));
        int volgnummer = aanvragen.detail(SWV, id, coordinator).aanvraag().tlvVolgnummer();
        assertThat(volgnummer).as("het volgende volgnummer van het samenwerkingsverband").isEqualTo(laatsteVolgnummer + 1);
        assertThat(events.stream(TlvGewijzigd.class)).singleElement().satisfies(e -> {
            assertThat(e.aanvraagId()).isEqualTo(id);
            assertThat(e.categorie()).isEqualTo(Bekostigingscategorie.LAAG);
        });
        await().untilAsserted(() -> assertThat(mail.getReceivedMessages())
                .anySatisfy(m -> assertThat(ontvangers(m)).contains("tessa@ouders.example")));
        await().untilAsserted(() -> assertThat(aanvragen.detail(SWV, id, coordinator).berichten()).as("de verzending staat bij de aanvraag")
                .anySatisfy(b -> assertThat(b.status()).isEqualTo(Verzendstatus.VERZONDEN)));

        assertThat(tekst(aanvragen.besluitbrief(SWV, id, 1, ib))).contains("Tessa Flowtest", "toegekend", "bekostigingscategorie laag",
                "zes weken", "Bezwaar",
                    "Landelijke Bezwaaradviescommissie", "TLV-nummer: PO2707-TLV-" + volgnummer);
        assertThat(tekst(aanvragen.besluitbrief(SWV, id, 1, ib))).as("WPO art. 18a lid 14: de adviezen gaan mee met het besluit")
                .contains("Bijlage: de adviezen van de deskundigen", "Eerste deskundige", "Past in SO cluster 4.", "Tweede deskundige",
                        "Cognitief en gedragsmatig SO.");

        var csv = duo.exporteerNaarDuo(SWV, coordinator);
        assertThat(csv.lines()).first().asString().startsWith("SWV_CODE;PERSOONSNUMMER_SOORT;PERSOONSNUMMER");
        assertThat(csv).contains("PO2707;BSN;111222333;").contains(";SO;1;");
        assertThat(csv).contains(";PO2707-" + id + "-1;" + volgnummer + ";NIEUW\r\n");
        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().status()).isEqualTo(AanvraagStatus.GEREGISTREERD_BIJ_DUO);
        assertThat(duo.teRegistreren(SWV)).noneMatch(r -> r.aanvraag().id() == id);

        beoordeling.dienBezwaarIn(SWV, id, coordinator, Bezwaar.Indiener.OUDERS, "De zorg vraagt categorie hoog.");
        beoordeling.vraagLbtAdvies(SWV, id, versie(id), coordinator);
        beoordeling.registreerLbtAdvies(SWV, id, versie(id), coordinator, "Categorie hoog is passend.");
        beoordeling.beslisOpBezwaar(SWV, id, versie(id), coordinator, true, false, "Gegrond, conform advies LBT.", new BesluitInvoer(
                Besluituitkomst.TOEGEKEND_MET_AANPASSING, "Categorie hoog na bezwaar.", start, start.plusYears(2),
                        Bekostigingscategorie.HOOG, null, null));

        var na = aanvragen.detail(SWV, id, coordinator).aanvraag();
        assertThat(na.besluiten()).extracting(Besluit::categorie).containsExactly(Bekostigingscategorie.LAAG, Bekostigingscategorie.HOOG);
        assertThat(na.besluiten().get(1).aanleiding()).isEqualTo("beslissing op bezwaar");
        assertThat(na.status()).as("het nieuwe besluit moet opnieuw naar DUO").isEqualTo(AanvraagStatus.BESLOTEN);
        assertThat(events.stream(TlvGewijzigd.class)).extracting(TlvGewijzigd::besluitVolgnummer).containsExactly(1, 2);
        assertThat(tekst(aanvragen.besluitbrief(SWV, id, 2, ib))).contains("vervangt het eerdere besluit", "hoog");
        assertThat(na.tlvVolgnummer()).as("dezelfde TLV, gewijzigd op bezwaar: hetzelfde volgnummer").isEqualTo(volgnummer);
    }

    /** A TLV SO granted from tomorrow for two years, through both expert advices. */
    private long toegekendeTlv(String voornaam) {
        long id = ingediend(Aanvraagsoort.TLV_SO, voornaam, "111222333", null);
        beoordeling.neemInBehandeling(SWV, id, versie(id), coordinator);
        var deskundige = gebruikers.loadUserByUsername("deskundige");
        var deskundige2 = gebruikers.loadUserByUsername("deskundige2");
        beoordeling.vraagAdvies(SWV, id, versie(id), coordinator, deskundige.id(), deskundige2.id());
        beoordeling.geefAdvies(SWV, id, versie(id), deskundige, true, "SO cluster 4 past bij " + voornaam + ".", true);
        beoordeling.geefAdvies(SWV, id, versie(id), deskundige2, true, "Medisch gezien is een SO-plaats nodig.", true);
        var start = LocalDate.now().plusDays(1);
        beoordeling.neemBesluit(SWV, id, versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Beide adviezen positief.", start,
                start.plusYears(2), Bekostigingscategorie.MIDDEN, null, null));
        return id;
    }

    @Test
    void eenVervolgTlvKomtVanHetSwvDatDeEerdereAfgaf() throws Exception {
        long eerdere = toegekendeTlv("Vervolg");
        var school = "/swv/PO2707/vestigingen/%d/aanvragen/".formatted(ib.vestigingId());

        var antwoord = mvc.perform(post(school + eerdere + "/verlengen").with(user(ib)).with(csrf())).andReturn().getResponse();
        long vervolg = Long.parseLong(antwoord.getRedirectedUrl().replaceAll(".*/", ""));
        aanvragen.wijzigInhoud(SWV, vervolg, versie(vervolg), ib, "Verlenging van de TLV?", "Nog steeds intensieve zorg.", "Twee jaar SO.", null);
        aanvragen.legOudergesprekVast(SWV, vervolg, versie(vervolg), ib, "De ouders willen dat hun kind blijft.", true);
        aanvragen.dienIn(SWV, vervolg, versie(vervolg), ib);

        assertThat(aanvragen.detail(SWV, vervolg, coordinator).aanvraag().tlvBevoegdheid()).contains("vervolg op een eerdere toelaatbaarheidsverklaring");
    }

    @Test
    void eenVoortijdigBeeindigdeTlvDieDuoAlHadGaatMetDeVolgendeExportAlsBeeindigingNaarDuo() throws Exception {
        long id = toegekendeTlv("Einde");
        var start = LocalDate.now().plusDays(1);
        assertThat(duo.exporteerNaarDuo(SWV, coordinator)).contains(";PO2707-" + id + "-1;");
        assertThat(duo.teRegistreren(SWV)).noneMatch(r -> r.aanvraag().id() == id);

        var laatsteDag = start.plusMonths(3);
        beoordeling.beeindigToekenning(SWV, id, versie(id), coordinator, "De leerling gaat terug naar het regulier onderwijs.", laatsteDag);

        assertThat(events.stream(TlvGewijzigd.class).filter(e -> e.aanvraagId() == id).map(TlvGewijzigd::wijziging))
                .containsExactly(Toekenningswijziging.TOEGEKEND, Toekenningswijziging.VOORTIJDIG_BEEINDIGD);
        assertThat(duo.teRegistreren(SWV)).filteredOn(r -> r.aanvraag().id() == id).singleElement()
                .satisfies(r -> assertThat(r.mutatie()).isEqualTo(DuoRegistratie.Mutatie.BEEINDIGING));
        var csv = duo.exporteerNaarDuo(SWV, coordinator);
        assertThat(csv).contains(";PO2707-" + id + "-2;").contains(";BEEINDIGING\r\n")
                .contains(laatsteDag.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(duo.teRegistreren(SWV)).as("één keer doorgegeven").noneMatch(r -> r.aanvraag().id() == id);
        assertThat(tekst(aanvragen.besluitbrief(SWV, id, 2, ib))).contains("beëindigt de toelaatbaarheidsverklaring SO", "voortijdig");
    }

    @Test
    void wec40lid16_eenResidentieelGeplaatsteLeerlingHeeftGeenTlvNodigVoorDeDuurVanDePlaatsing() throws Exception {
        long leerling = bouwer.leerling("Residentie", null);
        var pad = "/swv/PO2707/vestigingen/%d/leerlingen/residentieel".formatted(ib.vestigingId());
        var tot = LocalDate.now().plusMonths(6);

        new Formuliercontrole(mvc).weigert(ib, pad, Formuliercontrole.velden("leerling", String.valueOf(leerling),
                "instelling", "Behandelcentrum De Berk", "tot", ""), "tot", Set.of("leerling"));
        var antwoord = mvc.perform(post(pad).with(user(ib)).with(csrf()).param("leerling", String.valueOf(leerling))
                .param("instelling", "Behandelcentrum De Berk").param("tot", tot.toString())).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(302);

        assertThatThrownBy(() -> aanvragen.maakConcept(SWV, ib.vestigingId(), leerling, Aanvraagsoort.TLV_SO, null))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("residentieel geplaatst (Behandelcentrum De Berk)")
                .hasMessageContaining("WEC art. 40 lid 16");
        assertThat(aanvragen.maakConcept(SWV, ib.vestigingId(), leerling, Aanvraagsoort.TLV_SBO, null)).as("SBO valt er niet onder").isPositive();

        mvc.perform(post(pad).with(user(ib)).with(csrf()).param("leerling", String.valueOf(leerling)).param("instelling", "").param("tot", ""));
        assertThat(aanvragen.maakConcept(SWV, ib.vestigingId(), leerling, Aanvraagsoort.TLV_SO, null)).as("na de plaatsing wel").isPositive();
    }

    /** A TLV request by the school where the pupil is registered but not enrolled (WPO 18a lid 6c), submitted. */
    private long ingediendVoorAangemelde(String voornaam, Postcode postcode, String woonland) {
        long aanmelding = aanmeldingen.registreer(SWV, ib.vestigingId(), new NieuweLeerling(voornaam, "Aangemeld", LocalDate.now().minusYears(6), postcode,
                woonland, null), LocalDate.now().minusWeeks(1), LocalDate.now().plusWeeks(10), false, Map.of());
        long leerling = aanmeldingen.overzicht(SWV, ib.vestigingId(), aanmelding, ib).leerling().id();
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), leerling, Aanvraagsoort.TLV_SO, null);
        aanvragen.wijzigInhoud(SWV, id, versie(id), ib, "Welke plek past?", "Intensieve zorg.", "Observatie tijdens de aanmelding.", null);
        aanvragen.legOudergesprekVast(SWV, id, versie(id), ib, "De ouders willen een SO-plek.", true);
        aanvragen.dienIn(SWV, id, versie(id), ib);
        return id;
    }

    @Test
    void wec40lid11b_eenAangemeldeLeerlingDieNergensIngeschrevenStondKrijgtDeTlvVanHetSwvVanZijnWoonadres() throws Exception {
        long id = ingediendVoorAangemelde("Eerste", Postcode.volledig("1016AB"), null);

        var aanvraag = aanvragen.detail(SWV, id, coordinator).aanvraag();
        assertThat(aanvraag.tlvBevoegdheid()).contains("niet op een school ingeschreven", "woont in postcode 1016 AB");
        var pagina = mvc.perform(get("/swv/PO2707/vestigingen/%d/aanvragen/%d".formatted(ib.vestigingId(), id)).with(user(ib))).andReturn().getResponse();
        assertThat(pagina.getStatus()).as("de school van aanmelding ziet haar aanvraag").isEqualTo(200);
        assertThatThrownBy(() -> ingediendVoorAangemelde("Utrecht", Postcode.volledig("3511AB"), null))
                .as("woont in het gebied van een ander SWV").hasMessageContaining("Dien de aanvraag bij PO2601 in");
    }

    @Test
    void watDeOudersBijDeAanmeldingOverDeOndersteuningZeidenStaatAlInDeNieuweAanvraag() {
        var domeinen = jdbc.sql("select id, naam from ondersteuningsdomein where swv_code = 'PO2707' and actief order by volgorde limit 2")
                .query((rs, rij) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        long aanmelding = aanmeldingen.registreer(SWV, ib.vestigingId(), new NieuweLeerling("Behoefte", "Aangemeld", LocalDate.now().minusYears(6),
                Postcode.volledig("1016AB"), null, null), LocalDate.now().minusWeeks(1), LocalDate.now().plusWeeks(10), true,
                Map.of(domeinen.get(0).getKey(), nl.thuisnabij.ondersteuning.Niveau.EXTRA, domeinen.get(1).getKey(), nl.thuisnabij.ondersteuning.Niveau.BASIS));
        long leerling = aanmeldingen.overzicht(SWV, ib.vestigingId(), aanmelding, ib).leerling().id();

        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), leerling, Aanvraagsoort.TLV_SO, null);

        assertThat(aanvragen.detail(SWV, id, ib).aanvraag().ondersteuningsbehoeften()).startsWith("Bij de aanmelding op ")
                .contains("gaven de ouders aan", "extra ondersteuning: " + domeinen.get(0).getValue(), "basisondersteuning: " + domeinen.get(1).getValue());
        long zonderBehoefte = aanmeldingen.registreer(SWV, ib.vestigingId(), new NieuweLeerling("Zonder", "Aangemeld", LocalDate.now().minusYears(6),
                Postcode.volledig("1016AB"), null, null), LocalDate.now().minusWeeks(1), LocalDate.now().plusWeeks(10), false, Map.of());
        long zonder = aanvragen.maakConcept(SWV, ib.vestigingId(), aanmeldingen.overzicht(SWV, ib.vestigingId(), zonderBehoefte, ib).leerling().id(),
                Aanvraagsoort.TLV_SO, null);
        assertThat(aanvragen.detail(SWV, zonder, ib).aanvraag().ondersteuningsbehoeften()).as("de ouders gaven niets op").isNull();
    }

    @Test
    void wec40lid11b_eenAangemeldeLeerlingUitHetBuitenlandKrijgtDeTlvVanHetSwvVanDeSchoolVanAanmelding() {
        long id = ingediendVoorAangemelde("Buitenland", null, "Duitsland");

        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().tlvBevoegdheid()).contains("woont in het buitenland", "woont in Duitsland");
    }

    @Test
    void eenPoSwvKrijgtGeenAanvraagVoorPraktijkonderwijsLwooOfVsoEnDeSchoolZietDieSoortenNiet() throws Exception {
        long leerling = bouwer.leerling("Sector", null);

        for (var soort : List.of(Aanvraagsoort.TLV_PRO, Aanvraagsoort.LWOO, Aanvraagsoort.TLV_VSO)) {
            assertThatThrownBy(() -> aanvragen.maakConcept(SWV, ib.vestigingId(), leerling, soort, null)).as(soort.name())
                    .hasMessageContaining("samenwerkingsverband PO beslist niet over");
        }
        var pagina = mvc.perform(get("/swv/PO2707/vestigingen/%d/aanvragen".formatted(ib.vestigingId())).with(user(ib))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("value=\"TLV_SO\"").doesNotContain("value=\"TLV_PRO\"", "value=\"LWOO\"");
    }

    @Test
    void eenSchoolVraagtGeenOndersteuningAanVoorEenLeerlingDieNietBijHaarIsIngeschrevenOfAangemeld() {
        long elders = leerlingen.registreer(SWV, new NieuweLeerling("Elders", "Onbekend", LocalDate.now().minusYears(8), Postcode.volledig("1016AB"), null));

        assertThatThrownBy(() -> aanvragen.maakConcept(SWV, ib.vestigingId(), elders, Aanvraagsoort.TLV_SO, null))
                .hasMessageContaining("eigen leerlingen en voor leerlingen die bij haar zijn aangemeld");
    }

    /** WEC art. 40 lid 11 onder a: the SWV of the school the pupil is enrolled at decides, wherever the pupil lives. */
    @Test
    void wec40lid11a_eenLeerlingDieBuitenHetGebiedWoontKrijgtDeTlvVanHetSwvVanZijnSchool() throws Exception {
        long id = bouwer.metWoonadres("3511AB").ingediend(Aanvraagsoort.TLV_SO, "Utrechtse", "123456782", null);

        var aanvraag = aanvragen.detail(SWV, id, coordinator).aanvraag();
        assertThat(aanvraag.status()).as("niet meer geweigerd op het woonadres").isEqualTo(AanvraagStatus.INGEDIEND);
        assertThat(aanvraag.tlvBevoegdheid()).contains("WEC art. 40 lid 11", "ingeschreven op");
        var pagina = mvc.perform(get("/swv/PO2707/aanvragen/" + id).with(user(coordinator))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(pagina).contains("id=\"bevoegdheid\"", "de verwijzer betaalt");
    }

    @Test
    void eenArrangementVanAanvraagTotBesluitMetHetBudgetEvent() {
        instellingen.voegArrangementsoortToe(SWV, "Flowtest begeleiding", new BigDecimal("75"));
        long soort = instellingen.arrangementsoorten(SWV).stream().filter(s -> s.naam().equals("Flowtest begeleiding")).findFirst().orElseThrow().id();
        long id = ingediend(Aanvraagsoort.ARRANGEMENT, "Bas", null, soort);
        beoordeling.neemInBehandeling(SWV, id, versie(id), coordinator);

        beoordeling.neemBesluit(SWV, id, versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Boven de basis nodig.",
                LocalDate.now().plusDays(7), LocalDate.now().plusMonths(6), null, new BigDecimal("40"), null));

        assertThat(events.stream(ArrangementGewijzigd.class)).singleElement().satisfies(e -> {
            assertThat(e.bedrag()).isEqualByComparingTo("3000.00");
            assertThat(e.vestigingId()).isEqualTo(ib.vestigingId());
            assertThat(e.swvCode()).isEqualTo("PO2707");
        });
    }

    @Test
    void tweeMensenDieTegelijkBeslissenKrijgenEenConflictEnNietsWordtOverschreven() {
        long id = ingediend(Aanvraagsoort.ARRANGEMENT, "Conflict", null, instellingen.arrangementsoorten(SWV).getFirst().id());
        beoordeling.neemInBehandeling(SWV, id, versie(id), coordinator);
        int gelezen = versie(id);
        var directeur = gebruikers.loadUserByUsername("directeur");
        beoordeling.neemBesluit(SWV, id, gelezen, coordinator, new BesluitInvoer(Besluituitkomst.AFGEWEZEN, "Basis volstaat.", null, null,
                null, null, null));

        assertThatThrownBy(() -> beoordeling.neemBesluit(SWV, id, gelezen, directeur, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Toch toekennen.",
                LocalDate.now(), LocalDate.now().plusMonths(3), null, null, BigDecimal.TEN)))
                .isInstanceOf(GelijktijdigeWijzigingException.class).hasMessageStartingWith("Iemand anders heeft deze aanvraag intussen gewijzigd");
        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().besluiten()).singleElement()
                .extracting(Besluit::uitkomst).isEqualTo(Besluituitkomst.AFGEWEZEN);
    }

    @Test
    void eenVerstrekenBeslistermijnWordtEenmaalPerMailGemeld() {
        long id = ingediend(Aanvraagsoort.ARRANGEMENT, "Termijn", null, instellingen.arrangementsoorten(SWV).getFirst().id());
        jdbc.sql("update aanvraag set ingediend_op = ? where id = ?").params(LocalDate.now().minusWeeks(7), id).update();
        long vers = ingediend(Aanvraagsoort.ARRANGEMENT, "Vers", null, instellingen.arrangementsoorten(SWV).getFirst().id());
        mail.reset();
        assertThat(repository.findMogelijkVerlopen(LocalDate.now())).as("alleen wat vandaag kan verlopen wordt gelezen")
                .contains(id).doesNotContain(vers);

        assertThat(termijnbewaking.bewaak()).isGreaterThanOrEqualTo(1);
        assertThat(termijnbewaking.bewaak()).isZero();
        assertThat(repository.findMogelijkVerlopen(LocalDate.now())).as("na de herinnering niet meer").doesNotContain(id);

        await().untilAsserted(() -> assertThat(mail.getReceivedMessages()).filteredOn(m -> GreenMailUtil.getBody(m).contains("-" + id + " is op"))
                .hasSize(1));
    }

    @Test
    void bijlagenWordenOpSoortEnInhoudGecontroleerd() {
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), leerling("Bijlage", null), Aanvraagsoort.ARRANGEMENT, null);
        var pdf = nl.thuisnabij.Testbestanden.pdf("Groeidocument");

        bijlagen.voegBijlageToe(SWV, id, ib, "groeidocument.pdf", pdf);

        assertThatThrownBy(() -> bijlagen.voegBijlageToe(SWV, id, ib, "virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("is geweigerd: het bestand is geen PDF");
        assertThatThrownBy(() -> bijlagen.voegBijlageToe(SWV, id, ib, "notities.txt", "tekst".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("niet toegestaan");
        var bijlage = aanvragen.detail(SWV, id, ib).bijlagen().getFirst();
        assertThat(bijlagen.bijlage(SWV, id, bijlage.id(), ib)).isEqualTo(pdf);
        assertThat(bijlage.sha256()).hasSize(64);
    }

    @Test
    void eenConceptIsAlleenVoorDeSchoolEnEenAndereSchoolOfOuderZietNiets() throws Exception {
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), leerling("Geheim", null), Aanvraagsoort.ARRANGEMENT, null);

        assertThatThrownBy(() -> aanvragen.detail(SWV, id, coordinator)).isInstanceOf(NietGevondenException.class);
        assertThat(mvc.perform(get("/ouder/aanvragen/PO2707/" + id).with(user(gebruikers.loadUserByUsername("ouder"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        var andereSchool = jdbc.sql("select id from vestiging where swv_code = 'PO2707' and id <> ? order by id limit 1").param(ib.vestigingId())
                .query(Long.class).single();
        var schooldirecteur = gebruikers.loadUserByUsername("schooldirecteur");
        assertThat(mvc.perform(get("/swv/PO2707/vestigingen/%d/aanvragen/%d".formatted(andereSchool, id)).with(user(schooldirecteur)))
                .andReturn().getResponse().getStatus()).as("andere vestiging in het pad").isEqualTo(403);
        assertThat(mvc.perform(get("/swv/PO2707/aanvragen").with(user(gebruikers.loadUserByUsername("financien"))))
                .andReturn().getResponse().getStatus()).as("verkeerde rol").isEqualTo(403);
    }

    @Test
    void eenOuderZietAlleenDeAanvragenVanZijnEigenKind() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");
        var eigen = lijsten.vanOuder(ouder);
        var ander = lijsten.werkvoorraad(SWV, coordinator, Aanvraaglijsten.Filter.alles()).aanvragen().stream()
                .filter(o -> !o.leerling().heeftOuderaccount(ouder.id())).findFirst().orElseThrow();

        assertThat(eigen).isNotEmpty().allMatch(o -> o.leerling().heeftOuderaccount(ouder.id()));
        assertThat(mvc.perform(get("/ouder/aanvragen/PO2707/" + eigen.getFirst().id()).with(user(ouder)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/ouder/aanvragen/PO2707/" + ander.id()).with(user(ouder)))
                .andReturn().getResponse().getStatus()).as("answered as absent, so ids cannot be probed").isEqualTo(404);
    }

    @Test
    void elkeStapIsVoorbehoudenAanZijnRolOokVoorWieDeAanvraagMagZien() throws Exception {
        long id = ingediend(Aanvraagsoort.TLV_SO, "Rolvast", "111222333", null);
        var deskundige = gebruikers.loadUserByUsername("deskundige");
        var commissie = gebruikers.loadUserByUsername("commissie");
        var besluit = new BesluitInvoer(Besluituitkomst.AFGEWEZEN, "Niet passend.", null, null, null, null, null);

        assertThatThrownBy(() -> beoordeling.neemInBehandeling(SWV, id, versie(id), ib)).as("de school behandelt haar eigen aanvraag niet")
                .isInstanceOf(AccessDeniedException.class);
        beoordeling.neemInBehandeling(SWV, id, versie(id), coordinator);
        beoordeling.vraagAdvies(SWV, id, versie(id), coordinator, deskundige.id(), gebruikers.loadUserByUsername("deskundige2").id());

        assertThat(aanvragen.detail(SWV, id, deskundige).aanvraag().id()).as("de gevraagde deskundige ziet de aanvraag").isEqualTo(id);
        assertThatThrownBy(() -> beoordeling.neemBesluit(SWV, id, versie(id), deskundige, besluit)).as("maar beslist niet")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.perform(post("/swv/PO2707/aanvragen/%d/besluit".formatted(id)).with(user(deskundige)).with(csrf())
                .param("versie", String.valueOf(versie(id))).param("uitkomst", "AFGEWEZEN").param("motivering", "Niet passend."))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThatThrownBy(() -> beoordeling.geefAdvies(SWV, id, versie(id), coordinator, true, "Passend.", true))
                .as("de coördinator is geen deskundige").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aanvragen.detail(SWV, id, commissie)).as("een commissielid ziet alleen geagendeerde aanvragen")
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> duo.exporteerNaarDuo(SWV, ib)).isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.perform(get("/swv/PO2707/aanvragen/" + id).with(user(gebruikers.loadUserByUsername("swvbeheer.utrecht"))))
                .andReturn().getResponse().getStatus()).as("een ander samenwerkingsverband").isEqualTo(403);

        var naAfloop = aanvragen.detail(SWV, id, coordinator).aanvraag();
        assertThat(naAfloop.status()).isEqualTo(AanvraagStatus.ADVIES);
        assertThat(naAfloop.besluiten()).isEmpty();
    }

    @Test
    void eenVerlengingIsEenNieuweAanvraagBijEenToegekendeVanDezelfdeSoort() throws Exception {
        long soort = instellingen.arrangementsoorten(SWV).getFirst().id();
        long toegekend = ingediend(Aanvraagsoort.ARRANGEMENT, "Verlengd", null, soort);
        beoordeling.neemInBehandeling(SWV, toegekend, versie(toegekend), coordinator);
        beoordeling.neemBesluit(SWV, toegekend, versie(toegekend), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Nodig.",
                LocalDate.now(), LocalDate.now().plusMonths(3), null, BigDecimal.TEN, null));
        long afgewezen = ingediend(Aanvraagsoort.ARRANGEMENT, "Nietverlengd", null, soort);
        beoordeling.neemInBehandeling(SWV, afgewezen, versie(afgewezen), coordinator);
        beoordeling.neemBesluit(SWV, afgewezen, versie(afgewezen), coordinator, new BesluitInvoer(Besluituitkomst.AFGEWEZEN, "Basis volstaat.",
                null, null, null, null, null));
        var school = "/swv/PO2707/vestigingen/%d/aanvragen/".formatted(ib.vestigingId());

        var antwoord = mvc.perform(post(school + toegekend + "/verlengen").with(user(ib)).with(csrf())).andReturn().getResponse();
        long verlenging = Long.parseLong(antwoord.getRedirectedUrl().replaceAll(".*/", ""));
        var nieuw = aanvragen.detail(SWV, verlenging, ib).aanvraag();
        assertThat(nieuw.verlengingVan()).isEqualTo(toegekend);
        assertThat(nieuw.status()).isEqualTo(AanvraagStatus.CONCEPT);
        assertThat(nieuw.leerlingId()).isEqualTo(aanvragen.detail(SWV, toegekend, ib).aanvraag().leerlingId());

        assertThat(mvc.perform(post(school + afgewezen + "/verlengen").with(user(ib)).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/aanvragen/" + afgewezen);
        assertThatThrownBy(() -> aanvragen.maakConcept(SWV, ib.vestigingId(), aanvragen.detail(SWV, afgewezen, ib).aanvraag().leerlingId(),
                Aanvraagsoort.ARRANGEMENT, afgewezen)).hasMessageContaining("alleen een toegekend arrangement of toegekende TLV kan worden verlengd");
        assertThatThrownBy(() -> aanvragen.maakConcept(SWV, ib.vestigingId(), nieuw.leerlingId(), Aanvraagsoort.TLV_SO, toegekend))
                .hasMessageContaining("dezelfde soort");
    }

    @Test
    void eenSchoolLeestEnLogtInHaarLijstAlleenLeerlingenVanHaarEigenAanvragen() throws Exception {
        long andereSchool = jdbc.sql("select id from vestiging where swv_code = 'PO2707' and id <> ? order by id limit 1").param(ib.vestigingId())
                .query(Long.class).single();
        long elders = leerlingen.registreer(SWV, new NieuweLeerling("Elders", "Flowtest", LocalDate.now().minusYears(9),
                Postcode.volledig("1016AB"), null));
        leerlingen.schrijfIn(SWV, elders, andereSchool, LocalDate.now().minusYears(1));
        aanvragen.maakConcept(SWV, andereSchool, elders, Aanvraagsoort.ARRANGEMENT, null);
        long vanaf = jdbc.sql("select coalesce(max(id), 0) from auditregel").query(Long.class).single();

        mvc.perform(get("/swv/PO2707/vestigingen/%d/aanvragen".formatted(ib.vestigingId())).with(user(ib)));

        var gelezen = jdbc.sql("select distinct unnest(record_ids) from auditregel where id > ? and recordsoort = 'leerling' and gebruiker = 'ib'")
                .param(vanaf).query(String.class).list();
        var vanDeSchool = jdbc.sql("""
                select leerling_id::text from aanvraag where vestiging_id = :school
                union select id::text from leerling where vestiging_id = :school
                union select leerling_id::text from aanmelding where vestiging_id = :school and status = 'AANGEMELD'""").param("school", ib.vestigingId())
                .query(String.class).list();
        assertThat(gelezen).isNotEmpty().doesNotContain(String.valueOf(elders));
        assertThat(vanDeSchool).containsAll(gelezen);
    }
}
