package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A commission meeting has a date, time and place; its agenda, attendance and minutes go out as a
 * PDF; a request not yet decided comes off the agenda again; only commission members and experts
 * attend.
 */
@IntegratieTest
class CommissieTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    Commissie commissie;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void eenVergaderingZonderTijdOfPlaatsWordtNietGepland() {
        assertThatThrownBy(() -> commissie.planVergadering(SWV, LocalDate.now().plusDays(3), null, "Zaal 1"))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.veld()).isEqualTo("aanvang"));
        assertThatThrownBy(() -> commissie.planVergadering(SWV, LocalDate.now().plusDays(3), LocalTime.of(9, 30), " "))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.veld()).isEqualTo("plaats"));
    }

    @Test
    void alleenCommissieledenEnDeskundigenKunnenAanwezigZijn() {
        long vergadering = commissie.planVergadering(SWV, LocalDate.now().plusDays(4), LocalTime.of(9, 30), "Zaal 1");
        var coordinator = gebruikers.loadUserByUsername("coordinator");

        assertThat(commissie.mogelijkeAanwezigen(SWV)).isNotEmpty()
                .allMatch(g -> g.heeftRol(Rol.COMMISSIELID) || g.heeftRol(Rol.DESKUNDIGE))
                .extracting(nl.thuisnabij.account.Gebruiker::getUsername).contains("commissie", "deskundige").doesNotContain("coordinator");
        assertThatThrownBy(() -> commissie.registreerAanwezige(SWV, vergadering, coordinator.id(), "notulist"))
                .hasMessageContaining("alleen commissieleden en deskundigen");
    }

    @Test
    void deAgendaMetAanwezigenEnNotulenGaatAlsPdfEnEenAanvraagGaatVanDeAgendaTotHijIsBesloten() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        long vergadering = commissie.planVergadering(SWV, LocalDate.now().plusDays(6), LocalTime.of(15, 30), "Zaal De Linde, Amsterdam");
        commissie.registreerAanwezige(SWV, vergadering, gebruikers.loadUserByUsername("commissie").id(), "voorzitter");
        var bouwer = new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Agendatest", aanvragen, leerlingen, jdbc);
        long id = bouwer.ingediend(Aanvraagsoort.TLV_SO, "Ada", null, null);
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        beoordeling.agendeer(SWV, id, bouwer.versie(id), coordinator, vergadering);
        int notulenVersie = jdbc.sql("select versie from commissievergadering where id = ?").param(vergadering).query(Integer.class).single();
        commissie.legNotulenVast(SWV, vergadering, notulenVersie, "Ada besproken; advies van twee deskundigen volgt.");

        var pdf = mvc.perform(get("/swv/PO2707/commissie/%d.pdf".formatted(vergadering)).with(user(coordinator))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("om 15.30 uur, Zaal De Linde, Amsterdam", "PO2707-" + id, "Ada Agendatest",
                    "voorzitter", "Ada besproken");
        }
        assertThat(mvc.perform(get("/swv/PO2707/commissie/%d.pdf".formatted(vergadering)).with(user(gebruikers.loadUserByUsername("ib"))))
                .andReturn().getResponse().getStatus()).as("een school").isEqualTo(403);

        var van = mvc.perform(post("/swv/PO2707/commissie/%d/agenda/%d/verwijderen".formatted(vergadering, id)).param("versie", bouwer.versie(id) + "")
                .with(user(coordinator)).with(csrf())).andReturn().getResponse();
        assertThat(van.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select vergadering_id from aanvraag where id = ?").param(id).query(Long.class).optional()).isEmpty();

        var opnieuw = mvc.perform(post("/swv/PO2707/commissie/%d/agenda/%d/verwijderen".formatted(vergadering, id)).param("versie", bouwer.versie(id) + "")
                .with(user(coordinator)).with(csrf())).andReturn().getResponse();
        assertThat(opnieuw.getStatus()).as("niet meer geagendeerd: de stap kan niet").isIn(400, 409);
    }
}
