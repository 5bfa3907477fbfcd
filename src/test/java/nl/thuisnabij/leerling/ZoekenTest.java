package nl.thuisnabij.leerling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanvraag.AanvraagBouwer;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search box finds a pupil by name with the records the user may open, and nothing of a pupil
 * the user may not see: not of another school, not of another SWV, not for a role without pupils.
 */
@IntegratieTest
class ZoekenTest {

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

    private String zoek(String wie, String naam) throws Exception {
        var antwoord = mvc.perform(get("/zoeken").param("naam", naam).with(user(gebruikers.loadUserByUsername(wie)))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(200);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void deCoordinatorVindtEenLeerlingMetZijnAanvraagEnDeSchoolAlleenAlsHetHaarLeerlingIs() throws Exception {
        long id = new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Zoekbaar", aanvragen, leerlingen, jdbc)
                .ingediend(Aanvraagsoort.TLV_SO, "Fleur", null, null);
        long leerling = jdbc.sql("select leerling_id from aanvraag where id = ?").param(id).query(Long.class).single();

        assertThat(zoek("coordinator", "zoekbaar")).contains("Fleur Zoekbaar", "/swv/PO2707/aanvragen/" + id);
        var ib = gebruikers.loadUserByUsername("ib");
        assertThat(zoek("ib", "Zoekbaar")).contains("Fleur Zoekbaar", "/swv/PO2707/vestigingen/%d/aanvragen/%d".formatted(ib.vestigingId(), id));
        assertThat(jdbc.sql("select count(*) from auditregel where recordsoort = 'leerling' and ? = any(record_ids) and omschrijving = 'gezocht op naam'")
                .param(String.valueOf(leerling)).query(Integer.class).single()).as("wie gevonden is, is gelezen").isPositive();

        assertThat(zoek("financien", "Zoekbaar")).as("financiën ziet geen leerlingen").doesNotContain("Fleur Zoekbaar")
                .contains("U kunt geen leerling met deze naam zien");
    }

    @Test
    void eenLeerlingVanEenAnderSwvOfZonderZichtbareGegevensWordtNietGevonden() throws Exception {
        leerlingen.registreer(new SwvCode("PO2601"), new NieuweLeerling("Utrechtse", "Onvindbaar", LocalDate.of(2016, 5, 1),
                Postcode.volledig("3511AA"), null));
        leerlingen.registreer(SWV, new NieuweLeerling("Zonder", "Onvindbaar", LocalDate.of(2016, 5, 1), Postcode.volledig("1016AB"), null));

        assertThat(zoek("coordinator", "Onvindbaar")).doesNotContain("Utrechtse Onvindbaar", "Zonder Onvindbaar")
                .contains("U kunt geen leerling met deze naam zien");
    }

    @Test
    void eenThuiszitterWordtGevondenDoorDeZorgplichtbehandelaarsMaarNietDoorEenDeskundige() throws Exception {
        assertThat(zoek("coordinator", "Emma Visser")).contains("Thuiszitter sinds", "/swv/PO2707/thuiszitters/");
        assertThat(zoek("deskundige", "Emma Visser")).doesNotContain("Thuiszitter sinds");
    }
}
