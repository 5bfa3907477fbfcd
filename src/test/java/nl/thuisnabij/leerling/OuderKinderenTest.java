package nl.thuisnabij.leerling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanvraag.AanvraagBouwer;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Datumnotatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A parent sees each of their children by name with what happened and what comes next, by when,
 * and whom to ask; never a child of another parent.
 */
@IntegratieTest
class OuderKinderenTest {

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
    Aanvraaginstellingen instellingen;
    @Autowired
    JdbcClient jdbc;

    private String pagina(String gebruikersnaam) throws Exception {
        var antwoord = mvc.perform(get("/ouder/kinderen").with(user(gebruikers.loadUserByUsername(gebruikersnaam)))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(200);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void deOuderZietPerKindWatErGebeurdeEnWatErKomtMetDeDatumEnDeContactpersoon() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");
        new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Tijdlijn", aanvragen, leerlingen, jdbc).metOuderAccount(ouder.id())
                .ingediend(Aanvraagsoort.TLV_SO, "Timo", null, null);
        var uiterlijk = LocalDate.now().plusWeeks(instellingen.beleid(SWV).beslistermijnWeken());

        var tekst = pagina("ouder");

        assertThat(tekst).contains("Timo Tijdlijn", "De school heeft een aanvraag gedaan: toelaatbaarheidsverklaring",
                "uiterlijk " + Datumnotatie.lang(uiterlijk), "Uw contactpersoon:");
        assertThat(tekst).as("het afgewezen arrangement van de demo").contains("Noah Kuipers", "afgewezen", "U kunt bezwaar maken tot en met");
        assertThat(tekst).as("het OPP van Noah wacht op instemming").contains("De school vraagt of u instemt met wat de school gaat doen");
        assertThat(tekst).as("Emma zit thuis").contains("Emma Visser", "Uw kind gaat niet naar school");
        var timo = tekst.substring(tekst.indexOf("Timo Tijdlijn"));
        assertThat(timo.indexOf("Wat komt er")).as("wat komt staat boven wat gebeurde").isNotNegative().isLessThan(timo.indexOf("Wat is er gebeurd"));
    }

    @Test
    void eenOuderZietGeenKindVanEenAndereOuderEnEenSchoolKomtErNietIn() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");
        new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Alleenvoormij", aanvragen, leerlingen, jdbc).metOuderAccount(ouder.id())
                .ingediend(Aanvraagsoort.TLV_SO, "Olle", null, null);

        assertThat(pagina("ouder2")).contains("Iris Hendriks").doesNotContain("Alleenvoormij", "Noah Kuipers");
        assertThat(mvc.perform(get("/ouder/kinderen").with(user(gebruikers.loadUserByUsername("ib")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
