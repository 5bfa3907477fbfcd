package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An SWV onboards its people without a developer: the administrator invites by e-mail, the person
 * chooses a password through the one-time link, forgets it and resets it, and is switched off and on
 * again — over a real SMTP server (GreenMail), with every attempt across SWV's refused.
 */
@IntegratieTest
class AccountbeheerTest {

    static final String GOED = "paars konijn danst op het dak";
    static final Pattern LINK = Pattern.compile("/wachtwoord-instellen/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;

    private Gebruiker beheerder() {
        return gebruikers.loadUserByUsername("swvbeheer");
    }

    private MockHttpServletResponse nodigUit(String naam, String email, String... rollen) throws Exception {
        var verzoek = post("/swv/PO2707/medewerkers").with(user(beheerder())).with(csrf()).param("naam", naam).param("email", email);
        for (var rol : rollen) {
            verzoek.param("rollen[" + rol + "]", "true");
        }
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    /** The token of the last link mailed to this address. */
    private String linkUitMail(String aan) {
        await().untilAsserted(() -> assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> aan(m, aan))).isNotEmpty());
        var berichten = Arrays.stream(mail.getReceivedMessages()).filter(m -> aan(m, aan)).toList();
        var matcher = LINK.matcher(GreenMailUtil.getBody(berichten.getLast()).replace("=\r\n", ""));
        assertThat(matcher.find()).as("de e-mail bevat een link").isTrue();
        return matcher.group(1);
    }

    private static boolean aan(Message bericht, String adres) {
        try {
            return Arrays.stream(bericht.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(adres));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletResponse stelIn(String token, String wachtwoord) throws Exception {
        return mvc.perform(post("/wachtwoord-instellen/" + token).with(csrf()).param("wachtwoord", wachtwoord)).andReturn().getResponse();
    }

    /** A login from an address of its own, so these attempts do not slow down other tests' logins. */
    private MvcResult login(String gebruikersnaam, String wachtwoord) throws Exception {
        return mvc.perform(post("/inloggen").param("gebruikersnaam", gebruikersnaam).param("wachtwoord", wachtwoord).with(csrf()).with(verzoek -> {
            verzoek.setRemoteAddr("10.15.0.1");
            return verzoek;
        })).andReturn();
    }

    private String loginNaar(String gebruikersnaam, String wachtwoord) throws Exception {
        return login(gebruikersnaam, wachtwoord).getResponse().getRedirectedUrl();
    }

    private long id(String gebruikersnaam) {
        return jdbc.sql("select id from gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(Long.class).single();
    }

    private int versie(long id) {
        return jdbc.sql("select versie from gebruiker where id = ?").param(id).query(Integer.class).single();
    }

    private static String tekst(MockHttpServletResponse antwoord) throws Exception {
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eenUitgenodigdeMedewerkerKiestViaDeLinkUitDeMailEenWachtwoordEnLogtDaarmeeIn() throws Exception {
        var antwoord = nodigUit("Fenna Geld", "Fenna.Geld@swv-test.nl", "FINANCIEEL_MEDEWERKER");

        assertThat(antwoord.getRedirectedUrl()).isEqualTo("/swv/PO2707/medewerkers");
        var token = linkUitMail("fenna.geld@swv-test.nl");
        assertThat(loginNaar("fenna.geld@swv-test.nl", GOED)).as("voor het wachtwoord is gekozen").isEqualTo("/inloggen?fout");
        assertThat(tekst(mvc.perform(get("/wachtwoord-instellen/" + token)).andReturn().getResponse()))
                .contains("Welkom, Fenna Geld", "fenna.geld@swv-test.nl");

        var kort = stelIn(token, "kort");
        var gelekt = stelIn(token, "1qaz2wsx3edc");
        var eigenNaam = stelIn(token, "fennageld-is-mijn-naam");
        assertThat(kort.getStatus()).isEqualTo(400);
        assertThat(tekst(kort)).contains("ten minste 12 tekens");
        assertThat(tekst(gelekt)).contains("gelekte of veelgebruikte wachtwoorden");
        assertThat(tekst(eigenNaam)).contains("met uw naam, gebruikersnaam, e-mailadres");

        var goed = stelIn(token, GOED);
        assertThat(goed.getRedirectedUrl()).isEqualTo("/inloggen");
        assertThat(loginNaar("fenna.geld@swv-test.nl", GOED)).isEqualTo("/mijn");
        assertThat(stelIn(token, "een ander lang wachtwoord nu").getStatus()).as("de link werkt maar één keer").isEqualTo(400);
        assertThat(tekst(mvc.perform(get("/wachtwoord-instellen/" + token)).andReturn().getResponse())).contains("link-ongeldig");
        assertThat(jdbc.sql("select count(*) from auditregel where omschrijving like 'uitgenodigd als financieel medewerker%' and swv_code = 'PO2707'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from accountlink where token_hash = ?").param(token).query(Long.class).single())
                .as("alleen een hash van de link staat in de database").isZero();
    }

    @Test
    void eenVerlopenUitnodigingWerktNietEnOpnieuwUitnodigenMaaktDeVorigeLinkOngeldig() throws Exception {
        nodigUit("Paul Privacy", "paul.privacy@swv-test.nl", "FUNCTIONARIS_GEGEVENSBESCHERMING");
        var eerste = linkUitMail("paul.privacy@swv-test.nl");
        long id = id("paul.privacy@swv-test.nl");

        mvc.perform(post("/swv/PO2707/medewerkers/%d/uitnodiging".formatted(id)).with(user(beheerder())).with(csrf()).param("versie", "" + versie(id)));
        await().untilAsserted(() -> assertThat(linkUitMail("paul.privacy@swv-test.nl")).isNotEqualTo(eerste));
        var tweede = linkUitMail("paul.privacy@swv-test.nl");

        assertThat(stelIn(eerste, GOED).getStatus()).as("de vorige link").isEqualTo(400);
        jdbc.sql("update accountlink set geldig_tot = now() - interval '1 minute' where gebruiker_id = ?").param(id).update();
        assertThat(stelIn(tweede, GOED).getStatus()).as("na een week").isEqualTo(400);
    }

    @Test
    void wachtwoordVergetenAntwoordtVoorBekendeEnOnbekendeAdressenHetzelfdeEnMailtAlleenEenBekend() throws Exception {
        nodigUit("Vera Vergeet", "vera.vergeet@swv-test.nl", "FINANCIEEL_MEDEWERKER");
        stelIn(linkUitMail("vera.vergeet@swv-test.nl"), GOED);
        int voor = mail.getReceivedMessages().length;

        var bekend = mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", "Vera.Vergeet@swv-test.nl")).andReturn();
        var onbekend = mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", "niemand@swv-test.nl")).andReturn();

        assertThat(bekend.getFlashMap().get("melding")).isEqualTo(onbekend.getFlashMap().get("melding")).asString().contains("Als er een account");
        var token = linkUitMail("vera.vergeet@swv-test.nl");
        assertThat(mail.getReceivedMessages()).hasSize(voor + 1);
        assertThat(stelIn(token, "een heel nieuw wachtwoord na de zomer").getRedirectedUrl()).isEqualTo("/inloggen");
        assertThat(loginNaar("vera.vergeet@swv-test.nl", GOED)).isEqualTo("/inloggen?fout");
        assertThat(loginNaar("vera.vergeet@swv-test.nl", "een heel nieuw wachtwoord na de zomer")).isEqualTo("/mijn");
    }

    @Test
    void eenUitgeschakeldAccountKanNietInloggenTotHetWeerIsIngeschakeldEnDeLaatsteBeheerderBlijft() throws Exception {
        nodigUit("Udo Uit", "udo.uit@swv-test.nl", "FINANCIEEL_MEDEWERKER");
        stelIn(linkUitMail("udo.uit@swv-test.nl"), GOED);
        long id = id("udo.uit@swv-test.nl");
        var sessie = login("udo.uit@swv-test.nl", GOED).getResponse().getCookie(BeveiligingTest.SESSIECOOKIE);

        var uit = mvc.perform(post("/swv/PO2707/medewerkers/%d/uitschakelen".formatted(id)).with(user(beheerder())).with(csrf())
                .param("versie", "" + versie(id))).andReturn().getResponse();
        assertThat(uit.getRedirectedUrl()).isEqualTo("/swv/PO2707/medewerkers/" + id);
        assertThat(mvc.perform(get("/mijn").cookie(sessie)).andReturn().getResponse().getRedirectedUrl()).as("een open sessie stopt")
                .isEqualTo("/inloggen?beeindigd");
        assertThat(loginNaar("udo.uit@swv-test.nl", GOED)).isEqualTo("/inloggen?fout");
        var oud = mvc.perform(post("/swv/PO2707/medewerkers/%d/inschakelen".formatted(id)).with(user(beheerder())).with(csrf())
                .param("versie", "0")).andReturn().getResponse();
        assertThat(oud.getStatus()).as("een wijziging op een oude stand").isEqualTo(409);
        mvc.perform(post("/swv/PO2707/medewerkers/%d/inschakelen".formatted(id)).with(user(beheerder())).with(csrf()).param("versie", "" + versie(id)));
        assertThat(loginNaar("udo.uit@swv-test.nl", GOED)).isEqualTo("/mijn");

        long zelf = beheerder().id();
        var eigen = mvc.perform(post("/swv/PO2707/medewerkers/%d/uitschakelen".formatted(zelf)).with(user(beheerder())).with(csrf())
                .param("versie", "" + versie(zelf))).andReturn().getResponse();
        var zonderBeheer = mvc.perform(post("/swv/PO2707/medewerkers/%d/rollen".formatted(zelf)).with(user(beheerder())).with(csrf())
                .param("versie", "" + versie(zelf)).param("rollen[DIRECTEUR]", "true")).andReturn().getResponse();
        assertThat(tekst(eigen)).contains("eigen account niet uitschakelen");
        assertThat(tekst(zonderBeheer)).contains("ten minste één actieve SWV-beheerder");
        assertThat(gebruikers.loadUserByUsername("swvbeheer").heeftRol(Rol.SWV_BEHEERDER)).isTrue();
    }

    @Test
    void rollenPassenBijDeOrganisatieEnEenGeweigerdeUitnodigingBewaartWatIsIngevuld() throws Exception {
        var zonderSchool = nodigUit("Iris Ib", "iris.ib@swv-test.nl", "INTERN_BEGELEIDER");
        var gemengd = nodigUit("Iris Ib", "iris.ib@swv-test.nl", "INTERN_BEGELEIDER", "ONDERSTEUNINGSCOORDINATOR");
        var ouder = nodigUit("Iris Ib", "iris.ib@swv-test.nl", "OUDER");
        var bestaand = nodigUit("Sanne Dubbel", "swvbeheer@demo.thuisnabij.nl", "DIRECTEUR");

        assertThat(zonderSchool.getStatus()).isEqualTo(400);
        assertThat(tekst(zonderSchool)).contains("Kies de school waar deze medewerker werkt", "value=\"iris.ib@swv-test.nl\"", "value=\"Iris Ib\"");
        assertThat(tekst(gemengd)).contains("niet voor allebei");
        assertThat(tekst(ouder)).contains("Deze rol kent de beheerder van een samenwerkingsverband niet toe");
        assertThat(tekst(bestaand)).contains("Er is al een account met dit e-mailadres");
        assertThat(jdbc.sql("select count(*) from gebruiker where email = 'iris.ib@swv-test.nl'").query(Long.class).single()).isZero();
    }

    @Test
    void eenBeheerderZietEnWijzigtAlleenDeAccountsVanZijnEigenSwvEnAndereRollenKomenErNietIn() throws Exception {
        long utrecht = id("swvbeheer.utrecht");

        assertThat(mvc.perform(get("/swv/PO2707/medewerkers/" + utrecht).with(user(beheerder()))).andReturn().getResponse().getStatus())
                .as("een account van een ander SWV").isEqualTo(404);
        assertThat(mvc.perform(post("/swv/PO2707/medewerkers/%d/uitschakelen".formatted(utrecht)).with(user(beheerder())).with(csrf())
                .param("versie", "" + versie(utrecht))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/swv/PO2601/medewerkers").with(user(beheerder()))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/swv/PO2707/medewerkers").with(user(gebruikers.loadUserByUsername("coordinator")))).andReturn().getResponse()
                .getStatus()).as("een coördinator beheert geen accounts").isEqualTo(403);
        var lijst = tekst(mvc.perform(get("/swv/PO2707/medewerkers").with(user(beheerder()))).andReturn().getResponse());
        assertThat(lijst).contains("Cora Coördinator (demo)", "Ilse Begeleider (demo)").doesNotContain("Umut Beheer Utrecht");
        assertThat(jdbc.sql("select versie from gebruiker where id = ?").param(utrecht).query(Integer.class).single()).isZero();
    }

    @Test
    void eenSchooldirecteurBeheertAlleenDeMedewerkersVanZijnEigenSchoolMetDeRollenVanEenSchool() throws Exception {
        var directeur = gebruikers.loadUserByUsername("schooldirecteur");
        var eigen = "/swv/PO2707/vestigingen/%d/medewerkers".formatted(directeur.vestigingId());
        long andereSchool = jdbc.sql("select id from vestiging where swv_code = 'PO2707' and id <> ? order by id limit 1")
                .param(directeur.vestigingId()).query(Long.class).single();

        var uitgenodigd = mvc.perform(post(eigen).with(user(directeur)).with(csrf()).param("naam", "Bram Begeleider")
                .param("email", "bram.begeleider@school-test.nl").param("rollen[INTERN_BEGELEIDER]", "true")
                .param("vestiging", String.valueOf(andereSchool))).andReturn().getResponse();
        assertThat(uitgenodigd.getRedirectedUrl()).isEqualTo(eigen);
        assertThat(jdbc.sql("select vestiging_id from gebruiker where email = 'bram.begeleider@school-test.nl'").query(Long.class).single())
                .as("altijd voor de eigen school, wat het formulier ook stuurt").isEqualTo(directeur.vestigingId());
        linkUitMail("bram.begeleider@school-test.nl");

        var swvRol = mvc.perform(post(eigen).with(user(directeur)).with(csrf()).param("naam", "Carla Coördinator")
                .param("email", "carla@school-test.nl").param("rollen[ONDERSTEUNINGSCOORDINATOR]", "true")).andReturn().getResponse();
        assertThat(swvRol.getStatus()).isEqualTo(400);
        assertThat(tekst(swvRol)).contains("Een school kent alleen de rollen van een school toe");

        var lijst = tekst(mvc.perform(get(eigen).with(user(directeur))).andReturn().getResponse());
        assertThat(lijst).contains("Bram Begeleider", "Ilse Begeleider (demo)").doesNotContain("Cora Coördinator", "Sanne Beheer");
        long coordinator = id("coordinator");
        assertThat(mvc.perform(get(eigen + "/" + coordinator).with(user(directeur))).andReturn().getResponse().getStatus())
                .as("een medewerker van het SWV, niet van de school").isEqualTo(404);
        assertThat(mvc.perform(post(eigen + "/%d/uitschakelen".formatted(coordinator)).with(user(directeur)).with(csrf())
                .param("versie", "" + versie(coordinator))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/swv/PO2707/vestigingen/%d/medewerkers".formatted(andereSchool)).with(user(directeur))).andReturn()
                .getResponse().getStatus()).as("een andere school").isEqualTo(403);
        assertThat(mvc.perform(get("/swv/PO2707/medewerkers").with(user(directeur))).andReturn().getResponse().getStatus())
                .as("alle medewerkers van het SWV").isEqualTo(403);
        assertThat(mvc.perform(get(eigen).with(user(gebruikers.loadUserByUsername("ib")))).andReturn().getResponse().getStatus())
                .as("een intern begeleider beheert geen accounts").isEqualTo(403);
        assertThat(jdbc.sql("select versie from gebruiker where id = ?").param(coordinator).query(Integer.class).single()).isZero();
    }

    @Test
    void dePlatformbeheerderNodigtDeEersteBeheerderVanEenSwvUitDieDaarnaZelfVerderGaat() throws Exception {
        var platform = gebruikers.loadUserByUsername("beheer");
        var zonderBeheerder = jdbc.sql("""
                select code from samenwerkingsverband s where not exists (select 1 from gebruiker g where g.swv_code = s.code) order by code limit 1
                """).query(String.class).single();
        assertThat(tekst(mvc.perform(get("/beheer/swv-beheerders").with(user(platform))).andReturn().getResponse())).contains("nog geen");

        var onbekend = mvc.perform(post("/beheer/swv-beheerders").with(user(platform)).with(csrf()).param("swv", "PO9999")
                .param("naam", "Bea Beheer").param("email", "bea@swv-nieuw.nl")).andReturn().getResponse();
        assertThat(onbekend.getStatus()).isEqualTo(400);
        assertThat(tekst(onbekend)).contains("Kies een samenwerkingsverband uit de lijst", "value=\"bea@swv-nieuw.nl\"");

        var uitgenodigd = mvc.perform(post("/beheer/swv-beheerders").with(user(platform)).with(csrf()).param("swv", zonderBeheerder)
                .param("naam", "Bea Beheer").param("email", "bea@swv-nieuw.nl")).andReturn().getResponse();
        assertThat(uitgenodigd.getRedirectedUrl()).isEqualTo("/beheer/swv-beheerders");
        stelIn(linkUitMail("bea@swv-nieuw.nl"), GOED);
        assertThat(loginNaar("bea@swv-nieuw.nl", GOED)).isEqualTo("/mijn");
        var bea = gebruikers.loadUserByUsername("bea@swv-nieuw.nl");
        assertThat(bea.swvCode()).isEqualTo(zonderBeheerder);
        assertThat(bea.rollen()).containsExactly(Rol.SWV_BEHEERDER);
        assertThat(mvc.perform(get("/swv/%s/medewerkers".formatted(zonderBeheerder)).with(user(bea))).andReturn().getResponse().getStatus())
                .as("zij gaat zelf verder").isEqualTo(200);
        assertThat(mvc.perform(get("/beheer/swv-beheerders").with(user(beheerder()))).andReturn().getResponse().getStatus())
                .as("alleen voor de platformbeheerder").isEqualTo(403);
    }

    @Test
    void dePlatformbeheerderNodigtDeInspectieUitDieAlleenDeKengetallenZiet() throws Exception {
        var platform = gebruikers.loadUserByUsername("beheer");

        var uitgenodigd = mvc.perform(post("/beheer/inspectie").with(user(platform)).with(csrf()).param("naam", "Iris Inspectie")
                .param("email", "iris@inspectie.example")).andReturn().getResponse();

        assertThat(uitgenodigd.getRedirectedUrl()).isEqualTo("/beheer/swv-beheerders");
        stelIn(linkUitMail("iris@inspectie.example"), GOED);
        assertThat(loginNaar("iris@inspectie.example", GOED)).isEqualTo("/mijn");
        var iris = gebruikers.loadUserByUsername("iris@inspectie.example");
        assertThat(iris.rollen()).containsExactly(Rol.INSPECTIE);
        assertThat(iris.swvCode()).isNull();
        assertThat(mvc.perform(get("/inspectie/kengetallen").with(user(iris))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/swv/PO2707/aanvragen").with(user(iris))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/beheer/inspectie").with(user(beheerder())).with(csrf()).param("naam", "X").param("email", "x@y.example"))
                .andReturn().getResponse().getStatus()).as("alleen voor de platformbeheerder").isEqualTo(403);
    }
}
