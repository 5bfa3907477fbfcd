package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruikers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A missing choice or a malformed value in a form is a Dutch message, never a default and never a server error. */
@IntegratieTest
class OngeldigeInvoerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    nl.thuisnabij.leerling.Leerlingen leerlingen;

    @Test
    void eenOnleesbareOfOntbrekendeKeuzeBijEenStapGeeftEenNederlandseMeldingEnVerandertNiets() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        long id = jdbc.sql("select min(id) from aanvraag where swv_code = 'PO2707' and status <> 'CONCEPT'")
                .query(Long.class).single();
        int versie = jdbc.sql("select versie from aanvraag where id = ?").param(id).query(Integer.class).single();
        var pad = "/swv/PO2707/aanvragen/%d/".formatted(id);

        mvc.perform(post(pad + "advies-vragen").with(user(coordinator)).with(csrf()).param("versie", String.valueOf(versie))
                        .param("eerste", "abc").param("tweede", "12"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("fout", containsString("'abc' is geen geldige keuze")));
        mvc.perform(post(pad + "advies-vragen").with(user(coordinator)).with(csrf()).param("versie", String.valueOf(versie)))
                .andExpect(flash().attribute("fout", containsString("kies of vul in: de eerste deskundige")));
        mvc.perform(post(pad + "besluit").with(user(coordinator)).with(csrf()).param("versie", String.valueOf(versie))
                        .param("uitkomst", "MISSCHIEN").param("motivering", "Bewaard?"))
                .andExpect(flash().attribute("fout", containsString("'MISSCHIEN' is geen geldige keuze voor de uitkomst van het besluit")));
        mvc.perform(post(pad + "bezwaar").with(user(coordinator)).with(csrf()).param("gronden", "Geen indiener gekozen."))
                .andExpect(flash().attribute("fout", containsString("kies wie het bezwaar indient")));

        assertThat(jdbc.sql("select versie from aanvraag where id = ?").param(id).query(Integer.class).single()).as("niets gewijzigd")
                .isEqualTo(versie);
        mvc.perform(get("/swv/PO2707/aanvragen").param("status", "ONBEKEND").with(user(coordinator)))
                .andExpect(status().isBadRequest()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("geen geldige keuze voor de status")));
    }

    @Test
    void eenGeweigerdFormulierVoorEenNieuweLeerlingLaatGeenLeerlingZonderAanvraagAchter() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        long leerlingenVoor = jdbc.sql("select count(*) from leerling").query(Long.class).single();

        mvc.perform(post("/swv/PO2707/vestigingen/%d/aanvragen".formatted(ib.vestigingId())).with(user(ib)).with(csrf())
                        .param("voornaam", "Wees").param("achternaam", "Formulier").param("geboortedatum", "2016-04-01")
                        .param("postcode", "1016AB").param("soort", "ONBEKEND"))
                .andExpect(flash().attribute("fout", containsString("'ONBEKEND' is geen geldige keuze voor de soort aanvraag")));

        assertThat(jdbc.sql("select count(*) from leerling").query(Long.class).single()).isEqualTo(leerlingenVoor);
    }

    @Test
    void eenAanvraagWordtPasIngetrokkenAlsDeSchoolBevestigtDatZeDatWil() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        var bouwer = new AanvraagBouwer(new nl.thuisnabij.register.SwvCode("PO2707"), ib, "Bevestigtest", aanvragen, leerlingen, jdbc);
        long id = bouwer.compleetConcept(Aanvraagsoort.ARRANGEMENT, "Bevestig", null, null);
        var pad = "/swv/PO2707/vestigingen/%d/aanvragen/%d/intrekken".formatted(ib.vestigingId(), id);

        mvc.perform(post(pad).with(user(ib)).with(csrf()).param("versie", String.valueOf(bouwer.versie(id))))
                .andExpect(flash().attribute("fout", containsString("bevestig dat u de aanvraag wilt intrekken")));
        assertThat(statusVan(id)).isEqualTo("CONCEPT");

        mvc.perform(post(pad).with(user(ib)).with(csrf()).param("versie", String.valueOf(bouwer.versie(id))).param("bevestigd", "ja"))
                .andExpect(flash().attribute("melding", "De aanvraag is ingetrokken."));
        assertThat(statusVan(id)).isEqualTo("INGETROKKEN");
    }

    private String statusVan(long id) {
        return jdbc.sql("select status from aanvraag where id = ?").param(id).query(String.class).single();
    }
}
