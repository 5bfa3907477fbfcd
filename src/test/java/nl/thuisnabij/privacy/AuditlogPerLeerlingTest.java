package nl.thuisnabij.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.Testbestanden;
import nl.thuisnabij.aanvraag.AanvraagBouwer;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Bijlagen;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.audit.AuditZoekopdracht;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The privacy officer searches the audit log by pupil, by name or number: the lines about the pupil's
 * file and about each of their records (requests, decisions, attachments, registrations, OPPs,
 * thuiszitter reports), and never those of another pupil or another SWV. Every line about one pupil's
 * record names that pupil; the export for an access request holds the same lines.
 */
@IntegratieTest
class AuditlogPerLeerlingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Bijlagen bijlagen;

    /** Per kind of record the log names: a record of PO2707 and its pupil, found here with this test's own SQL. */
    private Map<String, long[]> eenGegevenPerSoort() {
        var gegevens = new LinkedHashMap<String, long[]>();
        gegevens.put("aanvraag", rij("select id, leerling_id from aanvraag where swv_code = 'PO2707' order by id limit 1"));
        gegevens.put("besluit", rij("""
                select b.aanvraag_id, a.leerling_id, b.volgnummer from besluit b join aanvraag a on a.id = b.aanvraag_id
                 where a.swv_code = 'PO2707' order by b.aanvraag_id limit 1"""));
        gegevens.put("bijlage", bijlageVanEenNieuweAanvraag());
        gegevens.put("aanmelding", rij("select id, leerling_id from aanmelding where swv_code = 'PO2707' order by id limit 1"));
        gegevens.put("opp", rij("select id, leerling_id from opp where swv_code = 'PO2707' order by id limit 1"));
        gegevens.put("thuiszitter", rij("select id, leerling_id from thuiszitter where swv_code = 'PO2707' order by id limit 1"));
        return gegevens;
    }

    /** The demo data has no attachments: the school adds one to a request of its own. */
    private long[] bijlageVanEenNieuweAanvraag() {
        var ib = (Gebruiker) gebruikers.loadUserByUsername("ib");
        long aanvraag = new AanvraagBouwer(SwvCode.van("PO2707"), ib, "Spoorzoeker", aanvragen, leerlingen, jdbc)
                .compleetConcept(Aanvraagsoort.ARRANGEMENT, "Sem", null, null);
        bijlagen.voegBijlageToe(SwvCode.van("PO2707"), aanvraag, ib, "verslag.pdf", Testbestanden.pdf("Verslag"));
        return rij("select b.id, a.leerling_id from bijlage b join aanvraag a on a.id = b.aanvraag_id where a.id = " + aanvraag);
    }

    private long[] rij(String sql) {
        return jdbc.sql(sql).query((rs, n) -> {
            var waarden = new long[rs.getMetaData().getColumnCount()];
            for (int k = 0; k < waarden.length; k++) {
                waarden[k] = rs.getLong(k + 1);
            }
            return waarden;
        }).single();
    }

    private static String nummer(String soort, long[] gegeven) {
        return soort.equals("besluit") ? gegeven[0] + "/" + gegeven[2] : String.valueOf(gegeven[0]);
    }

    @Test
    void elkeSoortGegevenInHetLogLeidtNaarZijnLeerlingEnNietNaarEenAndere() {
        var kenmerk = UUID.randomUUID().toString();
        var gegevens = eenGegevenPerSoort();
        gegevens.forEach((soort, gegeven) -> auditLog.lezen("PO2707", soort, nummer(soort, gegeven), soort + " gelezen " + kenmerk));

        gegevens.forEach((soort, gegeven) -> {
            long leerling = gegeven[1];
            var regels = auditLog.zoek("PO2707", AuditZoekopdracht.overLeerling(leerling), 1000).stream()
                    .filter(r -> r.omschrijving().endsWith(kenmerk)).toList();
            assertThat(regels).as("de regel over %s %s bij leerling %d", soort, nummer(soort, gegeven), leerling)
                    .anySatisfy(r -> assertThat(r.recordsoort()).isEqualTo(soort));
            // every line found is about a record of this pupil, not of one of the others
            gegevens.forEach((andereSoort, andere) -> {
                if (andere[1] != leerling) {
                    assertThat(regels).as("%s van leerling %d", andereSoort, andere[1]).noneMatch(r -> r.recordsoort().equals(andereSoort));
                }
            });
            assertThat(auditLog.leerlingPerRegel("PO2707", regels)).as("elke regel noemt de leerling").containsOnlyKeys(
                    regels.stream().map(r -> r.id()).toList()).allSatisfy((regel, l) -> assertThat(l).isEqualTo(leerling));
        });
    }

    @Test
    void deFunctionarisVindtDeLeerlingOpNaamOfNummerEnZietWieZijnAanvraagLas() throws Exception {
        long[] aanvraag = eenGegevenPerSoort().get("aanvraag");
        long leerling = aanvraag[1];
        var naam = jdbc.sql("select voornaam || ' ' || achternaam from leerling where id = ?").param(leerling).query(String.class).single();
        long andereAanvraag = jdbc.sql("select id from aanvraag where swv_code = 'PO2707' and leerling_id <> ? order by id limit 1").param(leerling)
                .query(Long.class).single();
        mvc.perform(get("/swv/PO2707/aanvragen/" + aanvraag[0]).with(user(gebruikers.loadUserByUsername("coordinator"))));
        mvc.perform(get("/swv/PO2707/aanvragen/" + andereAanvraag).with(user(gebruikers.loadUserByUsername("coordinator"))));

        var opNummer = pagina("leerling", String.valueOf(leerling));
        assertThat(opNummer).contains("Regels over " + naam + " (leerling " + leerling + ")", "aanvraag " + aanvraag[0], "aanvraag bekeken",
                naam + " (" + leerling + ")").doesNotContain("aanvraag " + andereAanvraag + "<");
        var opNaam = pagina("leerling", naam);
        if (jdbc.sql("select count(*) from leerling where swv_code = 'PO2707' and lower(voornaam || ' ' || achternaam) like lower(?)").param("%" + naam + "%")
                .query(Long.class).single() == 1) {
            assertThat(opNaam).contains("Regels over " + naam, "aanvraag " + aanvraag[0]);
        } else {
            assertThat(opNaam).contains("Welke leerling bedoelt u?", "leerling=" + leerling);
        }

        var algemeen = pagina("recordsoort", "aanvraag", "recordId", String.valueOf(aanvraag[0]));
        assertThat(algemeen).as("een gewone zoekopdracht noemt de leerling bij de regel").contains(naam + " (" + leerling + ")");

        var csv = mvc.perform(get("/swv/PO2707/inzage/%d.csv".formatted(leerling)).with(user(gebruikers.loadUserByUsername("privacy")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).as("het inzagebestand heeft dezelfde regels").contains("aanvraag " + aanvraag[0], "aanvraag bekeken")
                .doesNotContain("aanvraag " + andereAanvraag + ",");
    }

    @Test
    void eenNaamDieMeerLeerlingenHebbenLaatKiezenEnEenOnbekendeNaamZegtWatTeDoen() throws Exception {
        var swv = SwvCode.van("PO2707");
        long eerste = leerlingen.registreer(swv, new NieuweLeerling("Jip", "Zoekmeer", LocalDate.of(2015, 1, 1), Postcode.volledig("1015AB"), null));
        long tweede = leerlingen.registreer(swv, new NieuweLeerling("Jop", "Zoekmeer", LocalDate.of(2016, 2, 2), Postcode.volledig("1015AB"), null));

        var keuze = pagina("leerling", "zoekmeer");
        assertThat(keuze).contains("Welke leerling bedoelt u?", "Jip Zoekmeer", "Jop Zoekmeer", "leerling=" + eerste, "leerling=" + tweede)
                .doesNotContain("Geen auditregels gevonden");

        var onbekend = pagina("leerling", "Qwxyzonbekend");
        assertThat(onbekend).contains("Er is geen leerling met deze naam", "aria-invalid=\"true\"", "value=\"Qwxyzonbekend\"");
        assertThat(pagina("leerling", "Q")).contains("Vul ten minste twee letters");
    }

    @Test
    void eenLeerlingVanEenAnderSamenwerkingsverbandGeeftGeenNaamEnGeenRegelsVanDatSamenwerkingsverband() throws Exception {
        long vanElders = leerlingen.registreer(SwvCode.van("PO2601"), new NieuweLeerling("Vera", "Elders", LocalDate.of(2016, 3, 1),
                Postcode.volledig("3511AA"), null));
        var kenmerk = UUID.randomUUID().toString();
        auditLog.lezen("PO2601", "leerling", String.valueOf(vanElders), "gelezen in PO2601 " + kenmerk);

        var pagina = pagina("leerling", String.valueOf(vanElders));
        assertThat(pagina).contains("Leerling " + vanElders + " staat niet (meer) in het register van PO2707").doesNotContain("Vera", kenmerk);
        assertThat(pagina("leerling", "Vera Elders")).contains("Er is geen leerling met deze naam");
        assertThat(mvc.perform(get("/swv/PO2601/auditlog").param("leerling", String.valueOf(vanElders))
                .with(user(gebruikers.loadUserByUsername("privacy")))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private String pagina(String... parameters) throws Exception {
        var verzoek = get("/swv/PO2707/auditlog").with(user(gebruikers.loadUserByUsername("privacy")));
        for (int i = 0; i < parameters.length; i += 2) {
            verzoek = verzoek.param(parameters[i], parameters[i + 1]);
        }
        var antwoord = mvc.perform(verzoek).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(200);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }
}
