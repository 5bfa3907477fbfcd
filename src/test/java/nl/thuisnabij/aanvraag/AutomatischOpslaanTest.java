package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The school's request form saves itself as the school types: each save on the version the last one
 * made, so a change by someone else in between is detected and nothing is overwritten; a refused save
 * changes nothing.
 */
@IntegratieTest
class AutomatischOpslaanTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    JdbcClient jdbc;

    Gebruiker ib;
    AanvraagBouwer bouwer;

    @BeforeEach
    void school() {
        ib = gebruikers.loadUserByUsername("ib");
        bouwer = new AanvraagBouwer(SWV, ib, "Opslaantest", aanvragen, leerlingen, jdbc);
    }

    private MockHttpServletResponse slaOp(Gebruiker door, long vestiging, long id, int versie, String vraag) throws Exception {
        return mvc.perform(post("/swv/PO2707/vestigingen/%d/aanvragen/%d/inhoud/automatisch".formatted(vestiging, id)).with(user(door)).with(csrf())
                .param("versie", String.valueOf(versie)).param("vraag", vraag).param("behoeften", "Rust in de klas.").param("geprobeerd", "")
                .param("arrangementsoort", "")).andReturn().getResponse();
    }

    @Test
    void elkeAutomatischeOpslagBewaartDeTekstEnGeeftDeVersieVoorDeVolgende() throws Exception {
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), bouwer.leerling("Pim", null), Aanvraagsoort.TLV_SBO, null);
        int versie = bouwer.versie(id);

        var eerste = slaOp(ib, ib.vestigingId(), id, versie, "Past het SBO bij Pim?");
        assertThat(eerste.getStatus()).isEqualTo(200);
        assertThat(eerste.getContentAsString()).startsWith("Automatisch opgeslagen om ");
        assertThat(eerste.getHeader("X-Versie")).isEqualTo(String.valueOf(bouwer.versie(id)));
        var tweede = slaOp(ib, ib.vestigingId(), id, Integer.parseInt(eerste.getHeader("X-Versie")), "Past het SBO bij Pim? Hij leert traag.");

        assertThat(tweede.getStatus()).isEqualTo(200);
        var aanvraag = aanvragen.detail(SWV, id, ib).aanvraag();
        assertThat(aanvraag.vraag()).isEqualTo("Past het SBO bij Pim? Hij leert traag.");
        assertThat(aanvraag.ondersteuningsbehoeften()).isEqualTo("Rust in de klas.");
    }

    @Test
    void eenOpslagOpEenOudeVersieOverschrijftNietsEnZegtWatErAanDeHandIs() throws Exception {
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), bouwer.leerling("Roos", null), Aanvraagsoort.TLV_SBO, null);
        int versie = bouwer.versie(id);
        assertThat(slaOp(ib, ib.vestigingId(), id, versie, "Eerst getypt in het ene tabblad.").getStatus()).isEqualTo(200);

        var oud = slaOp(ib, ib.vestigingId(), id, versie, "Daarna in een ander tabblad.");

        assertThat(oud.getStatus()).isEqualTo(409);
        assertThat(oud.getContentAsString()).contains("iemand anders heeft de aanvraag intussen gewijzigd", "Uw tekst staat nog hier");
        assertThat(aanvragen.detail(SWV, id, ib).aanvraag().vraag()).isEqualTo("Eerst getypt in het ene tabblad.");
    }

    @Test
    void eenTeLangeTekstOfEenAndereSchoolWordtGeweigerdEnErVerandertNiets() throws Exception {
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), bouwer.leerling("Ties", null), Aanvraagsoort.TLV_SBO, null);
        int versie = bouwer.versie(id);

        var teLang = slaOp(ib, ib.vestigingId(), id, versie, "x".repeat(20_001));
        assertThat(teLang.getStatus()).isEqualTo(400);
        assertThat(teLang.getContentAsString()).startsWith("Niet opgeslagen: ");
        var andereVestiging = jdbc.sql("select id from vestiging where swv_code = 'PO2707' and id <> ? order by id limit 1").param(ib.vestigingId())
                .query(Long.class).single();
        assertThat(slaOp(gebruikers.loadUserByUsername("schooldirecteur"), andereVestiging, id, versie, "Van een andere school.").getStatus())
                .isIn(403, 404);
        assertThat(bouwer.versie(id)).isEqualTo(versie);
        assertThat(aanvragen.detail(SWV, id, ib).aanvraag().vraag()).isNull();
    }
}
