package nl.thuisnabij.oogo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class OogoToegangTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Overleggen overleggen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Register register;
    @Autowired
    Gemeentecontacten contacten;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String pagina(String pad, Gebruiker wie) throws Exception {
        return mvc.perform(get(pad).with(user(wie))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String pad, Gebruiker wie) throws Exception {
        return mvc.perform(get(pad).with(user(wie))).andReturn().getResponse().getStatus();
    }

    @Test
    void deAfsprakenZijnVoorBeideKantenZichtbaarEnAlleenVoorGemeentenDieMeededen() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        long amsterdam = register.gemeenteId("Amsterdam").orElseThrow();
        long id = overleggen.legVast(new SwvCode("PO2707"), LocalDate.now(), Overleg.Onderwerp.JEUGDHULPPLAN, "Coördinator en jeugdteam Amsterdam",
                Set.of(amsterdam), coordinator);
        overleggen.legAfspraakVast(id, overleggen.overleg(id, coordinator).versie(), "Wijkteam op elke school", "Gemeente Amsterdam",
                LocalDate.now().plusMonths(1), coordinator);
        var beleid = gebruikers.loadUserByUsername("beleid");
        if (!gebruikers.bestaat("beleid.diemen")) {
            gebruikers.maakAan("beleid.diemen", "Beleid Diemen", null, "Een-lang-wachtwoord-1", List.of(Rol.BELEIDSMEDEWERKER_GEMEENTE), null, null,
                    register.gemeenteId("Diemen").orElseThrow());
        }
        var diemen = gebruikers.loadUserByUsername("beleid.diemen");

        assertThat(pagina("/gemeente/oogo/" + id, beleid)).contains("Wijkteam op elke school", "Gereed melden");
        assertThat(status("/gemeente/oogo/" + id, diemen)).as("een gemeente die niet meedeed").isEqualTo(404);
        assertThat(status("/swv/PO2707/oogo/" + id, gebruikers.loadUserByUsername("swvbeheer.utrecht"))).isEqualTo(403);
        assertThat(status("/gemeente/oogo", gebruikers.loadUserByUsername("jeugdhulp"))).isEqualTo(403);

        mvc.perform(post("/gemeente/oogo/%d/afspraken/1/gereed".formatted(id)).with(user(beleid)).with(csrf())
                .param("versie", String.valueOf(overleggen.overleg(id, coordinator).versie())));

        assertThat(overleggen.overleg(id, coordinator).afspraken().getFirst().isGereed()).as("de gemeente meldde haar gereed").isTrue();
        assertThat(pagina("/swv/PO2707/oogo/" + id, coordinator)).contains("gereed op");
    }

    @Test
    void eenOverlegFormulierMetEenGemeenteBuitenHetGebiedKomtHeelTerug() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        long utrecht = register.gemeenteId("Utrecht").orElseThrow();

        var antwoord = mvc.perform(post("/swv/PO2707/oogo").with(user(coordinator)).with(csrf()).param("datum", LocalDate.now().toString())
                .param("onderwerp", "THUISZITTERS").param("deelnemers", "Wie er waren").param("gemeente", String.valueOf(utrecht)))
                .andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(400);
        assertThat(antwoord.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"fout-gemeente\"", "Wie er waren");
    }

    @Test
    void hetSwvHoudtPerGemeenteInHaarGebiedContactpersonenBij() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        long diemen = register.gemeenteId("Diemen").orElseThrow();
        long utrecht = register.gemeenteId("Utrecht").orElseThrow();

        mvc.perform(post("/swv/PO2707/oogo/contacten").with(user(coordinator)).with(csrf()).param("gemeente", String.valueOf(diemen))
                .param("naam", "Lotte Leerplicht").param("functie", "leerplichtambtenaar").param("telefoon", "020 555 12 34"));
        var buiten = mvc.perform(post("/swv/PO2707/oogo/contacten").with(user(coordinator)).with(csrf()).param("gemeente", String.valueOf(utrecht))
                .param("naam", "Buiten Gebied").param("functie", "wethouder").param("email", "wethouder@utrecht.example")).andReturn().getResponse();

        assertThat(pagina("/swv/PO2707/oogo", coordinator)).contains("Lotte Leerplicht (leerplichtambtenaar)", "href=\"tel:0205551234\"");
        assertThat(buiten.getStatus()).isEqualTo(400);
        assertThat(buiten.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"fout-gemeente\"", "Buiten Gebied");
        long contact = jdbc.sql("select id from gemeentecontact where naam = 'Lotte Leerplicht'").query(Long.class).single();
        assertThatThrownBy(() -> contacten.verwijder(new SwvCode("PO2601"), contact)).as("een ander samenwerkingsverband")
                .isInstanceOf(nl.thuisnabij.shared.NietGevondenException.class);
        contacten.verwijder(new SwvCode("PO2707"), contact);
        assertThat(pagina("/swv/PO2707/oogo", coordinator)).doesNotContain("Lotte Leerplicht");
    }
}
