package nl.thuisnabij.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Function;
import nl.thuisnabij.Formuliercontrole;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanvraag.AanvraagBouwer;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.BesluitInvoer;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Bedrag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget of the demo SWV follows what happens to its requests: counts imported from DUO's
 * layout, arrangements and TLVs granted, ended and revoked — each visible in the overview — and
 * only the SWV's own finance staff, director and administrator see it.
 */
@IntegratieTest
class BudgetTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    Budgetten budgetten;
    @Autowired
    LeerlingtellingImport tellingImport;
    @Autowired
    DuoVergelijking vergelijking;
    @Autowired
    RealisatieImport realisatieImport;
    @Autowired
    VestigingstellingImport vestigingstellingImport;
    @Autowired
    SoVsoTellingImport soVsoImport;
    @Autowired
    nl.thuisnabij.register.Register register;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Aanvraaginstellingen instellingen;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Gebruiker financien;
    Gebruiker coordinator;
    AanvraagBouwer bouwer;
    /** A school year of the future whose count date lies after the grants of this test begin, with room for a two-month arrangement. */
    Bekostigingsjaar jaar;
    LocalDate teldatum;

    @BeforeEach
    void voorbereiden() {
        financien = gebruikers.loadUserByUsername("financien");
        coordinator = gebruikers.loadUserByUsername("coordinator");
        bouwer = new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Budgettest", aanvragen, leerlingen, jdbc);
        teldatum = LocalDate.now().plusDays(10);
        if (teldatum.plusDays(60).isAfter(schooljaarVan(teldatum).einde())) {
            teldatum = schooljaarVan(teldatum).einde().plusDays(11);
        }
        jaar = schooljaarVan(teldatum);
        var bestaand = budgetten.regeling(SWV, jaar);
        budgetten.legRegelingVast(SWV, new Bekostigingsregeling(jaar, teldatum, null, "Regeling 15-10-2015 (test)", BegrotingTest.bedragen2015(), 0),
                bestaand.map(Bekostigingsregeling::versie).orElse(0), financien);
    }

    private static Bekostigingsjaar schooljaarVan(LocalDate dag) {
        int begin = dag.getMonthValue() >= 8 ? dag.getYear() : dag.getYear() - 1;
        return new Bekostigingsjaar(begin + "-" + (begin + 1));
    }

    private Begroting begroting() {
        return budgetten.overzicht(SWV, jaar).orElseThrow().begroting();
    }

    private void wachtTot(Function<Begroting, Bedrag> figuur, Bedrag verwacht) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(figuur.apply(begroting())).isEqualTo(verwacht));
    }

    private String telling(int bo, String sboAantal) {
        int peiljaar = teldatum.getYear();
        return """
                SAMENWERKINGSVERBANDNUMMER;TYPE_PO;PEILJAAR;GESLACHT;AANTAL_LEERLINGEN
                PO2707;BO;%d;MAN;%d
                PO2707;BO;%d;VROUW;1000
                PO2707;SBO;%d;MAN;%s
                PO 26-01;BO;%d;MAN;7000
                """.formatted(peiljaar, bo, peiljaar, peiljaar, sboAantal, peiljaar);
    }

    @Test
    void deLeerlingtellingVanDuoBepaaltDeBatenEnWordtHeelOfNietIngelezen() {
        var rapport = tellingImport.leesIn(SWV, new ByteArrayInputStream(telling(3000, "100").getBytes(StandardCharsets.UTF_8)));

        assertThat(rapport.geslaagd()).as(rapport.fouten().toString()).isTrue();
        assertThat(rapport.meldingen()).containsExactly("1 regels van andere samenwerkingsverbanden zijn overgeslagen.");
        // 3.000 + 1.000 bo + 100 sbo = 4.100 pupils x (156,61 + 318,83) = 4.100 x 475,44
        assertThat(begroting().totaalBaten()).isEqualTo(Bedrag.van("1949304.00"));

        var fout = tellingImport.leesIn(SWV, new ByteArrayInputStream(telling(5000, "honderd").getBytes(StandardCharsets.UTF_8)));

        assertThat(fout.geslaagd()).isFalse();
        assertThat(fout.fouten()).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(4);
            assertThat(f.bericht()).contains("AANTAL_LEERLINGEN 'honderd'");
        });
        assertThat(begroting().totaalBaten()).as("niets ingelezen: ook de goede regels niet").isEqualTo(Bedrag.van("1949304.00"));
    }

    @Test
    void deLeerlingtellingWordtViaDePaginaIngelezenEnEenFouteRegelWordtGenoemd() throws Exception {
        var pad = "/swv/PO2707/budget/leerlingtelling";
        var goed = new MockMultipartFile("bestand", "telling.csv", "text/csv", telling(3100, "90").getBytes(StandardCharsets.UTF_8));
        var ingelezen = mvc.perform(multipart(pad).file(goed).with(user(financien)).with(csrf())).andReturn().getResponse();

        assertThat(ingelezen.getStatus()).isEqualTo(200);
        assertThat(ingelezen.getContentAsString(StandardCharsets.UTF_8)).contains("Import geslaagd", ">4.100<", ">90<");

        var fout = new MockMultipartFile("bestand", "telling.csv", "text/csv", telling(3200, "veel").getBytes(StandardCharsets.UTF_8));
        var geweigerd = mvc.perform(multipart(pad).file(fout).with(user(financien)).with(csrf())).andReturn().getResponse();
        assertThat(geweigerd.getStatus()).isEqualTo(400);
        assertThat(geweigerd.getContentAsString(StandardCharsets.UTF_8)).contains("Import geweigerd", "regel 4: AANTAL_LEERLINGEN &#39;veel&#39;", ">4.100<")
                .doesNotContain(">4.200<");

        var leeg = mvc.perform(multipart(pad).with(user(financien)).with(csrf())).andReturn().getResponse();
        assertThat(leeg.getStatus()).isEqualTo(400);
        assertThat(leeg.getContentAsString(StandardCharsets.UTF_8)).contains("kies het CSV-bestand");
    }

    @Test
    void eenArrangementLegtBudgetVastNaarRatoBijVoortijdigEindeEnNietsMeerNaIntrekking() {
        long soort = instellingen.arrangementsoorten(SWV).getFirst().id();
        var voor = begroting().verplicht();

        long id = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, "Arrangement", null, soort);
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        beoordeling.neemBesluit(SWV, id, bouwer.versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Boven de basis nodig.",
                teldatum, teldatum.plusDays(59), null, null, new BigDecimal("3000.00")));
        wachtTot(Begroting::verplicht, voor.plus(Bedrag.van("3000.00")));

        // 30 of the 60 days: half
        beoordeling.beeindigToekenning(SWV, id, bouwer.versie(id), coordinator, "De leerling verhuist.", teldatum.plusDays(29));
        wachtTot(Begroting::verplicht, voor.plus(Bedrag.van("1500.00")));

        long tweede = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, "Ingetrokken", null, soort);
        beoordeling.neemInBehandeling(SWV, tweede, bouwer.versie(tweede), coordinator);
        beoordeling.neemBesluit(SWV, tweede, bouwer.versie(tweede), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Nodig.",
                teldatum, teldatum.plusDays(59), null, null, new BigDecimal("800.00")));
        wachtTot(Begroting::verplicht, voor.plus(Bedrag.van("2300.00")));
        beoordeling.trekToekenningIn(SWV, tweede, bouwer.versie(tweede), coordinator, "Afgegeven op onjuiste gegevens.");
        wachtTot(Begroting::verplicht, voor.plus(Bedrag.van("1500.00")));
    }

    @Test
    void facturenOpEenArrangementTellenAlsGerealiseerdBijDeSchoolEnWordenEenKeerIngelezen() {
        long soort = instellingen.arrangementsoorten(SWV).getFirst().id();
        long id = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, "Factuur", null, soort);
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        beoordeling.neemBesluit(SWV, id, bouwer.versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Nodig.",
                teldatum, teldatum.plusDays(59), null, null, new BigDecimal("2000.00")));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from budget_verplichting where aanvraag_id = ?").param(id)
                .query(Integer.class).single() == 1);
        long school = gebruikers.loadUserByUsername("ib").vestigingId();
        Function<Begroting, Bedrag> vanDeSchool = b -> b.perSchool().stream().filter(s -> s.vestigingId() == school).findFirst().orElseThrow().gerealiseerd();
        var voor = vanDeSchool.apply(begroting());
        var factuur = "F-" + id;
        var bestand = """
                BESCHIKKINGSNUMMER;FACTUURNUMMER;DATUM;BEDRAG;UREN;OMSCHRIJVING
                PO2707-%d-1;%s-1;%s;1.250,00;16,5;Begeleiding periode 1
                PO2707-%d;%s-2;%s;250,50;;Materiaal
                """.formatted(id, factuur, teldatum.plusDays(20), id, factuur, teldatum.plusDays(21));

        var rapport = realisatieImport.leesIn(SWV, new ByteArrayInputStream(bestand.getBytes(StandardCharsets.UTF_8)), financien);

        assertThat(rapport.geslaagd()).as(rapport.fouten().toString()).isTrue();
        assertThat(vanDeSchool.apply(begroting())).isEqualTo(voor.plus(Bedrag.van("1500.50")));

        var nogEens = realisatieImport.leesIn(SWV, new ByteArrayInputStream((bestand + "PO2707-999999999-1;ander;1-3-2026;10,00;;\n")
                .getBytes(StandardCharsets.UTF_8)), financien);
        assertThat(nogEens.fouten()).extracting(f -> f.regel()).containsExactly(2, 3, 4);
        assertThat(nogEens.fouten().getFirst().bericht()).contains("al eerder ingelezen");
        assertThat(nogEens.fouten().getLast().bericht()).contains("geen arrangement met kenmerk PO2707-999999999");
        assertThat(vanDeSchool.apply(begroting())).as("niets ingelezen").isEqualTo(voor.plus(Bedrag.van("1500.50")));
    }

    @Test
    void eenTlvSoVanDitSwvOpDeTeldatumWordtAfgehoudenMetDeLeerlingErachterEnNietMeerNaIntrekking() throws Exception {
        var voor = begroting().totaalInhoudingen();

        long id = toegekendeTlvSo("Tlvbudget", "123456782");

        // the pupils the builder makes are nine: SO, 8 and older, category midden
        wachtTot(Begroting::totaalInhoudingen, voor.plus(Bedrag.van("14381.55")));
        assertThat(begroting().leerlingen()).anySatisfy(i -> {
            assertThat(i.tlv().aanvraagId()).isEqualTo(id);
            assertThat(i.tlv().leerling()).isEqualTo("Tlvbudget Budgettest");
            assertThat(i.soort()).isEqualTo(Bedragsoort.SO_8_EN_OUDER_MIDDEN);
        });
        var pagina = mvc.perform(get("/swv/PO2707/budget").param("jaar", jaar.waarde()).with(user(financien))).andReturn().getResponse();
        assertThat(pagina.getStatus()).isEqualTo(200);
        assertThat(pagina.getContentAsString(StandardCharsets.UTF_8)).contains("Tlvbudget Budgettest", "SO, 8 jaar en ouder, categorie midden");
        long leerling = jdbc.sql("select leerling_id from aanvraag where id = ?").param(id).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from auditregel where recordsoort = 'leerling' and ? = any(record_ids) and omschrijving like 'budget%'")
                .param(String.valueOf(leerling)).query(Integer.class).single()).as("wie het budget leest, leest de leerlingen erachter").isPositive();

        beoordeling.trekToekenningIn(SWV, id, bouwer.versie(id), coordinator, "Afgegeven op onjuiste gegevens.");
        wachtTot(Begroting::totaalInhoudingen, voor);
    }

    /** A TLV SO, category midden, from tomorrow for two years, through both expert advices. */
    private long toegekendeTlvSo(String voornaam, String bsn) {
        long id = bouwer.ingediend(Aanvraagsoort.TLV_SO, voornaam, bsn, null);
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        var deskundige = gebruikers.loadUserByUsername("deskundige");
        var deskundige2 = gebruikers.loadUserByUsername("deskundige2");
        beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, deskundige.id(), deskundige2.id());
        beoordeling.geefAdvies(SWV, id, bouwer.versie(id), deskundige, true, "Een SO-plaats past bij " + voornaam + ".", true);
        beoordeling.geefAdvies(SWV, id, bouwer.versie(id), deskundige2, true, "Medisch en cognitief is SO nodig voor " + voornaam + ".", true);
        var start = LocalDate.now().plusDays(1);
        beoordeling.neemBesluit(SWV, id, bouwer.versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Beide adviezen positief.",
                start, start.plusYears(2), Bekostigingscategorie.MIDDEN, null, null));
        return id;
    }

    @Test
    void deTellingSoEnVsoVanDuoStaatPerCategorieNaastDeTlvsVanHetEigenRegisterOp1Oktober() throws Exception {
        int peiljaar = LocalDate.now().plusMonths(11).getYear();
        var bestand = """
                SWV_BETALEND;PEILJAAR;SOORT_ONDERWIJS;BEKOSTIGINGSCATEGORIE;BINNEN_SWV;AANTAL_LEERLINGEN
                PO2707;%1$d;SO;midden;ja;3
                PO2707;%1$d;SO;2;nee;1
                PO2707;%1$d;VSO;hoog;ja;2
                PO2601;%1$d;SO;laag;ja;40
                00AA;%1$d;SO;laag;nee;5
                """.formatted(peiljaar);
        var rapport = soVsoImport.leesIn(SWV, new ByteArrayInputStream(bestand.getBytes(StandardCharsets.UTF_8)));
        assertThat(rapport.geslaagd()).as(rapport.fouten().toString()).isTrue();
        assertThat(rapport.meldingen()).containsExactly("2 regels van andere samenwerkingsverbanden of instellingen zijn overgeslagen.");
        Function<String, SoVsoTelling> rij = soort -> vergelijking.perCategorie(SWV).stream()
                .filter(t -> t.peiljaar() == peiljaar && t.tlvSoort().equals(soort.split(" ")[0]) && t.categorie().name().equals(soort.split(" ")[1]))
                .findFirst().orElseThrow();
        int eigenVoor = rij.apply("SO MIDDEN").eigenRegister();
        assertThat(rij.apply("SO MIDDEN").duo()).isEqualTo(4);
        assertThat(rij.apply("SO MIDDEN").buitenSwv()).isEqualTo(1);
        assertThat(rij.apply("VSO HOOG").duo()).isEqualTo(2);

        toegekendeTlvSo("Sovso", "300000005");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rij.apply("SO MIDDEN").eigenRegister()).isEqualTo(eigenVoor + 1));
        assertThat(rij.apply("SO MIDDEN").verschil()).isEqualTo(4 - (eigenVoor + 1));

        var fout = soVsoImport.leesIn(SWV, new ByteArrayInputStream(bestand.replace("VSO;hoog;ja;2", "VSO;zwaar;ja;9").getBytes(StandardCharsets.UTF_8)));
        assertThat(fout.geslaagd()).isFalse();
        assertThat(fout.fouten()).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(4);
            assertThat(f.bericht()).contains("BEKOSTIGINGSCATEGORIE 'zwaar'");
        });
        assertThat(rij.apply("VSO HOOG").duo()).as("niets ingelezen").isEqualTo(2);
        var pagina = mvc.perform(get("/swv/PO2707/budget/leerlingtelling").with(user(financien))).andReturn().getResponse();
        assertThat(pagina.getContentAsString(StandardCharsets.UTF_8)).contains("Telling van DUO naast het eigen register", "hoog (categorie 3)");
    }

    @Test
    void deVergelijkingMetDuoVindtElkSoortVerschil() {
        long gelijk = toegekendeTlvSo("Gelijk", "908301662");
        long categorie = toegekendeTlvSo("Categorie", "131860914");
        long datum = toegekendeTlvSo("Datum", "390996038");
        long nietBijDuo = toegekendeTlvSo("Nietbijduo", "948219932");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from budget_tlv where aanvraag_id in (?, ?, ?, ?)")
                .params(gelijk, categorie, datum, nietBijDuo).query(Integer.class).single() == 4);
        var begin = LocalDate.now().plusDays(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        var teldag = teldatum.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        var bestand = """
                TELDATUM;PERSOONSNUMMER;BESCHIKKINGSNUMMER;BEGINDATUM_TLV;EINDDATUM_TLV;BEKOSTIGINGSCATEGORIE;VESTIGING
                %s;908301662;PO2707-%d-1;%s;;2;12AB00
                %s;131860914;;%s;;3;12AB00
                %s;390996038;PO2707-%d-1;20250801;;2;12AB00
                %s;518190936;;20250801;;1;12AB00
                """.formatted(teldag, gelijk, begin, teldag, begin, teldag, datum, teldag);

        var uitkomst = vergelijking.vergelijk(SWV, new ByteArrayInputStream(bestand.getBytes(StandardCharsets.UTF_8)));

        assertThat(uitkomst.rapport().geslaagd()).as(uitkomst.rapport().fouten().toString()).isTrue();
        var ontdekt = uitkomst.verschillen();
        assertThat(ontdekt).noneMatch(v -> Long.valueOf(gelijk).equals(v.aanvraagId()));
        assertThat(ontdekt).anySatisfy(v -> {
            assertThat(v.soort()).isEqualTo(DuoVergelijking.Soort.ANDERE_CATEGORIE);
            assertThat(v.aanvraagId()).as("gevonden op persoonsnummer").isEqualTo(categorie);
            assertThat(v.regel()).isEqualTo(3);
        });
        assertThat(ontdekt).anySatisfy(v -> {
            assertThat(v.soort()).isEqualTo(DuoVergelijking.Soort.ANDERE_DATUM);
            assertThat(v.aanvraagId()).isEqualTo(datum);
            assertThat(v.bijDuo()).startsWith("1-8-2025");
        });
        assertThat(ontdekt).anySatisfy(v -> {
            assertThat(v.soort()).isEqualTo(DuoVergelijking.Soort.ALLEEN_BIJ_DUO);
            assertThat(v.regel()).isEqualTo(5);
            assertThat(v.leerling()).isEqualTo("persoonsnummer *****0936");
        });
        assertThat(ontdekt).anySatisfy(v -> {
            assertThat(v.soort()).isEqualTo(DuoVergelijking.Soort.ALLEEN_BIJ_ONS);
            assertThat(v.aanvraagId()).isEqualTo(nietBijDuo);
            assertThat(v.leerling()).isEqualTo("Nietbijduo Budgettest");
        });

        var fout = vergelijking.vergelijk(SWV, new ByteArrayInputStream(bestand.replace(";20250801;;1;", ";31-02-2025;;1;").getBytes(StandardCharsets.UTF_8)));
        assertThat(fout.rapport().fouten()).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(5);
            assertThat(f.bericht()).contains("BEGINDATUM_TLV '31-02-2025' is geen datum");
        });
        assertThat(fout.verschillen()).isEmpty();
    }

    @Test
    void deVerdeelsleutelVerdeeltOverDeScholenVanDeTellingEnEenVoorbeeldSlaatNietsOp() throws Exception {
        var scholen = register.vestigingen(SWV).stream().limit(3).toList();
        int peiljaar = teldatum.getYear() - 1;
        var csv = new StringBuilder("VESTIGINGSCODE;PEILJAAR;AANTAL_LEERLINGEN;GEWICHT\n");
        int[] aantallen = {100, 200, 400};
        for (int i = 0; i < 3; i++) {
            csv.append(scholen.get(i).vestigingscode()).append(';').append(peiljaar).append(';').append(aantallen[i]).append(i == 1 ? ";1,5\n" : ";\n");
        }
        var elders = register.vestigingen(new SwvCode("PO2601")).getFirst().vestigingscode();
        csv.append(elders).append(';').append(peiljaar).append(";999;\n");
        var rapport = vestigingstellingImport.leesIn(SWV, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(rapport.geslaagd()).as(rapport.fouten().toString()).isTrue();
        assertThat(rapport.meldingen()).singleElement().asString().contains("1 regels van scholen buiten");
        var pad = "/swv/PO2707/budget/verdeling";
        var sleutelVoor = budgetten.verdeling(SWV, jaar, java.util.Optional.empty()).orElseThrow().sleutel();
        int versie = sleutelVoor == null ? 0 : sleutelVoor.versie();

        var voorbeeld = mvc.perform(post(pad).with(user(financien)).with(csrf()).param("versie", String.valueOf(versie)).param("jaar", jaar.waarde())
                .param("teVerdelen", "100.000,00").param("vastPerSchool", "10.000,00").param("gewogen", "ja").param("actie", "voorbeeld"))
                .andReturn().getResponse();
        assertThat(voorbeeld.getStatus()).isEqualTo(200);
        assertThat(voorbeeld.getContentAsString(StandardCharsets.UTF_8)).contains("Dit is een voorbeeld", "€ 8.750,00", "€ 26.250,00", "€ 35.000,00");
        assertThat(budgetten.verdeling(SWV, jaar, java.util.Optional.empty()).orElseThrow().sleutel()).as("niets opgeslagen").isEqualTo(sleutelVoor);

        var opgeslagen = mvc.perform(post(pad).with(user(financien)).with(csrf()).param("versie", String.valueOf(versie)).param("jaar", jaar.waarde())
                .param("teVerdelen", "100.000,00").param("vastPerSchool", "10.000,00").param("actie", "opslaan")).andReturn().getResponse();
        assertThat(opgeslagen.getStatus()).isEqualTo(302);
        var verdeling = budgetten.verdeling(SWV, jaar, java.util.Optional.empty()).orElseThrow();
        assertThat(verdeling.toewijzingen()).extracting(t -> t.school().leerlingen(), t -> t.totaal().toString()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(100, "€ 20.000,00"), org.assertj.core.groups.Tuple.tuple(200, "€ 30.000,00"),
                org.assertj.core.groups.Tuple.tuple(400, "€ 50.000,00"));
        assertThat(verdeling.verdeeld()).isEqualTo(Bedrag.van("100000.00"));

        var getypt = new LinkedHashMap<String, String>();
        getypt.put("versie", String.valueOf(verdeling.sleutel().versie()));
        getypt.put("jaar", jaar.waarde());
        getypt.put("teVerdelen", "20.000,00");
        getypt.put("vastPerSchool", "10.000,00");
        new Formuliercontrole(mvc).weigert(financien, pad, getypt, "vastPerSchool", Set.of());
    }

    @Test
    void eigenKostenGaanAfVanWatNogVrijIsEnWordenPasNaBevestigingVerwijderd() throws Exception {
        var voor = begroting().nogVrij();
        var antwoord = mvc.perform(post("/swv/PO2707/budget/eigen-kosten").with(user(financien)).with(csrf()).param("jaar", jaar.waarde())
                .param("omschrijving", "Personeel van het loket").param("bedrag", "12.500,00")).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(302);
        assertThat(begroting().nogVrij()).isEqualTo(voor.min(Bedrag.van("12500.00")));
        long id = begroting().eigenKosten().stream().filter(k -> k.omschrijving().equals("Personeel van het loket")).findFirst().orElseThrow().id();

        var onbevestigd = mvc.perform(post("/swv/PO2707/budget/eigen-kosten/" + id + "/verwijderen").with(user(financien)).with(csrf())
                .param("jaar", jaar.waarde())).andReturn().getResponse();
        assertThat(onbevestigd.getStatus()).isEqualTo(400);
        assertThat(onbevestigd.getContentAsString(StandardCharsets.UTF_8)).contains("ink aan dat u deze kosten verwijdert", "id=\"fout-bevestigd\"");
        assertThat(begroting().eigenKosten()).anyMatch(k -> k.id() == id);
        assertThat(mvc.perform(post("/swv/PO2601/budget/eigen-kosten/" + id + "/verwijderen").with(user(gebruikers.loadUserByUsername("swvbeheer.utrecht")))
                .with(csrf()).param("jaar", jaar.waarde()).param("bevestigd", "ja")).andReturn().getResponse().getStatus()).as("een ander SWV").isEqualTo(403);

        var bevestigd = mvc.perform(post("/swv/PO2707/budget/eigen-kosten/" + id + "/verwijderen").with(user(financien)).with(csrf())
                .param("jaar", jaar.waarde()).param("bevestigd", "ja")).andReturn().getResponse();
        assertThat(bevestigd.getStatus()).isEqualTo(302);
        assertThat(begroting().nogVrij()).isEqualTo(voor);
        assertThat(mvc.perform(post("/swv/PO2707/budget/eigen-kosten/" + id + "/verwijderen").with(user(financien)).with(csrf())
                .param("jaar", jaar.waarde()).param("bevestigd", "ja")).andReturn().getResponse().getStatus()).as("al weg").isEqualTo(404);
    }

    @Test
    void alleenFinancienDirecteurEnBeheerderVanHetEigenSwvZienHetBudget() throws Exception {
        var pad = "/swv/PO2707/budget";
        for (var wie : Set.of("financien", "directeur", "swvbeheer")) {
            assertThat(mvc.perform(get(pad).with(user(gebruikers.loadUserByUsername(wie)))).andReturn().getResponse().getStatus()).as(wie).isEqualTo(200);
        }
        for (var wie : Set.of("coordinator", "ib", "deskundige", "swvbeheer.utrecht", "beleid")) {
            assertThat(mvc.perform(get(pad).with(user(gebruikers.loadUserByUsername(wie)))).andReturn().getResponse().getStatus()).as(wie).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/swv/PO2601/budget").with(user(financien))).andReturn().getResponse().getStatus()).isEqualTo(403);
        var beheerder = gebruikers.loadUserByUsername("directeur");
        assertThat(mvc.perform(get(pad + "/regeling").with(user(beheerder))).andReturn().getResponse().getStatus())
                .as("alleen de financieel medewerker voert bedragen in").isEqualTo(403);
        var bestand = new MockMultipartFile("bestand", "telling.csv", "text/csv", telling(1, "1").getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.perform(multipart("/swv/PO2601/budget/leerlingtelling").file(bestand).with(user(financien)).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void hetBudgetDownloadtAlsEchtExcelbestandMetBedragenAlsGetallen() throws Exception {
        var xlsx = mvc.perform(get("/swv/PO2707/budget.xlsx").param("jaar", jaar.waarde()).with(user(financien))).andReturn().getResponse();

        assertThat(xlsx.getStatus()).isEqualTo(200);
        var verwacht = begroting().beschikbaar().euros();
        try (var werkboek = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var rijen = werkboek.getFirstSheet().read();
            var beschikbaar = rijen.stream().filter(r -> "Beschikbaar".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(beschikbaar.getCell(3).asNumber()).isEqualByComparingTo(verwacht);
            assertThat(rijen.stream().map(r -> r.getCellText(0)).toList()).noneMatch(t -> t.contains("Budgettest"));
        }
    }

    @Test
    void eenGeweigerdeRegelingKomtTerugMetAllesWatGetyptWasEnDeFoutBijHetVeld() throws Exception {
        var getypt = new LinkedHashMap<String, String>();
        getypt.put("versie", "0");
        getypt.put("jaar", "2031");
        getypt.put("teldatum", "2031-02-01");
        getypt.put("bron", "Regeling 2031");
        getypt.put("LICHTE_ONDERSTEUNING", "180,50");
        getypt.put("VSO_HOOG", "20,186,72");
        new Formuliercontrole(mvc).weigert(financien, "/swv/PO2707/budget/regeling", getypt, "VSO_HOOG", Set.of());

        getypt.put("VSO_HOOG", "20.186,72");
        getypt.put("teldatum", "2033-02-01");
        new Formuliercontrole(mvc).weigert(financien, "/swv/PO2707/budget/regeling", getypt, "teldatum", Set.of());
        assertThat(budgetten.regeling(SWV, new Bekostigingsjaar("2031"))).isEmpty();
    }

    @Test
    void eenScenarioWordtNaastDeWerkelijkheidGezetEnVerandertNiets() throws Exception {
        int versie = budgetten.regeling(SWV, jaar).orElseThrow().versie();
        var pad = "/swv/PO2707/budget/wat-als";

        var antwoord = mvc.perform(post(pad).with(user(financien)).with(csrf()).param("jaar", jaar.waarde()).param("aantal", "10")
                .param("soort", "SO_8_EN_OUDER_MIDDEN").param("extraVerplichtingen", "1.000,00")).andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(200);
        // 10 x 14.381,55 more deducted and 1.000,00 more committed
        assertThat(antwoord.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"scenario-verschil\">-€ 144.815,50", "value=\"1.000,00\"");
        assertThat(budgetten.regeling(SWV, jaar).orElseThrow().versie()).as("de echte regeling blijft").isEqualTo(versie);
        assertThat(jdbc.sql("select count(*) from budget_tlv where aanvraag_id < 0 or leerling_id < 0").query(Integer.class).single())
                .as("geen scenarioleerlingen opgeslagen").isZero();

        var getypt = new LinkedHashMap<String, String>();
        getypt.put("jaar", jaar.waarde());
        getypt.put("aantal", "10");
        getypt.put("extraBo", "-250");
        new Formuliercontrole(mvc).weigert(financien, pad, getypt, "soort", Set.of());
    }

    @Test
    void deMeerjarenprognoseLaatEenTlvVallenNaHaarEinddatum() throws Exception {
        // from tomorrow for two years, so up to 31 July two or three years on: it runs on this year's count date, not on that of three years on
        long id = toegekendeTlvSo("Prognose", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from budget_tlv where aanvraag_id = ?").param(id)
                .query(Integer.class).single() == 1);

        var prognose = budgetten.prognose(SWV, jaar, 4);

        assertThat(prognose).extracting(p -> p.jaar().waarde()).containsExactly(jaar.waarde(), jaar.plusJaren(1).waarde(), jaar.plusJaren(2).waarde(),
                jaar.plusJaren(3).waarde());
        assertThat(prognose.getFirst().begroting().totaalInhoudingen()).isEqualTo(begroting().totaalInhoudingen());
        assertThat(prognose.getFirst().begroting().leerlingen()).anyMatch(i -> i.tlv().aanvraagId() == id);
        assertThat(prognose.getLast().begroting().leerlingen()).noneMatch(i -> i.tlv().aanvraagId() == id)
                .allSatisfy(i -> assertThat(i.tlv().einddatum()).isAfterOrEqualTo(prognose.getLast().teldatum()));
        var pagina = mvc.perform(get("/swv/PO2707/budget/prognose").param("jaar", jaar.waarde()).with(user(financien))).andReturn().getResponse();
        assertThat(pagina.getStatus()).isEqualTo(200);
        assertThat(pagina.getContentAsString(StandardCharsets.UTF_8)).contains(jaar.plusJaren(3).waarde());
    }

    @Test
    void tweeMensenDieTegelijkDeBedragenWijzigenKrijgenEenConflict() throws Exception {
        int gelezen = budgetten.regeling(SWV, jaar).orElseThrow().versie();
        var verzoek = (Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>) bedrag -> post("/swv/PO2707/budget/regeling")
                .with(user(financien)).with(csrf()).param("versie", String.valueOf(gelezen)).param("jaar", jaar.waarde())
                .param("teldatum", teldatum.toString()).param("bron", "Regeling").param("LICHTE_ONDERSTEUNING", bedrag);

        assertThat(mvc.perform(verzoek.apply("160,00")).andReturn().getResponse().getStatus()).isEqualTo(302);
        var tweede = mvc.perform(verzoek.apply("170,00")).andReturn().getResponse();

        assertThat(tweede.getStatus()).isEqualTo(409);
        assertThat(tweede.getContentAsString(StandardCharsets.UTF_8)).contains("Iemand anders heeft de bedragen", "value=\"170,00\"");
        assertThat(budgetten.regeling(SWV, jaar).orElseThrow().bedrag(Bedragsoort.LICHTE_ONDERSTEUNING)).contains(Bedrag.van("160.00"));
    }
}
