package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.springframework.test.web.servlet.MockMvc;

/** Parents object online and get a receipt that says when it was received and by when the SWV decides. */
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
}
