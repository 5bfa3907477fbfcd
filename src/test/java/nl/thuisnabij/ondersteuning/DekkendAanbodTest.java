package nl.thuisnabij.ondersteuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class DekkendAanbodTest {

    static final SwvCode AMSTERDAM = new SwvCode("PO2707");
    static final SwvCode UTRECHT = new SwvCode("PO2601");

    @Autowired
    DekkendAanbod dekkendAanbod;
    @Autowired
    Catalogus catalogus;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService gebruikers;

    @Test
    void eenBehoefteDieNergensWordtGebodenIsEenWitteVlekInDeGemeenteEnHetHeleSwv() {
        var matrix = dekkendAanbod.matrix(AMSTERDAM, LocalDate.now());

        var zintuiglijk = matrix.rijen().stream().filter(r -> r.domein().code().equals("zintuiglijk")).findFirst().orElseThrow();
        assertThat(zintuiglijk.heleSwv().witteVlek()).isTrue();
        assertThat(matrix.nergensInSwv()).contains(zintuiglijk);
        var gedrag = matrix.rijen().stream().filter(r -> r.domein().code().equals("gedrag")).findFirst().orElseThrow();
        int amsterdam = matrix.gemeenten().indexOf("Amsterdam");
        int diemen = matrix.gemeenten().indexOf("Diemen");
        assertThat(gedrag.perGemeente().get(amsterdam).hoogste()).isEqualTo(Niveau.EXTRA);
        assertThat(gedrag.perGemeente().get(amsterdam).scholen()).contains("SO De Koers");
        assertThat(gedrag.perGemeente().get(diemen).witteVlek()).as("Diemen heeft geen demoscholen").isTrue();
    }

    @Test
    void eenWijzigingVanDeCatalogusStaatMeteenInHetBewaardeDekkendAanbod() {
        var voor = dekkendAanbod.matrix(UTRECHT, LocalDate.now());
        assertThat(dekkendAanbod.matrix(UTRECHT, LocalDate.now())).as("bewaard, niet opnieuw berekend").isSameAs(voor);

        catalogus.voegToe(UTRECHT, "Cachetest-domein", Niveau.GEEN);

        assertThat(dekkendAanbod.matrix(UTRECHT, LocalDate.now()).rijen()).extracting(r -> r.domein().naam()).contains("Cachetest-domein");
    }

    @Test
    void deKaartToontElkPostcodegebiedEnElkeSchoolMetCoordinaten() {
        var matrix = dekkendAanbod.matrix(AMSTERDAM, LocalDate.now());
        var zintuiglijk = matrix.rijen().stream().filter(r -> r.domein().code().equals("zintuiglijk")).findFirst().orElseThrow();

        var kaart = dekkendAanbod.kaart(matrix, zintuiglijk.domein().id(), LocalDate.now());

        assertThat(kaart.postcodes()).hasSizeGreaterThan(50).allMatch(DekkendAanbod.Punt::witteVlek)
                .allMatch(p -> p.x() >= 0 && p.x() <= kaart.breedte() && p.y() >= 0 && p.y() <= kaart.hoogte());
        assertThat(kaart.scholen()).hasSize(14).allMatch(s -> s.niveau() == Niveau.GEEN);
    }

    @Test
    void deExportIsEenEchtCsvEnPdfBestandMetDeWitteVlekken() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");

        var csv = mvc.perform(get("/swv/PO2707/dekkend-aanbod.csv").with(user(coordinator))).andReturn().getResponse();
        var tekst = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains("dekkend-aanbod-PO2707");
        assertThat(tekst).startsWith("\uFEFFondersteuningsdomein;vereist niveau (basisondersteuning);Amsterdam;Diemen;heel samenwerkingsverband");
        assertThat(tekst.lines()).anySatisfy(regel -> assertThat(regel).startsWith("Zintuiglijke beperking;niet aangeboden;WITTE VLEK;WITTE VLEK;WITTE VLEK"));

        var pdf = mvc.perform(get("/swv/PO2707/dekkend-aanbod.pdf").with(user(coordinator))).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var lezer = new PdfReader(pdf.getContentAsByteArray())) {
            var pagina = new PdfTextExtractor(lezer).getTextFromPage(1);
            assertThat(pagina).contains("Dekkend aanbod").contains("PO2707").contains("WITTE VLEK").contains("Zintuiglijke beperking");
        }
    }
}
