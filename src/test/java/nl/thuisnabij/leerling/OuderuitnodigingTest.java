package nl.thuisnabij.leerling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The school invites the parents of its pupil: each parent gets an account of their own (or keeps the
 * one they have) that sees that one child; both parents can have one; a staff address, another
 * school's pupil or a role outside the school are refused.
 */
@IntegratieTest
class OuderuitnodigingTest {

    private static final Pattern LINK = Pattern.compile("/wachtwoord-instellen/([A-Za-z0-9_-]{43})");
    private static final SwvCode PO2707 = SwvCode.van("PO2707");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse nodigUit(Gebruiker door, long vestiging, long leerling, String naam, String email) throws Exception {
        return mvc.perform(post("/swv/PO2707/vestigingen/%d/leerlingen/ouders".formatted(vestiging)).with(user(door)).with(csrf())
                .param("leerling", String.valueOf(leerling)).param("naam", naam).param("email", email)).andReturn().getResponse();
    }

    private String mailAan(String adres) {
        return await().until(() -> Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(adres));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(GreenMailUtil::getBody).map(tekst -> tekst.replace("=\r\n", "")).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void deSchoolNodigtBeideOudersUitEnElkZietAlleenDitKind() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        var kinderen = leerlingen.vanVestiging(PO2707, ib.vestigingId());
        var kind = kinderen.getFirst();

        var eerste = nodigUit(ib, ib.vestigingId(), kind.id(), "Pieter Ouder", "Pieter.Ouder@ouders-test.nl");
        assertThat(eerste.getRedirectedUrl()).endsWith("/leerlingen");
        var brief = mailAan("pieter.ouder@ouders-test.nl");
        assertThat(brief).contains("De school van uw kind nodigt u uit", "Kies eerst een wachtwoord")
                .as("een e-mail noemt niet wie extra ondersteuning krijgt").doesNotContain(kind.voornaam(), kind.achternaam());
        var token = LINK.matcher(brief);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/wachtwoord-instellen/" + token.group(1)).with(csrf()).param("wachtwoord", "onze kleine uil slaapt overdag"));
        var pieter = gebruikers.loadUserByUsername("pieter.ouder@ouders-test.nl");
        assertThat(pieter.swvCode()).as("een ouder hoort bij geen organisatie").isNull();
        assertThat(leerlingen.vanOuder(pieter.id())).extracting(Leerling::id).containsExactly(kind.id());

        nodigUit(ib, ib.vestigingId(), kind.id(), "Petra Ouder", "petra.ouder@ouders-test.nl");
        // she has not chosen a password yet, but her account is linked already
        var petra = jdbc.sql("select id from gebruiker where email = 'petra.ouder@ouders-test.nl'").query(Long.class).single();
        assertThat(leerlingen.vind(PO2707, kind.id()).orElseThrow().ouderaccounts()).contains(pieter.id(), petra);

        // a parent who has an account already keeps it, and now also sees this child
        var ander = kinderen.get(1);
        var bestaand = nodigUit(ib, ib.vestigingId(), ander.id(), "Pieter Ouder", "pieter.ouder@ouders-test.nl");
        assertThat(bestaand.getRedirectedUrl()).endsWith("/leerlingen");
        assertThat(leerlingen.vanOuder(pieter.id())).extracting(Leerling::id).containsExactlyInAnyOrder(kind.id(), ander.id());
        assertThat(jdbc.sql("select count(*) from gebruiker where lower(email) = 'pieter.ouder@ouders-test.nl'").query(Long.class).single()).isOne();
    }

    @Test
    void eenMedewerkersadresEenLeerlingVanEenAndereSchoolOfEenRolBuitenDeSchoolWordtGeweigerd() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        var kind = leerlingen.vanVestiging(PO2707, ib.vestigingId()).getFirst();
        var vanElders = jdbc.sql("select id from leerling where swv_code = 'PO2707' and vestiging_id is not null and vestiging_id <> ? limit 1")
                .param(ib.vestigingId()).query(Long.class).single();
        var coordinatorEmail = jdbc.sql("select email from gebruiker where gebruikersnaam = 'coordinator'").query(String.class).single();

        var medewerker = nodigUit(ib, ib.vestigingId(), kind.id(), "Cora", coordinatorEmail);
        assertThat(medewerker.getStatus()).isEqualTo(400);
        assertThat(medewerker.getContentAsString(StandardCharsets.UTF_8)).contains("hoort bij een ander soort account");

        var andereSchool = nodigUit(ib, ib.vestigingId(), vanElders, "Olga", "olga@ouders-test.nl");
        assertThat(andereSchool.getStatus()).isEqualTo(400);
        assertThat(andereSchool.getContentAsString(StandardCharsets.UTF_8)).contains("Kies een leerling van uw school", "value=\"olga@ouders-test.nl\"");

        assertThat(nodigUit(gebruikers.loadUserByUsername("coordinator"), ib.vestigingId(), kind.id(), "Olga", "olga@ouders-test.nl").getStatus())
                .as("het SWV nodigt geen ouders uit; de school doet dat").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from gebruiker where email = 'olga@ouders-test.nl'").query(Long.class).single()).isZero();
    }
}
