package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.Arrays;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Before it submits, the school asks the parents for their view: they get an e-mail, see the draft
 * and answer in their own words, which the school cannot change. The school may write down a
 * conversation instead, kept apart from what the parents wrote.
 */
@IntegratieTest
class OuderZienswijzeTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Aanvraaglijsten lijsten;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Gebruiker ib;
    Gebruiker ouder;
    AanvraagBouwer bouwer;

    @BeforeEach
    void gebruikers() {
        ib = gebruikers.loadUserByUsername("ib");
        ouder = gebruikers.loadUserByUsername("ouder");
        bouwer = new AanvraagBouwer(SWV, ib, "Zienswijzetest", aanvragen, leerlingen, jdbc);
    }

    private long conceptMetOuderaccount(String voornaam) {
        bouwer.metOuderAccount(ouder.id());
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), bouwer.leerling(voornaam, null), Aanvraagsoort.TLV_SBO, null);
        aanvragen.wijzigInhoud(SWV, id, bouwer.versie(id), ib, "Past het SBO bij " + voornaam + "?", "Kleine groep.", "Arrangement.", null);
        return id;
    }

    private int status(String pad, Gebruiker wie) throws Exception {
        return mvc.perform(get(pad).with(user(wie))).andReturn().getResponse().getStatus();
    }

    @Test
    void deOudersZienHetConceptPasAlsDeSchoolHenOmHunZienswijzeVraagtEnKrijgenDanEenEmailZonderNaam() throws Exception {
        long id = conceptMetOuderaccount("Noor");
        var pad = "/ouder/aanvragen/PO2707/" + id;
        assertThat(status(pad, ouder)).as("een concept is van de school").isEqualTo(404);
        assertThat(lijsten.vanOuder(ouder)).extracting(Aanvraagregel::id).doesNotContain(id);

        var antwoord = mvc.perform(post("/swv/PO2707/vestigingen/%d/aanvragen/%d/ouders-uitnodigen".formatted(ib.vestigingId(), id))
                .param("versie", String.valueOf(bouwer.versie(id))).with(user(ib)).with(csrf())).andReturn();

        assertThat(antwoord.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) antwoord.getFlashMap().get("melding")).startsWith("De ouders zien de aanvraag nu in Thuisnabij");
        assertThat(status(pad, ouder)).isEqualTo(200);
        assertThat(lijsten.vanOuder(ouder)).extracting(Aanvraagregel::id).contains(id);
        var adres = gebruikers.email(ouder.id()).orElseThrow();
        var bericht = await().until(() -> Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().equals("De school vraagt uw mening") && Arrays.toString(m.getAllRecipients()).contains(adres);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(GreenMailUtil.getBody(bericht)).contains("PO2707-" + id).doesNotContain("Noor", "Zienswijzetest");
        assertThat(status(pad, ib)).as("de parents' route is for parents only").isEqualTo(403);
        assertThat(lijsten.teDoenVoorSchool(SWV, ib)).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.teDoenVoorSchool()).get().asString().startsWith("De ouders zijn om hun zienswijze gevraagd"));
    }

    @Test
    void deZienswijzeVanDeOudersIsHunEigenTekstDieDeSchoolNietKanOverschrijven() throws Exception {
        long id = conceptMetOuderaccount("Jip");
        assertThatThrownBy(() -> aanvragen.legZienswijzeVast(SWV, id, bouwer.versie(id), ouder, "Te vroeg.", true))
                .as("niet gevraagd: de ouders zien het concept nog niet").isInstanceOf(nl.thuisnabij.shared.NietGevondenException.class);
        aanvragen.nodigOudersUit(SWV, id, bouwer.versie(id), ib);

        var antwoord = mvc.perform(post("/ouder/aanvragen/PO2707/%d/zienswijze".formatted(id)).param("versie", String.valueOf(bouwer.versie(id)))
                .param("zienswijze", "Wij twijfelen: Jip heeft vriendjes op deze school.").with(user(ouder)).with(csrf())).andReturn();
        assertThat(antwoord.getResponse().getStatus()).isEqualTo(302);

        assertThatThrownBy(() -> aanvragen.legZienswijzeVast(SWV, id, bouwer.versie(id), ib, "De ouders zijn het eens.", true))
                .as("de school schrijft niet namens de ouders").isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.perform(post("/ouder/aanvragen/PO2707/%d/zienswijze".formatted(id)).param("versie", String.valueOf(bouwer.versie(id)))
                .param("zienswijze", "De ouders zijn het eens.").param("akkoord", "true").with(user(ib)).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        aanvragen.legOudergesprekVast(SWV, id, bouwer.versie(id), ib, "In het gesprek leken de ouders het eens.", true);

        var aanvraag = aanvragen.detail(SWV, id, ib).aanvraag();
        assertThat(aanvraag.zienswijzeOuders()).isEqualTo("Wij twijfelen: Jip heeft vriendjes op deze school.");
        assertThat(aanvraag.oudersAkkoord()).isFalse();
        assertThat(aanvraag.zienswijzeOudersOp()).isEqualTo(LocalDate.now());
        assertThat(aanvraag.oudergesprek()).isEqualTo("In het gesprek leken de ouders het eens.");
        var pagina = mvc.perform(get("/swv/PO2707/vestigingen/%d/aanvragen/%d".formatted(ib.vestigingId(), id)).with(user(ib))).andReturn()
                .getResponse().getContentAsString();
        assertThat(pagina).contains("In de eigen woorden van de ouders", "Wij twijfelen: Jip heeft vriendjes op deze school.",
                "De ouders zijn het niet eens met de aanvraag.", "Vastgelegd door de school: In het gesprek leken de ouders het eens.");
        assertThat(pagina).as("de school krijgt geen formulier voor de tekst van de ouders").doesNotContain("name=\"zienswijze\"");

        aanvragen.dienIn(SWV, id, bouwer.versie(id), ib);
        assertThat(aanvragen.detail(SWV, id, ouder).aanvraag().zienswijzeOuders()).isEqualTo("Wij twijfelen: Jip heeft vriendjes op deze school.");
    }

    @Test
    void zonderOuderaccountZegtDeSchoolWatZeKanDoenEnVerandertErNiets() {
        long id = aanvragen.maakConcept(SWV, ib.vestigingId(), bouwer.leerling("Mees", null), Aanvraagsoort.TLV_SBO, null);
        int versie = bouwer.versie(id);

        assertThatThrownBy(() -> aanvragen.nodigOudersUit(SWV, id, versie, ib)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("hebben nog geen account").hasMessageContaining("leg het gesprek met de ouders hieronder vast");
        assertThat(bouwer.versie(id)).isEqualTo(versie);
        assertThat(aanvragen.detail(SWV, id, ib).aanvraag().oudersUitgenodigdOp()).isNull();
    }

    @Test
    void eenIngediendeAanvraagKanDeSchoolDeOudersNietMeerOmHunZienswijzeVragenMaarDeOudersKunnenDieNogGeven() {
        bouwer.metOuderAccount(ouder.id());
        long id = bouwer.ingediend(Aanvraagsoort.TLV_SBO, "Sem", null, null);

        assertThatThrownBy(() -> aanvragen.nodigOudersUit(SWV, id, bouwer.versie(id), ib)).isInstanceOf(nl.thuisnabij.shared.OngeldigeStapException.class);
        aanvragen.legZienswijzeVast(SWV, id, bouwer.versie(id), ouder, "Wij zijn blij met de aanvraag.", true);
        assertThat(aanvragen.detail(SWV, id, ouder).aanvraag().oudersAkkoord()).isTrue();
    }
}
