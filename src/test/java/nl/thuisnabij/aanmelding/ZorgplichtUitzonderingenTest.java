package nl.thuisnabij.aanmelding;

import static nl.thuisnabij.Formuliercontrole.velden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisnabij.Formuliercontrole;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The zorgplicht's exceptions as the school meets them on its pages (WPO 40, 63): a
 * pre-registration, a request for information that stops the term, a refusal because the school is
 * full, and what the parents are told.
 */
@IntegratieTest
class ZorgplichtUitzonderingenTest {

    static final SwvCode SWV = new SwvCode("PO2707");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Aanmeldingen aanmeldingen;
    @Autowired
    JdbcClient jdbc;

    Gebruiker ib;
    String pad;

    @BeforeEach
    void school() {
        ib = gebruikers.loadUserByUsername("ib");
        pad = "/swv/PO2707/vestigingen/%d/aanmeldingen".formatted(ib.vestigingId());
    }

    @Test
    void wpo40lid2_eenKindVanTweeJaarIsVooraangemeldEnDeBeslistermijnBegintOpDeDerdeVerjaardag() throws Exception {
        var geboren = LocalDate.now().minusYears(2).minusMonths(6);
        var antwoord = mvc.perform(post(pad).with(user(ib)).with(csrf()).param("voornaam", "Peuter").param("achternaam", "Vooraanmelding")
                .param("geboortedatum", geboren.toString()).param("postcode", "1016 AB").param("datumAanmelding", LocalDate.now().toString())
                .param("gewensteStartdatum", geboren.plusYears(4).toString())).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(302);

        var detail = pagina(antwoord.getRedirectedUrl(), ib);
        assertThat(detail).contains("id=\"vooraanmelding\"", "Dit wordt een aanmelding op " + geboren.plusYears(3).format(DATUM))
                .doesNotContain("Uiterste beslisdatum");
        long id = Long.parseLong(antwoord.getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(jdbc.sql("select geldt_vanaf from aanmelding where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(geboren.plusYears(3));
        assertThat(jdbc.sql("select omschrijving from auditregel where recordsoort = 'aanmelding' and record_id = ? and actie = 'SCHRIJVEN'")
                .param(String.valueOf(id)).query(String.class).list()).anyMatch(o -> o.startsWith("vooraanmelding geregistreerd"));
    }

    @Test
    void eenKindDatInHetBuitenlandWoontWordtAangemeldMetHetLandInPlaatsVanEenPostcode() throws Exception {
        var velden = velden("voornaam", "Lotte", "achternaam", "Buitenland", "geboortedatum", LocalDate.now().minusYears(7).toString(), "postcode", "",
                "woonland", "Duitsland", "datumAanmelding", LocalDate.now().toString(), "gewensteStartdatum", LocalDate.now().plusWeeks(12).toString());
        var formulier = new Formuliercontrole(mvc);
        formulier.weigert(ib, pad, Formuliercontrole.met(velden, "postcode", "1016 AB"), "woonland", Set.of());
        formulier.weigert(ib, pad, Formuliercontrole.met(velden, "woonland", ""), "postcode", Set.of());

        var verzoek = post(pad).with(user(ib)).with(csrf());
        velden.forEach(verzoek::param);
        var antwoord = mvc.perform(verzoek).andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(302);
        assertThat(pagina(antwoord.getRedirectedUrl(), ib)).contains("<dt>Woonadres</dt>", "buitenland: Duitsland");
    }

    @Test
    void wpo63lid4_deSchoolVraagtInformatieDeTermijnLigtStilEnLooptNaOntvangstVerderMetDeGewachteDagen() throws Exception {
        long id = new AanmeldingBouwer(SWV, ib.vestigingId(), aanmeldingen).aangemeld("Aanvulling", Map.of());
        var detail = pad + "/" + id;
        var voor = aanmeldingen.overzicht(SWV, ib.vestigingId(), id, ib).uiterlijkeBeslisdatum();
        var uiterlijk = LocalDate.now().plusDays(10);

        new Formuliercontrole(mvc).weigert(ib, detail + "/aanvulling", velden("versie", versie(id), "omschrijving", "het verslag van de logopedist",
                "uiterlijk", LocalDate.now().toString()), "uiterlijk", Set.of());
        stuur(detail + "/aanvulling", velden("versie", versie(id), "omschrijving", "het verslag van de logopedist", "uiterlijk", uiterlijk.toString()));

        var beleid = aanmeldingen.overzicht(SWV, ib.vestigingId(), id, ib).beleid();
        assertThat(pagina(detail, ib)).contains("id=\"aanvulling\"", "wacht de school op informatie van de ouders: het verslag van de logopedist")
                .as("de termijn schuift op met de tien dagen tot de gestelde datum")
                .contains(beleid.naWeken(LocalDate.now().minusWeeks(3).plusDays(10), Aanmelding.BESLISTERMIJN_WEKEN).format(DATUM))
                .contains("data-stap=\"AANVULLING_ONTVANGEN\"").doesNotContain("data-stap=\"AANVULLING_VRAGEN\"", "data-stap=\"NIET_IN_BEHANDELING_NEMEN\"");
        assertThat(pagina(pad, ib)).contains("termijn ligt stil: wacht op informatie");

        stuur(detail + "/aanvulling-ontvangen", velden("versie", versie(id)));

        var na = aanmeldingen.overzicht(SWV, ib.vestigingId(), id, ib);
        assertThat(na.aanmelding().opgeschorteDagen()).as("vandaag gevraagd en ontvangen").isZero();
        assertThat(na.uiterlijkeBeslisdatum()).isEqualTo(voor);
        assertThat(pagina(detail, ib)).contains("data-stap=\"AANVULLING_VRAGEN\"").doesNotContain("id=\"aanvulling\"");
    }

    @Test
    void wpo40lid5_eenWeigeringOmdatDeSchoolVolIsSluitDeAanmeldingAfZonderZoektochtEnDeOudersLezenDeReden() throws Exception {
        gebruikers.maakAan("ouder-vol", "Ouder Vol", null, "een-lang-wachtwoord-2026", List.of(Rol.OUDER), null, null,
                null);
        var ouder = gebruikers.loadUserByUsername("ouder-vol");
        long id = aanmeldingen.registreer(SWV, ib.vestigingId(), new NieuweLeerling("Vol", "Weigering", LocalDate.now().minusYears(6),
                Postcode.volledig("1016AB"), ouder.id()), LocalDate.now().minusWeeks(1), LocalDate.now().plusWeeks(10), false, Map.of());
        var detail = pad + "/" + id;
        assertThat(pagina(detail, ib)).as("zonder ondersteuningsbehoefte is 'niet toegelaten, andere school gezocht' geen keuze")
                .contains("value=\"GEWEIGERD_VOL\"", "value=\"GEWEIGERD_GRONDSLAG\"").doesNotContain("value=\"NIET_TOEGELATEN\"");

        stuur(detail + "/besluit", velden("versie", versie(id), "uitkomst", "GEWEIGERD_VOL", "toelichting",
                "groep 3 heeft 28 leerlingen; het toelatingsbeleid geldt voor iedereen"));

        assertThat(jdbc.sql("select status from aanmelding where id = ?").param(id).query(String.class).single()).isEqualTo("GEWEIGERD_VOL");
        assertThat(pagina(detail, ib)).doesNotContain("data-stap=\"SCHOOL_VOORSTELLEN\"", "data-stap=\"ZORGPLICHT_BEEINDIGEN\"");
        assertThat(pagina("/ouder/aanmeldingen", ouder)).contains("Reden van de school: groep 3 heeft 28 leerlingen",
                "De school hoeft in dit geval geen andere school voor uw kind te zoeken");
    }

    private String versie(long id) {
        return String.valueOf(aanmeldingen.overzicht(SWV, ib.vestigingId(), id, ib).aanmelding().versie());
    }

    private void stuur(String pad, Map<String, String> velden) throws Exception {
        var verzoek = post(pad).with(user(ib)).with(csrf());
        velden.forEach(verzoek::param);
        var antwoord = mvc.perform(verzoek).andReturn().getResponse();
        assertThat(antwoord.getStatus()).as(pad + ": " + antwoord.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
    }

    private String pagina(String pad, Gebruiker wie) throws Exception {
        var antwoord = mvc.perform(get(pad).with(user(wie))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).as(pad).isEqualTo(200);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }
}
