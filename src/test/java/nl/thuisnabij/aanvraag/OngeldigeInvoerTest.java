package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisnabij.Formuliercontrole;
import nl.thuisnabij.IntegratieTest;
import static nl.thuisnabij.Formuliercontrole.met;
import static nl.thuisnabij.Formuliercontrole.velden;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing typed is ever lost: every step's form, sent with a required field left empty and with a
 * malformed value, comes back as the same page (400) with the message at that field, every other
 * typed value in place, and nothing saved. Never a silent default, never a server error.
 */
@IntegratieTest
class OngeldigeInvoerTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Commissie commissie;
    @Autowired
    Leerlingen leerlingen;

    Gebruiker ib;
    Gebruiker coordinator;
    AanvraagBouwer bouwer;
    Formuliercontrole formulier;

    @BeforeEach
    void personen() {
        formulier = new Formuliercontrole(mvc);
        ib = gebruikers.loadUserByUsername("ib");
        coordinator = gebruikers.loadUserByUsername("coordinator");
        bouwer = new AanvraagBouwer(SWV, ib, "Invoertest", aanvragen, leerlingen, jdbc)
                .metOuderAccount(gebruikers.loadUserByUsername("ouder").id());
    }

    @Test
    void deStappenVanDeSchoolGevenHunFormulierTerugMetDeFoutBijHetVeld() throws Exception {
        long id = bouwer.compleetConcept(Aanvraagsoort.ARRANGEMENT, "Invoer", null, arrangementsoort());
        var pad = "/swv/PO2707/vestigingen/%d/aanvragen/%d/".formatted(ib.vestigingId(), id);
        var inhoud = velden("versie", versie(id), "vraag", "Getypte hulpvraag <met> tekens", "behoeften", "Getypte behoeften",
                "geprobeerd", "Getypt: al gedaan");

        formulier.weigert(ib, pad + "inhoud", met(inhoud, "arrangementsoort", "abc"), "arrangementsoort", Set.of("arrangementsoort"));
        formulier.weigert(ib, pad + "indienen", met(inhoud, "vraag", "x".repeat(20_001)), "vraag", Set.of());
        formulier.weigert(ib, pad + "oudergesprek", velden("versie", versie(id), "verslag", " ", "akkoord", "true"), "verslag", Set.of("akkoord"));
        formulier.weigert(ib, pad + "intrekken", velden("versie", versie(id), "bevestigd", ""), "bevestigd", Set.of());
        assertThat(versie(id)).as("niets opgeslagen").isEqualTo(bouwer.versie(id) + "");
        assertThat(status(id)).isEqualTo("CONCEPT");
    }

    @Test
    void eenNieuweAanvraagMetEenTikfoutInHetBsnToontHetGetypteNummerEnLaatGeenLeerlingAchter() throws Exception {
        long leerlingenVoor = jdbc.sql("select count(*) from leerling").query(Long.class).single();
        var pad = "/swv/PO2707/vestigingen/%d/aanvragen".formatted(ib.vestigingId());
        var leerling = velden("soort", "TLV_SO", "leerling", "", "voornaam", "Tikfout", "achternaam", "Formulier", "geboortedatum", "2016-04-01",
                "postcode", "1016 AB", "ouderNaam", "Ouder Tikfout", "ouderRelatie", "vader", "ouderEmail", "vader@ouders.example",
                "persoonsnummerSoort", "BSN");

        formulier.weigert(ib, pad, met(leerling, "persoonsnummer", "123456788"), "persoonsnummer", Set.of("soort", "persoonsnummerSoort"));
        formulier.weigert(ib, pad, met(leerling, "geboortedatum", "31-02-2016"), "geboortedatum", Set.of("soort", "persoonsnummerSoort"));
        formulier.weigert(ib, pad, met(leerling, "soort", ""), "soort", Set.of("persoonsnummerSoort"));
        formulier.weigert(ib, pad, met(leerling, "soort", "ONBEKEND"), "soort", Set.of("soort", "persoonsnummerSoort"));
        formulier.weigert(ib, pad, met(leerling, "ouderEmail", "vader-at-ouders"), "ouderEmail", Set.of("soort", "persoonsnummerSoort"));

        assertThat(jdbc.sql("select count(*) from leerling").query(Long.class).single()).as("geen leerling zonder aanvraag")
                .isEqualTo(leerlingenVoor);
    }

    @Test
    void deStappenVanHetSamenwerkingsverbandGevenHunFormulierTerugMetDeFoutBijHetVeld() throws Exception {
        var deskundige = gebruikers.loadUserByUsername("deskundige");
        var deskundige2 = gebruikers.loadUserByUsername("deskundige2");
        long tlv = bouwer.ingediend(Aanvraagsoort.TLV_SO, "Beoordeel", null, null);
        long arrangement = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, "Besluit", null, arrangementsoort());
        beoordeling.neemInBehandeling(SWV, tlv, bouwer.versie(tlv), coordinator);
        beoordeling.neemInBehandeling(SWV, arrangement, bouwer.versie(arrangement), coordinator);
        commissie.planVergadering(SWV, LocalDate.now().plusDays(3), java.time.LocalTime.of(14, 0), "Vergaderzaal 2");
        var tlvPad = "/swv/PO2707/aanvragen/%d/".formatted(tlv);
        var arrangementPad = "/swv/PO2707/aanvragen/%d/".formatted(arrangement);

        formulier.weigert(coordinator, tlvPad + "aanvulling", velden("versie", versie(tlv), "gevraagd", ""), "gevraagd", Set.of());
        formulier.weigert(coordinator, tlvPad + "advies-vragen", velden("versie", versie(tlv), "eerste", "", "tweede", deskundige2.id() + ""), "eerste",
                Set.of("tweede"));
        formulier.weigert(coordinator, tlvPad + "advies-vragen", velden("versie", versie(tlv), "eerste", deskundige.id() + "", "tweede", "abc"), "tweede",
                Set.of("eerste", "tweede"));
        formulier.weigert(coordinator, tlvPad + "agenderen", velden("versie", versie(tlv), "vergadering", "morgen"), "vergadering", Set.of("vergadering"));
        var besluit = velden("versie", versie(arrangement), "uitkomst", "TOEGEKEND", "motivering", "Getypte motivering van het besluit",
                "startdatum", "2027-01-04", "einddatum", "2027-07-02", "bedrag", "1500,00");
        formulier.weigert(coordinator, arrangementPad + "besluit", met(besluit, "motivering", ""), "motivering", Set.of("uitkomst"));
        formulier.weigert(coordinator, arrangementPad + "besluit", met(besluit, "startdatum", "2027-02-30"), "startdatum", Set.of("uitkomst"));
        formulier.weigert(coordinator, arrangementPad + "besluit", met(besluit, "uren", "twaalf"), "uren", Set.of("uitkomst"));
        formulier.weigert(coordinator, arrangementPad + "besluit", met(besluit, "uitkomst", "MISSCHIEN"), "uitkomst", Set.of("uitkomst"));
        formulier.weigert(coordinator, arrangementPad + "besluit", met(besluit, "einddatum", "2026-12-01"), "einddatum", Set.of("uitkomst"));

        beoordeling.vraagAdvies(SWV, tlv, bouwer.versie(tlv), coordinator, deskundige.id(), deskundige2.id());
        var advies = velden("versie", versie(tlv), "positief", "true", "motivering", "Mijn getypte advies", "onafhankelijk", "true");
        formulier.weigert(deskundige, tlvPad + "advies", met(advies, "motivering", ""), "motivering", Set.of("positief", "onafhankelijk"));
        formulier.weigert(deskundige, tlvPad + "advies", met(advies, "motivering", "Gezamenlijk advies van de commissie: toelaatbaar."), "motivering",
                Set.of("positief", "onafhankelijk"));
        formulier.weigert(deskundige, tlvPad + "advies", met(advies, "positief", ""), "positief", Set.of("onafhankelijk"));

        assertThat(status(tlv)).isEqualTo("ADVIES");
        assertThat(jdbc.sql("select count(*) from besluit where aanvraag_id = ?").param(arrangement).query(Long.class).single()).isZero();
    }

    @Test
    void bezwaarEnDeBeslissingOpBezwaarGevenHunFormulierTerugMetDeFoutBijHetVeld() throws Exception {
        long id = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, "Bezwaar", null, arrangementsoort());
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        var start = LocalDate.now().plusMonths(1);
        beoordeling.neemBesluit(SWV, id, bouwer.versie(id), coordinator, new BesluitInvoer(Besluituitkomst.TOEGEKEND, "Uren.", start,
                start.plusMonths(6), null, null, new BigDecimal("900.00")));
        var pad = "/swv/PO2707/aanvragen/%d/".formatted(id);

        formulier.weigert(coordinator, pad + "bezwaar", velden("indiener", "BUURMAN", "gronden", "Getypte gronden"), "indiener", Set.of("indiener"));
        formulier.weigert(coordinator, pad + "bezwaar", velden("indiener", "", "gronden", "Getypte gronden"), "indiener", Set.of());
        formulier.weigert(coordinator, pad + "bezwaar", velden("indiener", "OUDERS", "gronden", ""), "gronden", Set.of("indiener"));
        formulier.weigert(gebruikers.loadUserByUsername("ouder"), "/ouder/aanvragen/PO2707/%d/bezwaar".formatted(id), velden("gronden", " "), "gronden",
                Set.of());

        beoordeling.dienBezwaarIn(SWV, id, coordinator, Bezwaar.Indiener.SCHOOL, "Te weinig uren.");
        var beslissing = velden("versie", versie(id), "gegrond", "true", "toelichting", "Getypte toelichting", "uitkomst", "TOEGEKEND",
                "motivering", "Meer uren", "startdatum", start.toString(), "einddatum", start.plusMonths(6).toString());
        formulier.weigert(coordinator, pad + "bezwaar-beslissen", met(beslissing, "toelichting", ""), "toelichting", Set.of("gegrond", "uitkomst"));
        formulier.weigert(coordinator, pad + "bezwaar-beslissen", met(beslissing, "uren", "twaalf"), "uren", Set.of("gegrond", "uitkomst"));
        formulier.weigert(coordinator, pad + "bezwaar-beslissen", met(beslissing, "gegrond", "misschien"), "gegrond", Set.of("gegrond", "uitkomst"));

        assertThat(jdbc.sql("select count(*) from bezwaar where aanvraag_id = ? and beslissing is null").param(id).query(Long.class).single())
                .as("het bezwaar loopt nog").isEqualTo(1);

        var ongegrond = velden("versie", versie(id), "gegrond", "false", "toelichting", "Getypt: de uren passen bij de behoefte");
        var voorbeeld = stuur(pad + "bezwaar-beslissen", ongegrond);
        assertThat(voorbeeld.getStatus()).isEqualTo(200);
        assertThat(voorbeeld.getContentAsString(StandardCharsets.UTF_8)).contains("Beslissing op bezwaar", "ongegrond",
                "Getypt: de uren passen bij de behoefte");
        assertThat(jdbc.sql("select count(*) from bezwaar where aanvraag_id = ? and beslissing is null").param(id).query(Long.class).single())
                .as("na het voorbeeld loopt het bezwaar nog").isEqualTo(1);
        assertThat(stuur(pad + "bezwaar-beslissen", met(ongegrond, "bevestigd", "ja")).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select beslissing from bezwaar where aanvraag_id = ?").param(id).query(String.class).single()).isEqualTo("ONGEGROND");
    }

    @Test
    void deCommissieEnHetBeleidGevenHunFormulierTerugMetDeFoutBijHetVeld() throws Exception {
        long vergadering = commissie.planVergadering(SWV, LocalDate.now().plusDays(10), java.time.LocalTime.of(14, 0), "Vergaderzaal 2");
        int notulenVersie = jdbc.sql("select versie from commissievergadering where id = ?").param(vergadering).query(Integer.class).single();

        formulier.weigert(coordinator, "/swv/PO2707/commissie", velden("datum", "32-13-2026"), "datum", Set.of());
        formulier.weigert(coordinator, "/swv/PO2707/commissie/%d/aanwezige".formatted(vergadering), velden("gebruiker", gebruikers.loadUserByUsername("commissie").id() + "", "rol", ""),
                "rol", Set.of("gebruiker"));
        formulier.weigert(coordinator, "/swv/PO2707/commissie/%d/notulen".formatted(vergadering), velden("versie", notulenVersie + "", "notulen",
                "n".repeat(100_001)), "notulen", Set.of());

        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        var beleid = velden("beslistermijnWeken", "6", "aanvullingDagen", "21", "tlvMinimaleMaanden", "13", "tlvHerinneringDagen", "60",
                "bezwaarcommissie", "de eigen bezwaaradviescommissie van het samenwerkingsverband");
        formulier.weigert(beheerder, "/swv/PO2707/aanvraagbeleid", met(beleid, "beslistermijnWeken", "zes"), "beslistermijnWeken", Set.of());
        formulier.weigert(beheerder, "/swv/PO2707/aanvraagbeleid", met(beleid, "bezwaarcommissie", " "), "bezwaarcommissie", Set.of());
        formulier.weigert(beheerder, "/swv/PO2707/aanvraagbeleid", met(beleid, "aanvullingDagen", "91"), "aanvullingDagen", Set.of());
        formulier.weigert(beheerder, "/swv/PO2707/aanvraagbeleid/arrangementen", velden("naam", "Getypt arrangement", "uurtarief", "veel"), "uurtarief",
                Set.of());
        assertThat(jdbc.sql("select aanvulling_dagen from aanvraagbeleid where swv_code = 'PO2707'").query(Integer.class).optional())
                .as("beleid niet gewijzigd").isNotEqualTo(java.util.Optional.of(21));
    }

    @Test
    void eenAanvraagWordtPasIngetrokkenAlsDeSchoolBevestigtDatZeDatWil() throws Exception {
        long id = bouwer.compleetConcept(Aanvraagsoort.ARRANGEMENT, "Bevestig", null, null);
        var pad = "/swv/PO2707/vestigingen/%d/aanvragen/%d/intrekken".formatted(ib.vestigingId(), id);

        formulier.weigert(ib, pad, velden("versie", versie(id)), "bevestigd", Set.of());
        assertThat(status(id)).isEqualTo("CONCEPT");

        mvc.perform(post(pad).with(user(ib)).with(csrf()).param("versie", versie(id)).param("bevestigd", "ja"))
                .andExpect(flash().attribute("melding", "De aanvraag is ingetrokken."));
        assertThat(status(id)).isEqualTo("INGETROKKEN");
    }

    @Test
    void eenBesluitWordtPasGenomenAlsDeBriefIsBekekenEnDefinitiefVastgelegd() throws Exception {
        long id = bouwer.ingediend(Aanvraagsoort.ARRANGEMENT, "Voorbeeld", null, arrangementsoort());
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        var pad = "/swv/PO2707/aanvragen/%d/besluit".formatted(id);
        var besluit = velden("versie", versie(id), "uitkomst", "TOEGEKEND", "motivering", "Getypte motivering voor de brief",
                "startdatum", "2027-01-04", "einddatum", "2027-07-02", "uren", "12,5");

        var voorbeeld = stuur(pad, besluit);
        assertThat(voorbeeld.getStatus()).isEqualTo(200);
        assertThat(voorbeeld.getContentAsString(StandardCharsets.UTF_8)).contains("Voorbeeld van de besluitbrief", "Getypte motivering voor de brief",
                "Invoertest", "binnen zes weken", "name=\"bevestigd\" value=\"ja\"", "value=\"12,5\"");
        assertThat(jdbc.sql("select count(*) from besluit where aanvraag_id = ?").param(id).query(Long.class).single()).as("nog geen besluit")
                .isZero();

        var terug = stuur(pad + "/wijzigen", besluit).getContentAsString(StandardCharsets.UTF_8);
        assertThat(terug).as("terug naar het formulier, alles staat er nog").contains(">Getypte motivering voor de brief</textarea>",
                "value=\"2027-07-02\"").doesNotContain("id=\"foutsamenvatting\"");

        var genomen = stuur(pad, met(besluit, "bevestigd", "ja"));
        assertThat(genomen.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from besluit where aanvraag_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("BESLOTEN");
    }

    private org.springframework.mock.web.MockHttpServletResponse stuur(String pad, Map<String, String> velden) throws Exception {
        return stuur(coordinator, pad, velden);
    }

    private org.springframework.mock.web.MockHttpServletResponse stuur(Gebruiker wie, String pad, Map<String, String> velden) throws Exception {
        var verzoek = post(pad).with(user(wie)).with(csrf());
        velden.forEach(verzoek::param);
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    @Test
    void eenTweedeKeerVerstuurdFormulierMaaktGeenTweedeLeerlingOfAanvraag() throws Exception {
        long leerlingenVoor = jdbc.sql("select count(*) from leerling").query(Long.class).single();
        long aanvragenVoor = jdbc.sql("select count(*) from aanvraag").query(Long.class).single();
        var pad = "/swv/PO2707/vestigingen/%d/aanvragen".formatted(ib.vestigingId());
        var formulier = velden("soort", "ARRANGEMENT", "voornaam", "Dubbel", "achternaam", "Geklikt", "geboortedatum", "2016-02-03",
                "postcode", "1016 AB", "persoonsnummerSoort", "BSN", "eenmalig", java.util.UUID.randomUUID().toString());

        var eerste = stuur(ib, pad, formulier);
        var tweede = stuur(ib, pad, formulier);

        assertThat(eerste.getStatus()).isEqualTo(302);
        assertThat(tweede.getRedirectedUrl()).as("de tweede keer naar wat de eerste maakte").isEqualTo(eerste.getRedirectedUrl())
                .matches(".*/aanvragen/\\d+");
        assertThat(jdbc.sql("select count(*) from leerling").query(Long.class).single()).isEqualTo(leerlingenVoor + 1);
        assertThat(jdbc.sql("select count(*) from aanvraag").query(Long.class).single()).isEqualTo(aanvragenVoor + 1);
    }

    @Test
    void eenOnbekendeSchoolEenSchoolVanEenAnderSamenwerkingsverbandEnEenVreemdeBijlageZijnNietGevonden() throws Exception {
        long anderen = jdbc.sql("select min(id) from vestiging where swv_code <> 'PO2707'").query(Long.class).single();
        long aanvraag = jdbc.sql("select min(id) from aanvraag where swv_code = 'PO2707' and status <> 'CONCEPT'").query(Long.class).single();
        for (var pad : List.of("/swv/PO2707/vestigingen/999999/aanmeldingen", "/swv/PO2707/vestigingen/" + anderen + "/aanmeldingen",
                "/swv/PO2707/vestigingen/" + anderen + "/leerlingen", "/swv/PO2707/aanvragen/" + aanvraag + "/bijlagen/999999")) {
            var antwoord = mvc.perform(get(pad).with(user(coordinator))).andReturn().getResponse();
            assertThat(antwoord.getStatus()).as(pad).isEqualTo(404);
        }
    }

    @Test
    void eenOnbekendeStatusInHetFilterIsEenNederlandseMelding() throws Exception {
        var antwoord = mvc.perform(get("/swv/PO2707/aanvragen").param("status", "ONBEKEND").with(user(coordinator))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(400);
        assertThat(antwoord.getContentAsString(StandardCharsets.UTF_8)).contains("geen geldige keuze voor de status");
    }

    private long arrangementsoort() {
        return jdbc.sql("select min(id) from arrangementsoort where swv_code = 'PO2707'").query(Long.class).single();
    }

    private String versie(long id) {
        return String.valueOf(bouwer.versie(id));
    }

    private String status(long id) {
        return jdbc.sql("select status from aanvraag where id = ?").param(id).query(String.class).single();
    }
}
