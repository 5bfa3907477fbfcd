package nl.thuisnabij.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class ZorgplichtToegangTest {

    static final SwvCode AMSTERDAM = new SwvCode("PO2707");

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Aanmeldingen aanmeldingen;
    @Autowired
    Leerlingen leerlingen;

    private int status(String pad, Gebruiker gebruiker) throws Exception {
        return mvc.perform(get(pad).with(user(gebruiker))).andReturn().getResponse().getStatus();
    }

    @Test
    void eenOuderZietAlleenDeAanmeldingenVanZijnEigenKind() throws Exception {
        var ouder = gebruikers.loadUserByUsername("ouder");

        var pagina = mvc.perform(get("/ouder/aanmeldingen").with(user(ouder))).andReturn().getResponse().getContentAsString();

        assertThat(pagina).contains("Noor de Vries", "Julia de Boer").doesNotContain("Sem Jansen", "Lucas Mulder");
        assertThat(aanmeldingen.vanOuder(ouder.id())).hasSize(2);
        assertThat(status("/swv/PO2707/zorgplicht", ouder)).isEqualTo(403);
    }

    @Test
    void eenSchoolZietDeAanmeldingenVanEenAndereSchoolNiet() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        var eigen = aanmeldingen.vanVestiging(AMSTERDAM, ib.vestigingId(), ib);
        var ander = aanmeldingen.dashboard(AMSTERDAM).zonderPlek().stream()
                .filter(o -> o.aanmelding().vestigingId() != ib.vestigingId()).findFirst().orElseThrow().aanmelding();

        assertThat(eigen).isNotEmpty().allMatch(o -> o.aanmelding().vestigingId() == ib.vestigingId());
        assertThat(status("/swv/PO2707/vestigingen/%d/aanmeldingen/%d".formatted(ib.vestigingId(), eigen.getFirst().aanmelding().id()), ib))
                .isEqualTo(200);
        assertThat(status("/swv/PO2707/vestigingen/%d/aanmeldingen/%d".formatted(ander.vestigingId(), ander.id()), ib)).isEqualTo(403);
        assertThat(status("/swv/PO2707/vestigingen/%d/aanmeldingen/%d".formatted(ib.vestigingId(), ander.id()), ib)).isEqualTo(404);
        assertThat(status("/swv/PO2707/zorgplicht", ib)).isEqualTo(403);
    }

    @Test
    void deCoordinatorZietHetDashboardMetElkeToestand() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var dashboard = aanmeldingen.dashboard(AMSTERDAM);

        assertThat(dashboard.inOnderzoek()).isNotEmpty();
        assertThat(dashboard.termijnOverschreden()).isNotEmpty().allMatch(Aanmeldingen.Overzicht::termijnOverschreden);
        assertThat(dashboard.zonderPlek()).isNotEmpty().allMatch(o -> o.dagenZonderPlek() != null);
        assertThat(status("/swv/PO2707/zorgplicht", coordinator)).isEqualTo(200);
    }

    @Test
    void hetOpenbareOndersteuningsprofielIsZonderInloggenTeLezen() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");

        var pagina = mvc.perform(get("/scholen/%d/ondersteuningsprofiel".formatted(ib.vestigingId()))).andReturn().getResponse();

        assertThat(pagina.getStatus()).isEqualTo(200);
        assertThat(pagina.getContentAsString()).contains("Schoolondersteuningsprofiel van", "Lezen en dyslexie");
    }

    @Test
    void eenToelatingMetArrangementLeidtNaarDeAanvraagVanDatArrangement() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var school = gebruikers.loadUserByUsername("ib").vestigingId();
        long id = new AanmeldingBouwer(AMSTERDAM, school, aanmeldingen).besloten("Toegelaten", java.util.Map.of(),
                AanmeldingStatus.TOEGELATEN_MET_ARRANGEMENT, "met een arrangement voor lezen");
        var toegelaten = aanmeldingen.overzicht(AMSTERDAM, school, id, coordinator).aanmelding();

        var detail = mvc.perform(get("/swv/PO2707/vestigingen/%d/aanmeldingen/%d".formatted(toegelaten.vestigingId(), toegelaten.id()))
                .with(user(coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(detail).as("the SWV sees that the school asks for it").contains("De school vraagt het arrangement aan");
        gebruikers.maakAan("ib-toelatende-school", "IB van de toelatende school", null, "Een-lang-wachtwoord-1",
                java.util.List.of(Rol.INTERN_BEGELEIDER), "PO2707", toegelaten.vestigingId(), null);
        var schoolVanDeLeerling = gebruikers.loadUserByUsername("ib-toelatende-school");
        var voorDeSchool = mvc.perform(get("/swv/PO2707/vestigingen/%d/aanmeldingen/%d".formatted(toegelaten.vestigingId(), toegelaten.id()))
                .with(user(schoolVanDeLeerling))).andReturn().getResponse().getContentAsString();
        assertThat(voorDeSchool).contains("/swv/PO2707/vestigingen/%d/aanvragen?leerling=%d&amp;soort=ARRANGEMENT"
                .formatted(toegelaten.vestigingId(), toegelaten.leerlingId()));

        var ib = gebruikers.loadUserByUsername("ib");
        var leerling = leerlingen.vanVestiging(AMSTERDAM, ib.vestigingId()).getFirst();
        var formulier = mvc.perform(get("/swv/PO2707/vestigingen/%d/aanvragen?leerling=%d&soort=ARRANGEMENT".formatted(ib.vestigingId(), leerling.id()))
                .with(user(ib))).andReturn().getResponse().getContentAsString();
        assertThat(formulier).containsPattern("<option value=\"%d\"\\s+selected".formatted(leerling.id()))
                .containsPattern("<option value=\"ARRANGEMENT\"\\s+selected");
    }

    @Test
    void deZoekbalkVindtEenAanmeldingAlleenVoorDeSchoolVanAanmeldingEnDeZorgplichtbehandelaars() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        long id = new AanmeldingBouwer(AMSTERDAM, ib.vestigingId(), aanmeldingen).aangemeld("Zoekje", java.util.Map.of());

        var school = mvc.perform(get("/zoeken").param("naam", "Zoekje").with(user(ib))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(school).contains("Zoekje Aanmelding", "/swv/PO2707/vestigingen/%d/aanmeldingen/%d".formatted(ib.vestigingId(), id));
        var coordinator = mvc.perform(get("/zoeken").param("naam", "Zoekje").with(user(gebruikers.loadUserByUsername("coordinator")))).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(coordinator).contains("Zoekje Aanmelding", "/swv/PO2707/zorgplicht");
        var deskundige = mvc.perform(get("/zoeken").param("naam", "Zoekje").with(user(gebruikers.loadUserByUsername("deskundige")))).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(deskundige).as("een deskundige heeft met aanmeldingen niets te maken").doesNotContain("Zoekje Aanmelding");
    }
}
