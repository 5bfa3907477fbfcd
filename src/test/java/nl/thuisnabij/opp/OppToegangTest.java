package nl.thuisnabij.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.BesluitInvoer;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.NietGevondenException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads and changes which OPP, through the pages and the services: the school its own pupils',
 * the parents their own child's, the SWV only with a case; every refusal answered as absent and logged.
 */
@IntegratieTest
class OppToegangTest {

    static final SwvCode AMSTERDAM = new SwvCode("PO2707");

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension mail = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    Opps opps;
    @Autowired
    Opplijsten lijsten;
    @Autowired
    Oppcijfers cijfers;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Register register;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Aanvraaginstellingen instellingen;
    @Autowired
    JdbcClient jdbc;

    Gebruiker ib;
    Gebruiker ouder;
    Gebruiker coordinator;
    OppBouwer bouwer;

    @BeforeEach
    void demo() {
        ib = gebruikers.loadUserByUsername("ib");
        ouder = gebruikers.loadUserByUsername("ouder");
        coordinator = gebruikers.loadUserByUsername("coordinator");
        bouwer = new OppBouwer(AMSTERDAM, ib, opps, leerlingen);
    }

    private Gebruiker gebruiker(String naam, Rol rol, Long vestiging) {
        if (!gebruikers.bestaat(naam)) {
            gebruikers.maakAan(naam, naam, null, "Een-lang-wachtwoord-1", List.of(rol), rol == Rol.OUDER ? null : AMSTERDAM.waarde(), vestiging, null);
        }
        return gebruikers.loadUserByUsername(naam);
    }

    private Gebruiker ibVanAndereSchool() {
        long andere = register.vestigingen(AMSTERDAM).stream().filter(v -> v.soort() == Schoolsoort.BO && v.id() != ib.vestigingId()).findFirst()
                .orElseThrow().id();
        return gebruiker("ib-andere-school", Rol.INTERN_BEGELEIDER, andere);
    }

    private int status(String pad, Gebruiker wie) throws Exception {
        return mvc.perform(get(pad).with(user(wie))).andReturn().getResponse().getStatus();
    }

    private String pagina(String pad, Gebruiker wie) throws Exception {
        var antwoord = mvc.perform(get(pad).with(user(wie))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).as(pad).isEqualTo(200);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }

    private long geweigerd(long opp) {
        return jdbc.sql("select count(*) from auditregel where recordsoort = 'opp' and record_id = ? and actie = 'GEWEIGERD'")
                .param(String.valueOf(opp)).query(Long.class).single();
    }

    private String school(long opp) {
        return "/swv/PO2707/vestigingen/%d/opp/%d".formatted(ib.vestigingId(), opp);
    }

    @Test
    void eenSchoolZietAlleenDeOppsVanHaarEigenLeerlingen() throws Exception {
        long opp = bouwer.compleet(bouwer.leerling("Eigen", LocalDate.now().minusWeeks(3), null));
        var andere = ibVanAndereSchool();

        assertThat(pagina(school(opp), ib)).contains("OPP van Eigen Opp", "Technisch lezen op niveau");
        assertThat(status("/swv/PO2707/vestigingen/%d/opp/%d".formatted(andere.vestigingId(), opp), andere)).isEqualTo(404);
        assertThat(pagina("/swv/PO2707/vestigingen/%d/opp".formatted(andere.vestigingId()), andere)).doesNotContain("Eigen Opp");
        assertThatThrownBy(() -> opps.voegDoelToe(opp, bouwer.versie(opp), Ondersteuningsdomein.LEREN, "van buiten", "x", LocalDate.now().plusMonths(1),
                andere)).isInstanceOf(NietGevondenException.class);
        assertThat(geweigerd(opp)).isGreaterThanOrEqualTo(2);
        assertThat(opps.opp(opp, ib).opp().doelenVan(1)).hasSize(1);
    }

    /** The forms on the school's page are exactly the steps the OPP allows the school now, in every state. */
    @Test
    void dePaginaToontPreciesDeStappenDieHetOppNuToestaat() throws Exception {
        long leerling = bouwer.leerling("Stappen", LocalDate.now().minusWeeks(2), ouder);
        long opp = bouwer.begonnen(leerling, LocalDate.now().minusWeeks(2));
        var gezien = new java.util.ArrayList<java.util.Set<Oppstap>>();
        for (var stap : List.<Runnable>of(
                () -> { },
                () -> opps.wijzigInhoud(opp, bouwer.versie(opp), Uitstroombestemming.VO_VMBO, "toetsen", "traag", "gemotiveerd", null, null, ib),
                () -> opps.voegDoelToe(opp, bouwer.versie(opp), Ondersteuningsdomein.LEREN, "lezen", "AVI M5", LocalDate.now().plusMonths(3), ib),
                () -> opps.voegHandelingToe(opp, bouwer.versie(opp), "leesbegeleiding", "IB", "wekelijks", null, null, ib),
                () -> opps.legOogoVast(opp, bouwer.versie(opp), LocalDate.now(), "ouders", "zo", null, ib),
                () -> opps.stemIn(opp, bouwer.versie(opp), ouder),
                () -> opps.evalueer(opp, bouwer.versie(opp), LocalDate.now(), "ouders", java.util.Map.of(1, Doelresultaat.BEREIKT), java.util.Map.of(),
                        "gehaald", null, ib),
                () -> opps.beginNieuweVersie(opp, bouwer.versie(opp), ib))) {
            stap.run();
            var html = pagina(school(opp), ib);
            var opPagina = java.util.regex.Pattern.compile("data-stap=\"([A-Z_]+)\"").matcher(html).results().map(m -> Oppstap.valueOf(m.group(1)))
                    .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Oppstap.class)));
            var toegestaan = opps.opp(opp, ib).stappen();
            assertThat(opPagina).as("stand %s", opps.opp(opp, ib).opp().laatsteVersie().status()).isEqualTo(toegestaan);
            gezien.add(toegestaan);
        }
        assertThat(gezien).as("elke stap van de school kwam een keer voor").flatExtracting(x -> x)
                .contains(Oppstap.INHOUD, Oppstap.DOEL_VERWIJDEREN, Oppstap.HANDELING_VERWIJDEREN, Oppstap.OOGO, Oppstap.EVALUEREN, Oppstap.NIEUWE_VERSIE,
                        Oppstap.BEEINDIGEN);
    }

    @Test
    void eenGeweigerdFormulierKomtTerugMetWatErGetyptWasEnDeFoutBijHetVeld() throws Exception {
        long onvolledig = bouwer.begonnen(bouwer.leerling("Onvolledig", LocalDate.now().minusWeeks(1), null), LocalDate.now().minusWeeks(1));
        var antwoord = mvc.perform(post(school(onvolledig) + "/oogo").with(user(ib)).with(csrf()).param("versie", String.valueOf(bouwer.versie(onvolledig)))
                .param("oogoOp", LocalDate.now().toString()).param("deelnemers", "Moeder en IB").param("afspraken", "Getypte afspraken <uit> het overleg"))
                .andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(400);
        assertThat(antwoord.getContentAsString(StandardCharsets.UTF_8)).contains("Het OPP is nog niet compleet", "de uitstroombestemming",
                "Getypte afspraken &lt;uit&gt; het overleg", "Moeder en IB");

        long compleet = bouwer.compleet(bouwer.leerling("Datum", LocalDate.now().minusWeeks(1), null));
        var inToekomst = mvc.perform(post(school(compleet) + "/oogo").with(user(ib)).with(csrf()).param("versie", String.valueOf(bouwer.versie(compleet)))
                .param("oogoOp", LocalDate.now().plusDays(3).toString()).param("deelnemers", "Vader en IB").param("afspraken", "Zo gaan we het doen"))
                .andReturn().getResponse();
        assertThat(inToekomst.getStatus()).isEqualTo(400);
        assertThat(inToekomst.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"fout-oogoOp\"", "Vader en IB", "Zo gaan we het doen");
        assertThat(opps.opp(compleet, ib).opp().laatsteVersie().status()).isEqualTo(OppVersie.Status.CONCEPT);
    }

    @Test
    void eenOuderZietEnBeantwoordtAlleenHetOppVanZijnEigenKind() throws Exception {
        long opp = bouwer.besproken(bouwer.leerling("Kind", LocalDate.now().minusWeeks(3), ouder));
        var andereOuder = gebruiker("andere-ouder", Rol.OUDER, null);

        assertThat(pagina("/ouder/opp", ouder)).contains("Kind Opp", "Ik stem in");
        assertThat(pagina("/ouder/opp", andereOuder)).doesNotContain("Kind Opp");
        assertThat(status("/ouder/opp/%d/versies/1.pdf".formatted(opp), andereOuder)).isEqualTo(404);
        var poging = mvc.perform(post("/ouder/opp/%d/instemmen".formatted(opp)).with(user(andereOuder)).with(csrf())
                .param("versie", String.valueOf(bouwer.versie(opp))).param("bevestigd", "ja")).andReturn().getResponse();
        assertThat(poging.getStatus()).isEqualTo(404);
        assertThat(opps.opp(opp, ib).opp().laatsteVersie().status()).isEqualTo(OppVersie.Status.WACHT_OP_INSTEMMING);
        assertThat(geweigerd(opp)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void deOuderStemtInHetPortaalInMetTijdstipEnIdentiteitEnKrijgtHetPlanAlsPdf() throws Exception {
        long opp = bouwer.besproken(bouwer.leerling("Instemming", LocalDate.now().minusWeeks(3), ouder));

        var zonderVinkje = mvc.perform(post("/ouder/opp/%d/instemmen".formatted(opp)).with(user(ouder)).with(csrf())
                .param("versie", String.valueOf(bouwer.versie(opp))).param("bevestigd", "")).andReturn().getResponse();
        assertThat(zonderVinkje.getStatus()).isEqualTo(400);
        var antwoord = mvc.perform(post("/ouder/opp/%d/instemmen".formatted(opp)).with(user(ouder)).with(csrf())
                .param("versie", String.valueOf(bouwer.versie(opp))).param("bevestigd", "ja")).andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(302);
        var versie = opps.opp(opp, ib).opp().laatsteVersie();
        assertThat(versie.status()).isEqualTo(OppVersie.Status.VASTGESTELD);
        assertThat(versie.instemmingOuderId()).isEqualTo(ouder.id());
        assertThat(versie.instemmingDoor()).isEqualTo(ouder.naam());
        assertThat(versie.instemmingOp()).isNotNull();
        var pdf = mvc.perform(get("/ouder/opp/%d/versies/1.pdf".formatted(opp)).with(user(ouder))).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Instemming Opp", "Wie doet wat", "Leesbegeleiding", "U stemde in op");
        }
    }

    @Test
    void eenOuderZietGeenConceptDatNogNietMetHemIsBesproken() throws Exception {
        long opp = bouwer.compleet(bouwer.leerling("Concept", LocalDate.now().minusWeeks(3), ouder));

        assertThat(pagina("/ouder/opp", ouder)).doesNotContain("Concept Opp");
        assertThat(status("/ouder/opp/%d/versies/1.pdf".formatted(opp), ouder)).isEqualTo(404);
    }

    @Test
    void hetSamenwerkingsverbandZietEenOppAlleenAlsHetEenAanvraagVoorDeLeerlingHeeft() throws Exception {
        long leerling = bouwer.leerling("Casus", LocalDate.now().minusWeeks(3), ouder);
        long opp = bouwer.vastgesteld(leerling, ouder);
        var swvPad = "/swv/PO2707/opp/" + opp;

        assertThat(status(swvPad, coordinator)).isEqualTo(404);
        assertThat(pagina("/swv/PO2707/opp", coordinator)).doesNotContain("Casus Opp");
        assertThat(geweigerd(opp)).isEqualTo(1);

        long aanvraag = ingediend(leerling);

        assertThat(pagina(swvPad, coordinator)).contains("OPP van Casus Opp");
        assertThat(pagina("/swv/PO2707/opp", coordinator)).contains("Casus Opp");
        var detail = aanvragen.detail(AMSTERDAM, aanvraag, coordinator);
        assertThat(detail.aanvraag().oppId()).as("de aanvraag is gebaseerd op de geldende versie").isEqualTo(opp);
        assertThat(detail.aanvraag().oppVersie()).isEqualTo(1);
        assertThat(pagina("/swv/PO2707/aanvragen/" + aanvraag, coordinator)).contains("id=\"opp-samenvatting\"", "Gebaseerd op versie 1",
                "Technisch lezen op niveau", "/swv/PO2707/opp/%d/versies/1.pdf".formatted(opp));
        assertThat(status("/gemeente/thuiszitters", coordinator)).as("een gemeentepad is niet van het SWV").isEqualTo(403);
    }

    @Test
    void eenLeerlingMetEenArrangementZonderVastgesteldOppStaatOpDeLijstVanHetSamenwerkingsverband() throws Exception {
        long leerling = bouwer.leerling("Zonder", LocalDate.now().minusWeeks(3), ouder);
        long aanvraag = ingediend(leerling);
        beoordeling.neemInBehandeling(AMSTERDAM, aanvraag, aanvragen.detail(AMSTERDAM, aanvraag, coordinator).aanvraag().versie(), coordinator);
        beoordeling.neemBesluit(AMSTERDAM, aanvraag, aanvragen.detail(AMSTERDAM, aanvraag, coordinator).aanvraag().versie(), coordinator,
                new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Past niet binnen de basisondersteuning.", LocalDate.now(), LocalDate.now().plusMonths(6), null,
                        new BigDecimal("20"), null));

        assertThat(lijsten.zonderOpp(AMSTERDAM)).extracting(z -> z.leerling().id()).contains(leerling);
        bouwer.vastgesteld(leerling, ouder);
        assertThat(lijsten.zonderOpp(AMSTERDAM)).extracting(z -> z.leerling().id()).doesNotContain(leerling);
    }

    @Test
    void opEenSchoolVoorSpeciaalBasisonderwijsHeeftElkeLeerlingEenOpp() throws Exception {
        var sbo = register.vestigingen(AMSTERDAM).stream().filter(v -> v.soort() == Schoolsoort.SBO).findFirst().orElseThrow();
        var ibSbo = gebruiker("ib-sbo", Rol.INTERN_BEGELEIDER, sbo.id());
        var sboBouwer = new OppBouwer(AMSTERDAM, ibSbo, opps, leerlingen);
        long zonder = sboBouwer.leerling("Sbo-zonder", LocalDate.now().minusWeeks(1), null);
        long met = sboBouwer.leerling("Sbo-met", LocalDate.now().minusWeeks(1), null);
        sboBouwer.begonnen(met, LocalDate.now().minusWeeks(1));

        assertThat(lijsten.zonderOppOpSchool(AMSTERDAM, sbo)).extracting(l -> l.id()).contains(zonder).doesNotContain(met);
        assertThat(pagina("/swv/PO2707/vestigingen/%d/opp".formatted(sbo.id()), ibSbo)).contains("Leerlingen zonder OPP", "Sbo-zonder Opp");
        assertThat(lijsten.zonderOppOpSchool(AMSTERDAM, register.vestigingVan(AMSTERDAM, ib.vestigingId()))).as("op een basisschool niet").isEmpty();
    }

    @Test
    void deLijstToontVijftigOppsPerPaginaDeVerstrekenTermijnBovenaan() throws Exception {
        var school = gebruiker("ib-lange-lijst", Rol.INTERN_BEGELEIDER, register.vestigingen(AMSTERDAM).stream()
                .filter(v -> v.soort() == Schoolsoort.BO && v.id() != ib.vestigingId()).skip(1).findFirst().orElseThrow().id());
        var lang = new OppBouwer(AMSTERDAM, school, opps, leerlingen);
        for (int i = 0; i < 51; i++) {
            lang.begonnen(lang.leerling("Lijst" + i, LocalDate.now().minusDays(i % 20), null), LocalDate.now().minusDays(i % 20));
        }
        long teLaat = lang.begonnen(lang.leerling("Verlopen", LocalDate.now().minusWeeks(9), null), LocalDate.now().minusWeeks(9));
        var pad = "/swv/PO2707/vestigingen/%d/opp".formatted(school.vestigingId());

        var eerste = lijsten.vanVestiging(AMSTERDAM, school.vestigingId(), school, null);
        assertThat(eerste.regels()).hasSize(50);
        assertThat(eerste.regels().getFirst().opp().id()).as("de verstreken termijn bovenaan").isEqualTo(teLaat);
        assertThat(eerste.volgende()).isNotNull();
        var tweede = lijsten.vanVestiging(AMSTERDAM, school.vestigingId(), school, eerste.volgende());
        assertThat(tweede.regels()).hasSize(2);
        assertThat(tweede.volgende()).isNull();
        assertThat(tweede.regels()).extracting(o -> o.opp().id()).doesNotContainAnyElementsOf(eerste.regels().stream().map(o -> o.opp().id()).toList());
        assertThat(pagina(pad, school)).contains("id=\"volgende-pagina\"", "na=" + eerste.volgende());
        var aandacht = cijfers.rapport(AMSTERDAM, register.vestigingVan(AMSTERDAM, school.vestigingId()), "school").tabellen().get(2).rijen();
        assertThat(aandacht).contains(List.of(Oppsignaal.VASTSTELLING_TE_LAAT.omschrijving(), "1"), List.of(Oppsignaal.WACHT_OP_OUDERS.omschrijving(), "0"));
    }

    @Test
    void deDagelijkseControleMeldtEenVerstrekenTermijnEenKeer() {
        long leerling = bouwer.leerling("Termijn", LocalDate.now().minusWeeks(9), null);
        long opp = bouwer.begonnen(leerling, LocalDate.now().minusWeeks(9));

        assertThat(opps.opp(opp, ib).signalen()).contains(Oppsignaal.VASTSTELLING_TE_LAAT);
        opps.signaleerTermijnen(LocalDate.now());
        opps.signaleerTermijnen(LocalDate.now());

        assertThat(jdbc.sql("select te_laat_gemeld_op from opp where id = ?").param(opp).query(LocalDate.class).single()).isEqualTo(LocalDate.now());
        assertThat(jdbc.sql("select count(*) from auditregel where recordsoort = 'opp' and record_id = ? and omschrijving like 'termijn verstreken: niet vastgesteld%'")
                .param(String.valueOf(opp)).query(Long.class).single()).as("één keer gemeld").isEqualTo(1);
    }

    @Test
    void deRapportageTeltEenZojuistVastgesteldOppMeeOokAlsZeEerderIsBerekend() {
        var school = register.vestigingVan(AMSTERDAM, ib.vestigingId());
        long ervoor = vmboInRapport(school);

        bouwer.vastgesteld(bouwer.leerling("Rapport", LocalDate.now().minusWeeks(3), ouder), ouder);

        assertThat(vmboInRapport(school)).isEqualTo(ervoor + 1);
    }

    private long vmboInRapport(Vestiging school) {
        return cijfers.rapport(AMSTERDAM, school, "school").tabellen().getFirst().rijen().stream()
                .filter(rij -> rij.getFirst().equals(Uitstroombestemming.VO_VMBO.omschrijving())).mapToLong(rij -> Long.parseLong(rij.get(1)))
                .sum();
    }

    @Test
    void deSchoolGeeftDeOppPeriodesVoorBronEnZietHaarCijfers() throws Exception {
        long leerling = bouwer.leerling("Bron", LocalDate.now().minusWeeks(3), ouder);
        long opp = bouwer.vastgesteld(leerling, ouder);

        var csv = pagina("/swv/PO2707/vestigingen/%d/opp/bron.csv".formatted(ib.vestigingId()), ib);
        assertThat(csv).contains("vestigingscode;leerlingnummer;achternaam;voornaam;geboortedatum;begindatum_opp;einddatum_opp")
                .contains(";" + leerling + ";Opp;Bron;").contains(LocalDate.now() + ";");
        assertThat(cijfers.rapport(AMSTERDAM, register.vestigingVan(AMSTERDAM, ib.vestigingId()), "school").tabellen().getFirst().rijen())
                .anySatisfy(rij -> assertThat(rij.getFirst()).isEqualTo(Uitstroombestemming.VO_VMBO.omschrijving()));
        assertThat(pagina("/swv/PO2707/vestigingen/%d/opp/rapportage".formatted(ib.vestigingId()), ib)).contains("Lopende OPP", "naar uitstroombestemming");
        var xlsx = mvc.perform(get("/swv/PO2707/opp/rapportage.xlsx").with(user(coordinator))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentAsByteArray()).startsWith(0x50, 0x4B);
        assertThat(pagina(school(opp) + "/oso", ib)).contains("\"ingangdatum\":\"" + LocalDate.now() + "\"", "\"mimetype\":\"application/pdf\"");
    }

    private long ingediend(long leerling) {
        long arrangement = instellingen.arrangementsoorten(AMSTERDAM).getFirst().id();
        long id = aanvragen.maakConcept(AMSTERDAM, ib.vestigingId(), leerling, Aanvraagsoort.ARRANGEMENT, null);
        aanvragen.wijzigInhoud(AMSTERDAM, id, versie(id), ib, "Welke hulp past?", "Lezen", "Leesprogramma", arrangement);
        aanvragen.legOudergesprekVast(AMSTERDAM, id, versie(id), ib, "De ouders steunen de aanvraag.", true);
        aanvragen.dienIn(AMSTERDAM, id, versie(id), ib);
        return id;
    }

    private int versie(long aanvraag) {
        return aanvragen.detail(AMSTERDAM, aanvraag, ib).aanvraag().versie();
    }
}
