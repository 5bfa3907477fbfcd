package nl.thuisnabij.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Persoonsgegevens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The SWV's AVG duties: a register of processing activities (art. 30) that names every table about
 * pupils, made from what the modules declare, and the export of everything about one pupil for a
 * subject-access request (art. 15), as PDF and JSON, for the privacy officer of that SWV only.
 */
@IntegratieTest
class AvgTest {

    /** A table about a pupil or about one of their records. */
    private static final List<String> OVER_EEN_LEERLING = List.of("leerling_id", "aanvraag_id", "aanmelding_id", "opp_id", "thuiszitter_id");

    @Autowired
    MockMvc mvc;
    @Autowired
    List<Persoonsgegevens> modules;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Leerlingen leerlingen;

    @Test
    void elkeTabelOverLeerlingenStaatInHetVerwerkingsregister() {
        var tabellen = new java.util.ArrayList<>(List.of("leerling"));
        tabellen.addAll(jdbc.sql("""
                select distinct c.table_name from information_schema.columns c join pg_class k on k.relname = c.table_name
                 where c.table_schema = 'public' and c.column_name = any(?) and not k.relispartition
                """).param(OVER_EEN_LEERLING.toArray(String[]::new)).query(String.class).list());
        var gedeclareerd = modules.stream().flatMap(m -> m.verwerking().tabellen().stream()).collect(Collectors.toSet());

        assertThat(tabellen).as("de proef vindt de tabellen").contains("aanvraag", "opp_doel", "thuiszitter_plan");
        assertThat(tabellen).as("tabellen met gegevens over leerlingen zonder verwerking in het register").isSubsetOf(gedeclareerd);
    }

    @Test
    void dePrivacyfunctionarisDownloadtAllesOverEenLeerlingAlsPdfCsvEnJsonEnZietWieDeGegevensZag() throws Exception {
        var privacy = gebruikers.loadUserByUsername("privacy");
        var aanvraag = jdbc.sql("""
                select leerling_id, vraag from aanvraag where swv_code = 'PO2707' and vraag is not null and status <> 'CONCEPT' order by id limit 1
                """).query((rs, rij) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long leerling = (long) aanvraag[0];
        var naam = jdbc.sql("select voornaam || ' ' || achternaam from leerling where id = ?").param(leerling).query(String.class).single();

        var gevonden = mvc.perform(get("/swv/PO2707/inzage").param("naam", naam.split(" ")[0]).with(user(privacy))).andReturn().getResponse();
        assertThat(gevonden.getContentAsString(StandardCharsets.UTF_8)).contains("/swv/PO2707/inzage/" + leerling + ".pdf");

        var json = mvc.perform(get("/swv/PO2707/inzage/%d.json".formatted(leerling)).with(user(privacy))).andReturn().getResponse();
        assertThat(json.getStatus()).isEqualTo(200);
        var gegevens = new ObjectMapper().readTree(json.getContentAsByteArray());
        var titels = gegevens.path("onderdelen").valueStream().map(o -> o.path("titel").asString()).toList();
        assertThat(titels).startsWith("Leerling").contains("Aanvragen", "Adviezen van deskundigen", "Besluiten", "Aanmeldingen",
                "Ontwikkelingsperspectieven", "Thuiszitten").endsWith("Wie heeft de gegevens van de leerling gezien of gewijzigd");
        assertThat(gegevens.toString()).contains((String) aanvraag[1]);

        var pdf = mvc.perform(get("/swv/PO2707/inzage/%d.pdf".formatted(leerling)).with(user(privacy))).andReturn().getResponse();
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Gegevens van " + naam, "AVG artikel 15", "Aanvragen");
        }
        var csv = mvc.perform(get("/swv/PO2707/inzage/%d.csv".formatted(leerling)).with(user(privacy))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Gegevens van " + naam, "Aanvragen", (String) aanvraag[1]);
        assertThat(jdbc.sql("select count(*) from auditregel where recordsoort = 'leerling' and record_id = ? and omschrijving like 'inzage%'")
                .param(String.valueOf(leerling)).query(Long.class).single()).isGreaterThanOrEqualTo(3);

        assertThat(gevonden.getContentAsString(StandardCharsets.UTF_8)).contains("/swv/PO2707/auditlog?leerling=" + leerling);
        var wieZag = mvc.perform(get("/swv/PO2707/auditlog").param("leerling", String.valueOf(leerling))
                .with(user(privacy))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wieZag).contains("inzage gedownload als CSV", "inzage gedownload als PDF");
    }

    @Test
    void alleenDePrivacyfunctionarisVanHetEigenSwvKrijgtDeGegevens() throws Exception {
        long leerling = jdbc.sql("select id from leerling where swv_code = 'PO2707' order by id limit 1").query(Long.class).single();
        long vanElders = leerlingen.registreer(SwvCode.van("PO2601"), new NieuweLeerling("Uma", "Utrecht", java.time.LocalDate.of(2016, 3, 1),
                Postcode.volledig("3511AA"), null));
        var privacy = gebruikers.loadUserByUsername("privacy");

        assertThat(mvc.perform(get("/swv/PO2707/inzage/%d.json".formatted(leerling)).with(user(gebruikers.loadUserByUsername("coordinator"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/swv/PO2601/inzage/%d.json".formatted(vanElders)).with(user(privacy))).andReturn().getResponse().getStatus())
                .as("een ander samenwerkingsverband").isEqualTo(403);
        assertThat(mvc.perform(get("/swv/PO2707/inzage/%d.json".formatted(vanElders)).with(user(privacy))).andReturn().getResponse().getStatus())
                .as("een leerling van een ander samenwerkingsverband via het eigen adres").isEqualTo(404);

        var register = mvc.perform(get("/swv/PO2707/verwerkingsregister").with(user(privacy))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(register).contains("Leerlingdossier", "Aanvragen voor arrangementen en toelaatbaarheidsverklaringen", "ja: gegevens over gezondheid",
                "WPO art. 18a lid 13");
    }

    @Test
    void eenVerzoekOmWissingWordtVastgelegdVerlengdEnMetRedenAfgewezen() throws Exception {
        var privacy = gebruikers.loadUserByUsername("privacy");
        long leerling = jdbc.sql("select id from leerling where swv_code = 'PO2707' order by id limit 1").query(Long.class).single();
        long vanElders = leerlingen.registreer(SwvCode.van("PO2601"), new NieuweLeerling("Ida", "Elders", java.time.LocalDate.of(2015, 5, 1),
                Postcode.volledig("3511AB"), null));

        var anderSwv = mvc.perform(post("/swv/PO2707/avg-verzoeken").with(user(privacy)).with(csrf()).param("soort", "WISSING")
                .param("leerling", String.valueOf(vanElders)).param("verzoeker", "de vader van Ida").param("ontvangenOp", java.time.LocalDate.now().toString())
                .param("omschrijving", "Wis alle gegevens van mijn dochter.")).andReturn().getResponse();
        assertThat(anderSwv.getStatus()).isEqualTo(400);
        assertThat(anderSwv.getContentAsString(StandardCharsets.UTF_8)).contains("geen leerling met dit nummer", "de vader van Ida");

        var vastgelegd = mvc.perform(post("/swv/PO2707/avg-verzoeken").with(user(privacy)).with(csrf()).param("soort", "WISSING")
                .param("leerling", String.valueOf(leerling)).param("verzoeker", "de vader van de leerling")
                .param("ontvangenOp", java.time.LocalDate.now().toString()).param("omschrijving", "Wis alle gegevens van mijn zoon.")).andReturn().getResponse();
        assertThat(vastgelegd.getRedirectedUrl()).isEqualTo("/swv/PO2707/avg-verzoeken");
        long id = jdbc.sql("select max(id) from avg_verzoek where leerling_id = ?").param(leerling).query(Long.class).single();

        var zonderReden = mvc.perform(post("/swv/PO2707/avg-verzoeken/%d/afhandeling".formatted(id)).with(user(privacy)).with(csrf())
                .param("versie", "0").param("uitkomst", "AFGEWEZEN")).andReturn().getResponse();
        assertThat(zonderReden.getStatus()).isEqualTo(400);
        assertThat(zonderReden.getContentAsString(StandardCharsets.UTF_8)).contains("Schrijf waarom het verzoek (deels) is afgewezen");

        mvc.perform(post("/swv/PO2707/avg-verzoeken/%d/verlenging".formatted(id)).with(user(privacy)).with(csrf()).param("versie", "0")
                .param("reden", "Het advies van de school is nodig."));
        var verouderd = mvc.perform(post("/swv/PO2707/avg-verzoeken/%d/afhandeling".formatted(id)).with(user(privacy)).with(csrf())
                .param("versie", "0").param("uitkomst", "TOEGEWEZEN")).andReturn().getResponse();
        assertThat(verouderd.getStatus()).as("wie een oude pagina opslaat, overschrijft niets").isEqualTo(409);

        mvc.perform(post("/swv/PO2707/avg-verzoeken/%d/afhandeling".formatted(id)).with(user(privacy)).with(csrf()).param("versie", "1")
                .param("uitkomst", "AFGEWEZEN").param("toelichting", "Het besluit op de aanvraag moet bewaard blijven (AVG art. 17 lid 3 b)."));
        var lijst = mvc.perform(get("/swv/PO2707/avg-verzoeken").with(user(privacy))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(lijst).contains("Wissing (art. 17) van de vader van de leerling", "afgewezen op", "AVG art. 17 lid 3 b", "verlengd: Het advies");
        var tweede = mvc.perform(post("/swv/PO2707/avg-verzoeken/%d/afhandeling".formatted(id)).with(user(privacy)).with(csrf())
                .param("versie", "2").param("uitkomst", "TOEGEWEZEN")).andReturn().getResponse();
        assertThat(tweede.getContentAsString(StandardCharsets.UTF_8)).contains("Dit verzoek is al afgehandeld");
        assertThat(mvc.perform(get("/swv/PO2707/avg-verzoeken").with(user(gebruikers.loadUserByUsername("coordinator")))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
