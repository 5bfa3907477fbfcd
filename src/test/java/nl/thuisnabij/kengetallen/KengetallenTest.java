package nl.thuisnabij.kengetallen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanvraag.AanvraagBouwer;
import nl.thuisnabij.aanvraag.Aanvraagcijfers;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.BesluitInvoer;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.budget.LeerlingtellingImport;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Onderdrukking;
import nl.thuisnabij.shared.Rapport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The key figures follow what happens in the modules, the SWV sees them in full, everything that
 * leaves it is suppressed, a municipality sees its SWVs' figures only, and the national run gives
 * every SWV the same figures as its own page.
 */
@IntegratieTest
class KengetallenTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    Kengetallen kengetallen;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Aanvraagcijfers aanvraagcijfers;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    LeerlingtellingImport tellingImport;
    @Autowired
    nl.thuisnabij.budget.VestigingstellingImport vestigingstellingImport;
    @Autowired
    nl.thuisnabij.budget.SoVsoTellingImport soVsoImport;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static List<String> rijVanDitJaar(Rapport rapport, String titel) {
        var dit = Schooljaar.van(LocalDate.now()).toString();
        return rapport.tabellen().stream().filter(t -> t.titel().equals(titel)).findFirst().orElseThrow().rijen().stream()
                .filter(r -> r.getFirst().equals(dit)).findFirst().orElseThrow();
    }

    private long toegekendeTlvVso(String voornaam) {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var bouwer = new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Kengetal", aanvragen, leerlingen, jdbc);
        long id = bouwer.ingediend(Aanvraagsoort.TLV_SO, voornaam, null, null);
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        var deskundige = gebruikers.loadUserByUsername("deskundige");
        var deskundige2 = gebruikers.loadUserByUsername("deskundige2");
        beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, deskundige.id(), deskundige2.id());
        beoordeling.geefAdvies(SWV, id, bouwer.versie(id), deskundige, true, "SO past bij " + voornaam + ", zo blijkt uit het onderzoek.", true);
        beoordeling.geefAdvies(SWV, id, bouwer.versie(id), deskundige2, true, "Medisch is een plaats in het SO voor " + voornaam + " nodig.", true);
        var start = LocalDate.now().plusDays(1);
        beoordeling.neemBesluit(SWV, id, bouwer.versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Beide adviezen positief.",
                start, start.plusYears(1), Bekostigingscategorie.HOOG, null, null));
        return id;
    }

    @Test
    void eenToegekendeTlvTeltMeeInHetSchooljaarVanHetBesluitMetSoortEnCategorie() {
        var voor = rijVanDitJaar(kengetallen.vanSwv(SWV, "test", false), "Toelaatbaarheidsverklaringen toegekend");

        toegekendeTlvVso("Eerste");

        var na = rijVanDitJaar(kengetallen.vanSwv(SWV, "test", false), "Toelaatbaarheidsverklaringen toegekend");
        assertThat(Integer.parseInt(na.get(1))).as("totaal").isEqualTo(Integer.parseInt(voor.get(1)) + 1);
        assertThat(Integer.parseInt(na.get(5))).as("SO hoog").isEqualTo(Integer.parseInt(voor.get(5)) + 1);
        var doorloop = rijVanDitJaar(kengetallen.vanSwv(SWV, "test", false), "Doorlooptijd toelaatbaarheidsverklaringen (dagen)");
        assertThat(Integer.parseInt(doorloop.get(1))).as("TLV's besloten").isPositive();
        assertThat(doorloop.subList(2, 8)).as("ontvangen, compleet en besluit vandaag: nul dagen daartussen").allSatisfy(d -> assertThat(d).matches("\\d+"));
    }

    @Test
    void deTellingenDieElkBesluitBijwerktZijnGelijkAanDieOpnieuwOpgebouwdUitAlleAanvragen() {
        toegekendeTlvVso("Bijgewerkt");
        int vanaf = Schooljaar.van(LocalDate.now()).beginjaar() - 4;
        var bijgewerkt = Set.copyOf(aanvraagcijfers.toekenningen(java.util.Optional.empty(), vanaf));
        var doorlooptijden = Set.copyOf(aanvraagcijfers.doorlooptijden(java.util.Optional.empty(), vanaf));
        assertThat(bijgewerkt).as("toekenningen").isNotEmpty();

        assertThat(aanvraagcijfers.bouwOpnieuwOp()).as("besloten aanvragen").isPositive();

        assertThat(Set.copyOf(aanvraagcijfers.toekenningen(java.util.Optional.empty(), vanaf))).isEqualTo(bijgewerkt);
        assertThat(Set.copyOf(aanvraagcijfers.doorlooptijden(java.util.Optional.empty(), vanaf))).isEqualTo(doorlooptijden);
    }

    @Test
    void eenVoSwvZietZijnDeelnameVsoUitDeTellingVanDuoEnDeLeerlingenPerSchool() {
        var vo = new SwvCode("VO2708");
        int peiljaar = 2024;
        var perSchool = vestigingstellingImport.leesIn(vo, new ByteArrayInputStream("""
                VESTIGINGSCODE;PEILJAAR;AANTAL_LEERLINGEN
                99AT00;%1$d;1000
                99AV00;%1$d;800
                """.formatted(peiljaar).getBytes(StandardCharsets.UTF_8)));
        assertThat(perSchool.geslaagd()).as(perSchool.fouten().toString()).isTrue();
        var vso = soVsoImport.leesIn(vo, new ByteArrayInputStream("""
                SWV_BETALEND;PEILJAAR;SOORT_ONDERWIJS;BEKOSTIGINGSCATEGORIE;BINNEN_SWV;AANTAL_LEERLINGEN
                VO2708;%1$d;VSO;laag;ja;50
                VO2708;%1$d;VSO;midden;nee;30
                VO2708;%1$d;SO;laag;ja;7
                """.formatted(peiljaar).getBytes(StandardCharsets.UTF_8)));
        assertThat(vso.geslaagd()).as(vso.fouten().toString()).isTrue();

        var tabel = kengetallen.vanSwv(vo, "test", false).tabellen().getFirst();

        assertThat(tabel.titel()).startsWith("Deelname VSO");
        // 80 VSO pupils over 1.800 + 80: 4,3 %
        assertThat(tabel.rijen()).contains(List.of("2024", "80", "1.800", "4,3"));
    }

    @Test
    void watHetSwvVerlaatIsOnderdruktEnDeLandelijkeRunGeeftElkSwvDezelfdeCijfers() throws Exception {
        var onderdrukt = kengetallen.vanSwv(SWV, "test", true);
        var volledig = kengetallen.vanSwv(SWV, "test", false);
        for (int t = 0; t < volledig.tabellen().size(); t++) {
            var kolommen = volledig.tabellen().get(t).kolommen();
            for (int r = 0; r < volledig.tabellen().get(t).rijen().size(); r++) {
                for (int k = 1; k < kolommen.size(); k++) {
                    var cel = volledig.tabellen().get(t).rijen().get(r).get(k);
                    if (cel.matches("[1-4]") && !kolommen.get(k).contains("mediaan") && !kolommen.get(k).contains("percentiel")) {
                        assertThat(onderdrukt.tabellen().get(t).rijen().get(r).get(k)).as(kolommen.get(k)).isEqualTo(Onderdrukking.MINDER_DAN_5);
                    }
                }
            }
        }
        assertThat(kengetallen.vanAlleSwvs().get("PO2707").tabellen()).isEqualTo(onderdrukt.tabellen());

        var xlsx = mvc.perform(get("/swv/PO2707/kengetallen.xlsx").with(user(gebruikers.loadUserByUsername("directeur")))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (var werkboek = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(werkboek.getSheets().count()).isEqualTo(onderdrukt.tabellen().size());
        }
    }

    @Test
    void eenLandelijkBestandGeeftHetLandelijkeCijferNaastDeDeelnameVanHetSwv() {
        var po = register.alleSamenwerkingsverbanden().stream().map(s -> s.code().waarde()).filter(c -> c.startsWith("PO")).toList();
        var csv = new StringBuilder("SAMENWERKINGSVERBANDNUMMER;TYPE_PO;PEILJAAR;GESLACHT;AANTAL_LEERLINGEN\n");
        for (var code : po) {
            csv.append(code).append(";BO;2019;MAN;").append(code.equals("PO2707") ? 900 : 1000).append('\n');
            csv.append(code).append(";SBO;2019;MAN;").append(code.equals("PO2707") ? 50 : 20).append('\n');
            csv.append(code).append(";SO;2019;MAN;").append(code.equals("PO2707") ? 50 : 30).append('\n');
        }

        var rapport = tellingImport.leesIn(SWV, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(rapport.meldingen()).anySatisfy(m -> assertThat(m).contains("landelijk"));
        var deelname = kengetallen.vanSwv(SWV, "test", false).tabellen().getFirst();
        var rij = deelname.rijen().stream().filter(r -> r.getFirst().equals("2019")).findFirst().orElseThrow();
        int n = po.size() - 1;
        var landelijkSbo = java.math.BigDecimal.valueOf((50 + 20L * n) * 100).divide(java.math.BigDecimal.valueOf(1000 + 1050L * n), 1,
                java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        assertThat(rij).containsExactly("2019", "1.000", "5,0", landelijkSbo, "5,0", rij.get(5));
    }

    @Test
    void eenGemeenteZietAlleenOnderdrukteAantallenVanDeSwvsWaarinZeLigt() throws Exception {
        var pagina = mvc.perform(get("/gemeente/kengetallen").with(user(gebruikers.loadUserByUsername("beleid")))).andReturn().getResponse();

        assertThat(pagina.getStatus()).isEqualTo(200);
        var html = pagina.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Kengetallen van de samenwerkingsverbanden in Amsterdam", "PO2707", "minder dan 5");
        var namen = jdbc.sql("select voornaam || ' ' || achternaam from leerling where swv_code = 'PO2707'").query(String.class).list();
        assertThat(namen).isNotEmpty().noneMatch(html::contains);
    }

    @Test
    void deInspectieZietPerSwvAlleenOnderdrukteAantallen() throws Exception {
        var inspectie = gebruikers.loadUserByUsername("inspectie");
        var pagina = mvc.perform(get("/inspectie/kengetallen").param("swv", "PO2707").with(user(inspectie))).andReturn().getResponse();

        assertThat(pagina.getStatus()).isEqualTo(200);
        var html = pagina.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Kengetallen voor de Inspectie", "(PO2707)", "Toelaatbaarheidsverklaringen toegekend");
        var namen = jdbc.sql("select voornaam || ' ' || achternaam from leerling where swv_code = 'PO2707'").query(String.class).list();
        assertThat(namen).noneMatch(html::contains);
        for (var pad : List.of("/swv/PO2707/kengetallen", "/swv/PO2707/budget", "/swv/PO2707/aanvragen")) {
            assertThat(mvc.perform(get(pad).with(user(inspectie))).andReturn().getResponse().getStatus()).as(pad).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/inspectie/kengetallen").with(user(gebruikers.loadUserByUsername("directeur")))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void alleenDeLeidingVanHetEigenSwvZietDeVolledigeKengetallen() throws Exception {
        for (var wie : Set.of("directeur", "financien", "coordinator", "swvbeheer")) {
            assertThat(mvc.perform(get("/swv/PO2707/kengetallen").with(user(gebruikers.loadUserByUsername(wie)))).andReturn().getResponse().getStatus())
                    .as(wie).isEqualTo(200);
        }
        for (var wie : Set.of("ib", "deskundige", "commissie", "swvbeheer.utrecht", "beleid", "ouder")) {
            assertThat(mvc.perform(get("/swv/PO2707/kengetallen").with(user(gebruikers.loadUserByUsername(wie)))).andReturn().getResponse().getStatus())
                    .as(wie).isEqualTo(403);
        }
        var kern = mvc.perform(get("/swv/PO2707/kengetallen/kerncijfers").with(user(gebruikers.loadUserByUsername("financien")))).andReturn().getResponse();
        assertThat(kern.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"kerncijfers\"", "Toelaatbaarheidsverklaringen toegekend")
                .doesNotContain("<html");
    }
}
