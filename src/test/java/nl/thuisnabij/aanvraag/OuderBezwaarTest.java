package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Datumnotatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Parents object online, with documents if they like, and get a receipt that says when it was
 * received and by when the SWV decides.
 */
@IntegratieTest
class OuderBezwaarTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Bijlagen bijlagen;

    @Test
    void deOudersKrijgenBijHunBezwaarEenOntvangstbevestigingMetDeDatumWaaropHetSwvUiterlijkBeslist() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var bouwer = new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Bezwaartest", aanvragen, leerlingen, jdbc).metOuderAccount(ouder.id());
        long id = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, "Bo", null,
                jdbc.sql("select min(id) from arrangementsoort where swv_code = 'PO2707'").query(Long.class).single());
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        beoordeling.neemBesluit(SWV, id, bouwer.versie(id), coordinator, new BesluitInvoer(Besluituitkomst.AFGEWEZEN,
                "De basisondersteuning van de school is voldoende.", null, null, null, null, null));

        var brief = mvc.perform(get("/ouder/aanvragen/PO2707/%d/besluiten/1/brief".formatted(id)).with(user(ouder))).andReturn().getResponse();
        assertThat(brief.getHeader("Content-Disposition")).as("de brief opent in de browser").startsWith("inline");
        assertThat(new String(brief.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var antwoord = mvc.perform(post("/ouder/aanvragen/PO2707/%d/bezwaar".formatted(id)).param("gronden", "Bo heeft meer hulp nodig dan de school geeft.")
                .with(user(ouder)).with(csrf())).andReturn();

        assertThat(antwoord.getResponse().getStatus()).isEqualTo(302);
        var bezwaar = aanvragen.detail(SWV, id, ouder).aanvraag().bezwaren().getLast();
        assertThat(bezwaar.ingediendOp()).isEqualTo(LocalDate.now());
        assertThat((String) antwoord.getFlashMap().get("melding")).isEqualTo(("Uw bezwaar is ontvangen op %s. Het samenwerkingsverband beslist uiterlijk %s. "
                + "U krijgt de beslissing in een brief.").formatted(Datumnotatie.lang(LocalDate.now()),
                Datumnotatie.lang(bezwaar.beslissenUiterlijk(Aanvraagsoort.ARRANGEMENT))));
        assertThat(bezwaar.beslissenUiterlijk(Aanvraagsoort.ARRANGEMENT)).isAfter(LocalDate.now().plusWeeks(6));
    }

    /** {@code schoolstuk}: an attachment the school added to its request, or null. */
    private long afgewezen(String voornaam, byte[] schoolstuk) {
        var ouder = gebruikers.loadUserByUsername("ouder");
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var bouwer = new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Bezwaarstukken", aanvragen, leerlingen, jdbc).metOuderAccount(ouder.id());
        long id = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, voornaam, null,
                jdbc.sql("select min(id) from arrangementsoort where swv_code = 'PO2707'").query(Long.class).single());
        if (schoolstuk != null) {
            bijlagen.voegBijlageToe(SWV, id, gebruikers.loadUserByUsername("ib"), "onderzoeksverslag.pdf", schoolstuk);
        }
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        beoordeling.neemBesluit(SWV, id, bouwer.versie(id), coordinator, new BesluitInvoer(Besluituitkomst.AFGEWEZEN,
                "De basisondersteuning van de school is voldoende.", null, null, null, null, null));
        return id;
    }

    @Test
    void deOudersSturenStukkenMeeMetHunBezwaarEnLezenAlleenDieTerugNietDeBijlagenVanDeSchool() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");
        long id = afgewezen("Fien", nl.thuisnabij.Testbestanden.pdf("Verslag van de school"));
        var verslag = nl.thuisnabij.Testbestanden.pdf("Verslag van de logopedist");

        var antwoord = mvc.perform(multipart("/ouder/aanvragen/PO2707/%d/bezwaar".formatted(id))
                .file(new MockMultipartFile("stukken", "logopedie.pdf", "application/pdf", verslag))
                .param("gronden", "De logopedist ziet meer nodig.").with(user(ouder)).with(csrf())).andReturn();

        assertThat(antwoord.getResponse().getStatus()).isEqualTo(302);
        var detail = aanvragen.detail(SWV, id, ouder);
        var stuk = detail.stukkenBijBezwaar(detail.aanvraag().bezwaren().getLast().volgnummer());
        assertThat(stuk).singleElement().satisfies(b -> assertThat(b.bestandsnaam()).isEqualTo("logopedie.pdf"));
        assertThat(mvc.perform(get("/ouder/aanvragen/PO2707/%d/bezwaarstukken/%d".formatted(id, stuk.getFirst().id())).with(user(ouder)))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(verslag);
        var vanSchool = detail.bijlagenVanDeAanvraag().getFirst();
        assertThat(mvc.perform(get("/ouder/aanvragen/PO2707/%d/bezwaarstukken/%d".formatted(id, vanSchool.id())).with(user(ouder)))
                .andReturn().getResponse().getStatus()).as("de bijlage van de school is geen stuk bij het bezwaar").isEqualTo(404);
        var pagina = mvc.perform(get("/swv/PO2707/aanvragen/" + id).with(user(gebruikers.loadUserByUsername("coordinator")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(pagina).contains("Meegestuurd: ", "logopedie.pdf");
    }

    @Test
    void eenGeweigerdStukWeigertHetHeleBezwaarEnDeOudersHoudenHunTekst() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");
        long id = afgewezen("Mila", null);

        var antwoord = mvc.perform(multipart("/ouder/aanvragen/PO2707/%d/bezwaar".formatted(id))
                .file(new MockMultipartFile("stukken", "brief.pdf", "application/pdf", nl.thuisnabij.Testbestanden.pdf("Brief")))
                .file(new MockMultipartFile("stukken", "foto.exe", "application/octet-stream", new byte[] {'M', 'Z', 1, 2}))
                .param("gronden", "Mila heeft meer hulp nodig.").with(user(ouder)).with(csrf())).andReturn().getResponse();

        assertThat(antwoord.getStatus()).as("het formulier komt terug met de fout bij het veld").isEqualTo(400);
        assertThat(antwoord.getContentAsString()).contains("foto.exe", "is niet toegestaan", "Mila heeft meer hulp nodig.", "Kies de bestanden opnieuw");
        assertThat(aanvragen.detail(SWV, id, ouder).aanvraag().bezwaren()).as("niets half ontvangen").isEmpty();
        assertThat(jdbc.sql("select count(*) from bijlage where aanvraag_id = ?").param(id).query(Integer.class).single()).isZero();
    }
}
