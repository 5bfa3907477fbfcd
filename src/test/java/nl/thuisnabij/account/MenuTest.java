package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each role finds its work in the menu, and every page leads back to that person's work queue. */
@IntegratieTest
class MenuTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;

    /** Whatever a menu offers, its owner may open: a menu never leads to "Geen toegang". */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"beheer", "swvbeheer", "directeur", "coordinator", "commissie", "deskundige", "deskundige2",
            "financien", "inspectie", "privacy", "schooldirecteur", "ib", "leerplicht", "beleid", "jeugdhulp", "ouder", "ouder2"})
    void elkeKeuzeInHetMenuOpentVoorWieHemZiet(String gebruikersnaam) throws Exception {
        var mijn = pagina(gebruikersnaam, "/mijn");
        var menu = mijn.substring(mijn.indexOf("aria-label=\"Hoofdmenu\""), mijn.indexOf("</nav>", mijn.indexOf("aria-label=\"Hoofdmenu\"")));
        var adressen = java.util.regex.Pattern.compile("<a href=\"(/[^\"]*)\"").matcher(menu).results().map(m -> m.group(1))
                .filter(a -> !a.equals("/mijn")).toList();
        assertThat(adressen).as("het menu van %s", gebruikersnaam).isNotEmpty();
        for (var adres : adressen) {
            assertThat(mvc.perform(get(adres).with(user(gebruikers.loadUserByUsername(gebruikersnaam)))).andReturn().getResponse().getStatus())
                    .as("%s opent %s", gebruikersnaam, adres).isEqualTo(200);
        }
    }

    @Test
    void deCoordinatorGaatVanEenAanvraagTerugNaarDeWerkvoorraad() throws Exception {
        long id = jdbc.sql("select min(id) from aanvraag where swv_code = 'PO2707' and status <> 'CONCEPT'").query(Long.class).single();
        var pagina = pagina("coordinator", "/swv/PO2707/aanvragen/" + id);
        assertThat(pagina).contains("aria-label=\"Hoofdmenu\"", ">Werkvoorraad</a>", ">Zorgplicht</a>", ">Commissie</a>")
                .containsPattern("<a href=\"/swv/PO2707/aanvragen\" id=\"terug-naar-werk\">Werkvoorraad</a>")
                .containsPattern("<a href=\"/swv/PO2707/aanvragen\" aria-current=\"page\">Werkvoorraad</a>")
                .doesNotContain(">Auditlog</a>");
        assertThat(pagina("coordinator", "/swv/PO2707/aanvragen")).as("op de werkvoorraad zelf geen weg terug").doesNotContain("terug-naar-werk");
    }

    @Test
    void deSchoolDeOuderEnDePrivacyfunctionarisZienHunEigenMenu() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        var school = "/swv/PO2707/vestigingen/" + ib.vestigingId();
        assertThat(pagina("ib", school + "/aanmeldingen")).contains("href=\"" + school + "/aanvragen\" id=\"terug-naar-werk\"",
                ">Leerlingen</a>", ">Ondersteuningsprofiel</a>").doesNotContain(">Werkvoorraad</a>");
        assertThat(pagina("ouder", "/ouder/aanmeldingen")).contains(">Aanvragen voor mijn kind</a>", "id=\"terug-naar-werk\"")
                .doesNotContain(">Leerlingen</a>");
        assertThat(pagina("privacy", "/mijn")).contains(">Auditlog</a>").doesNotContain(">Werkvoorraad</a>", "Kruimelpad");
    }

    private String pagina(String wie, String pad) throws Exception {
        var antwoord = mvc.perform(get(pad).with(user(gebruikers.loadUserByUsername(wie)))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).as(pad).isEqualTo(200);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }
}
