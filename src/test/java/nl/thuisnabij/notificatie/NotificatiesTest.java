package nl.thuisnabij.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanvraag.AanvraagBouwer;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every message about a request is a notification for each recipient with an account, in a list of
 * their own that leads to the request; each person chooses whether it comes by e-mail one by one,
 * in one overview a day, or not at all.
 */
@IntegratieTest
class NotificatiesTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notificaties notificaties;
    @Autowired
    Dagoverzicht dagoverzicht;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final List<Long> aangemaakt = new java.util.ArrayList<>();

    /** A coordinator of their own, so a choice made here changes nobody else's mail. */
    private Gebruiker nieuweCoordinator() {
        var naam = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        aangemaakt.add(gebruikers.maakAan(naam, "Coördinator " + naam, naam + "@swv-test.nl", "Een-lang-wachtwoord-1",
                List.of(Rol.ONDERSTEUNINGSCOORDINATOR), SWV.waarde(), null, null));
        return gebruikers.loadUserByUsername(naam);
    }

    /** Other tests count the mails to the SWV's coordinators: the ones made here leave with their test. */
    @org.junit.jupiter.api.AfterEach
    void coordinatorenWeg() {
        aangemaakt.forEach(id -> jdbc.sql("update gebruiker set actief = false where id = ?").param(id).update());
    }

    private long ingediend(String voornaam) {
        return new AanvraagBouwer(SWV, gebruikers.loadUserByUsername("ib"), "Notificatietest", aanvragen, leerlingen, jdbc)
                .ingediend(Aanvraagsoort.TLV_SBO, voornaam, null, null);
    }

    private Notificatie notificatieOver(Gebruiker wie, long aanvraag) {
        return await().until(() -> notificaties.vanGebruiker(wie.id(), null).regels().stream()
                .filter(n -> n.tekst().contains("PO2707-" + aanvraag)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    /** The mails to this person, about one of these requests; other tests' requests reach every coordinator too. */
    private List<MimeMessage> mailsAan(Gebruiker wie, String onderwerp, long... aanvragen) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.toString(m.getAllRecipients()).contains(wie.getUsername() + "@swv-test.nl") && m.getSubject().equals(onderwerp)
                        && (aanvragen.length == 0 || Arrays.stream(aanvragen).anyMatch(a -> GreenMailUtil.getBody(m).contains("PO2707-" + a + ".")));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(eenmaal()).toList();
    }

    /** The mail server keeps a copy per recipient; one message is one mail. */
    private static java.util.function.Predicate<MimeMessage> eenmaal() {
        var gezien = new java.util.HashSet<String>();
        return m -> {
            try {
                return gezien.add(m.getMessageID());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void eenNieuweAanvraagIsEenNotificatieVoorDeCoordinatorDieNaarDeAanvraagLeidtEnDanGelezenIs() throws Exception {
        var coordinator = nieuweCoordinator();
        long id = ingediend("Wessel");

        var notificatie = notificatieOver(coordinator, id);
        assertThat(notificatie.onderwerp()).isEqualTo("Nieuwe aanvraag in Thuisnabij");
        assertThat(notificatie.tekst()).doesNotContain("Wessel", "Notificatietest");
        await().untilAsserted(() -> assertThat(mailsAan(coordinator, "Nieuwe aanvraag in Thuisnabij", id))
                .as("wie niets koos, krijgt elke notificatie ook per e-mail").hasSize(1));
        assertThat(notificaties.aantalOngelezen(coordinator.id())).isEqualTo(1);
        assertThat(mvc.perform(get("/notificaties").with(user(coordinator))).andReturn().getResponse().getContentAsString())
                .contains("Nieuwe aanvraag in Thuisnabij", "PO2707-" + id, "nieuw");

        var geopend = mvc.perform(get("/notificaties/" + notificatie.id()).with(user(coordinator))).andReturn().getResponse();

        assertThat(geopend.getRedirectedUrl()).isEqualTo("/swv/PO2707/aanvragen/" + id);
        assertThat(notificaties.aantalOngelezen(coordinator.id())).isZero();
    }

    @Test
    void deNotificatieVanEenAnderIsAlsofZeNietBestaatEnBlijftOngelezen() throws Exception {
        var coordinator = nieuweCoordinator();
        long id = ingediend("Lotte");
        var notificatie = notificatieOver(coordinator, id);

        assertThat(mvc.perform(get("/notificaties/" + notificatie.id()).with(user(gebruikers.loadUserByUsername("ib")))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/notificaties").with(user(gebruikers.loadUserByUsername("coordinator")))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/notificaties/" + notificatie.id() + "\"");
        assertThat(notificaties.aantalOngelezen(coordinator.id())).isEqualTo(1);
    }

    @Test
    void wieKiestVoorEenDagoverzichtKrijgtGeenLosseEmailMaarElkeOchtendEenOverzichtEnDatMaarEenKeer() throws Exception {
        var coordinator = nieuweCoordinator();
        var antwoord = mvc.perform(post("/notificaties/voorkeur").param("voorkeur", "DAGELIJKS").with(user(coordinator)).with(csrf())).andReturn();
        assertThat(antwoord.getFlashMap().get("melding")).isEqualTo("Uw keuze is opgeslagen: Eén e-mail per dag met een overzicht.");
        long eerste = ingediend("Daan");
        long tweede = ingediend("Fleur");
        notificatieOver(coordinator, eerste);
        notificatieOver(coordinator, tweede);
        await().until(() -> jdbc.sql("select count(*) from bericht where aanvraag_id = ? and status = 'VERZONDEN'").param(tweede)
                .query(Integer.class).single() == 1);
        assertThat(mailsAan(coordinator, "Nieuwe aanvraag in Thuisnabij", eerste, tweede)).as("geen losse e-mail").isEmpty();
        int ongelezen = notificaties.aantalOngelezen(coordinator.id());

        dagoverzicht.verstuur();
        dagoverzicht.verstuur();

        assertThat(mailsAan(coordinator, "Uw notificaties in Thuisnabij")).as("één overzicht, ook na een tweede ronde").singleElement()
                .satisfies(overzicht -> assertThat(GreenMailUtil.getBody(overzicht).replace("=\r\n", ""))
                        .contains("U hebt %d nieuwe notificaties".formatted(ongelezen), "Nieuwe aanvraag in Thuisnabij", "/notificaties")
                        .doesNotContain("Daan", "Fleur"));
    }

    @Test
    void wieGeenEmailWilZietHetAlleenBijZijnNotificaties() throws Exception {
        var coordinator = nieuweCoordinator();
        notificaties.kiesVoorkeur(coordinator.id(), Notificatievoorkeur.GEEN);
        long id = ingediend("Jesse");
        notificatieOver(coordinator, id);
        await().until(() -> jdbc.sql("select count(*) from bericht where aanvraag_id = ? and sleutel = 'INGEDIEND' and status <> 'IN_WACHTRIJ'")
                .param(id).query(Integer.class).single() == 1);

        dagoverzicht.verstuur();

        assertThat(mailsAan(coordinator, "Nieuwe aanvraag in Thuisnabij", id)).isEmpty();
        assertThat(mailsAan(coordinator, "Uw notificaties in Thuisnabij")).isEmpty();
        assertThat(notificaties.aantalOngelezen(coordinator.id())).isEqualTo(1);
    }

    @Test
    void eenOnbekendeKeuzeKomtTerugBijHetVeldEnVerandertNiets() throws Exception {
        var coordinator = nieuweCoordinator();
        var antwoord = mvc.perform(post("/notificaties/voorkeur").param("voorkeur", "ELK_UUR").with(user(coordinator)).with(csrf())).andReturn()
                .getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(400);
        assertThat(antwoord.getContentAsString()).contains("fout-voorkeur", "Kies een van de mogelijkheden");
        assertThat(notificaties.voorkeur(coordinator.id())).isEqualTo(Notificatievoorkeur.PER_NOTIFICATIE);
    }
}
