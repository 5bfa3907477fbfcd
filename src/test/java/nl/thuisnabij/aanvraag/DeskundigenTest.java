package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may advise on a TLV (WPO 18a lid 11): the SWV's registered experts, with the profession the
 * SWV recorded, independent of the requesting school and its board (Onderwijsgeschillen 107442,
 * 108110), each giving an own advice without seeing the other's first (LBT 108582).
 */
@IntegratieTest
class DeskundigenTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    MockMvc mvc;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Beoordeling beoordeling;
    @Autowired
    Deskundigen deskundigen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    JdbcClient jdbc;

    Gebruiker ib;
    Gebruiker coordinator;
    AanvraagBouwer bouwer;

    @BeforeEach
    void gebruikers() {
        ib = gebruikers.loadUserByUsername("ib");
        coordinator = gebruikers.loadUserByUsername("coordinator");
        bouwer = new AanvraagBouwer(SWV, ib, "Deskundigentest", aanvragen, leerlingen, jdbc);
    }

    private Gebruiker deskundige(String naam, Rol rol, String swv) {
        if (!gebruikers.bestaat(naam)) {
            gebruikers.maakAan(naam, "Deskundige " + naam, null, "Een-lang-wachtwoord-1", List.of(rol), swv, rol == Rol.INTERN_BEGELEIDER ? ib.vestigingId() : null,
                    null);
        }
        return gebruikers.loadUserByUsername(naam);
    }

    /** An expert of the SWV whose profession and schools the SWV recorded. */
    private Gebruiker geregistreerd(String naam, Deskundigheid beroep, Set<Long> scholen) {
        var deskundige = deskundige(naam, Rol.DESKUNDIGE, SWV.waarde());
        deskundigen.legVast(SWV, deskundige.id(), beroep, scholen, coordinator);
        return deskundige;
    }

    private long inBehandeling(String voornaam) {
        long id = bouwer.ingediend(Aanvraagsoort.TLV_SO, voornaam, "123456782", null);
        beoordeling.neemInBehandeling(SWV, id, bouwer.versie(id), coordinator);
        return id;
    }

    @Test
    void hetSamenwerkingsverbandLegtHetBeroepEnDeScholenVanEenDeskundigeVast() throws Exception {
        var nieuw = deskundige("desk-pedagoog", Rol.DESKUNDIGE, SWV.waarde());

        var antwoord = mvc.perform(post("/swv/PO2707/deskundigen/" + nieuw.id()).with(user(coordinator)).with(csrf()).param("beroep", "PEDAGOOG")
                .param("school", String.valueOf(ib.vestigingId()))).andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(302);
        assertThat(deskundigen.vanSwv(SWV)).filteredOn(d -> d.gebruikerId() == nieuw.id())
                .singleElement().satisfies(d -> {
                    assertThat(d.beroep()).isEqualTo(Deskundigheid.PEDAGOOG);
                    assertThat(d.scholen()).containsExactly(ib.vestigingId());
                });
        var pagina = mvc.perform(get("/swv/PO2707/deskundigen").with(user(coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Deskundige desk-pedagoog", "Beroep: pedagoog");
        assertThat(mvc.perform(post("/swv/PO2707/deskundigen/" + ib.id()).with(user(coordinator)).with(csrf()).param("beroep", "ARTS"))
                .andReturn().getResponse().getStatus()).as("een intern begeleider is geen deskundige van het SWV").isEqualTo(400);
    }

    @Test
    void wpo18aLid11_alleenGeregistreerdeOnafhankelijkeDeskundigenWordenGevraagd() {
        long id = inBehandeling("Onafhankelijk");
        var demo = gebruikers.loadUserByUsername("deskundige");
        var zonderBeroep = deskundige("desk-zonder-beroep", Rol.DESKUNDIGE, SWV.waarde());
        var vanDeSchool = deskundige("desk-van-de-school", Rol.DESKUNDIGE, SWV.waarde());
        deskundigen.legVast(SWV, vanDeSchool.id(), Deskundigheid.ORTHOPEDAGOOG, Set.of(ib.vestigingId()), coordinator);
        var arts = deskundige("desk-arts", Rol.DESKUNDIGE, SWV.waarde());
        deskundigen.legVast(SWV, arts.id(), Deskundigheid.ARTS, Set.of(), coordinator);
        var uitUtrecht = deskundige("desk-utrecht", Rol.DESKUNDIGE, "PO2601");

        assertThatThrownBy(() -> beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, ib.id(), demo.id()))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("schoolpersoneel");
        assertThatThrownBy(() -> beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, uitUtrecht.id(), demo.id()))
                .as("een deskundige van een ander samenwerkingsverband").hasMessageContaining("kies een deskundige van het samenwerkingsverband");
        assertThatThrownBy(() -> beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, zonderBeroep.id(), demo.id()))
                .hasMessageContaining("beroep nog niet vastgelegd");
        assertThatThrownBy(() -> beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, vanDeSchool.id(), arts.id()))
                .hasMessageContaining("niet onafhankelijk");
        assertThatThrownBy(() -> beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, arts.id(), demo.id()))
                .hasMessageContaining("de eerste deskundige is een orthopedagoog of een psycholoog");
        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().status()).isEqualTo(AanvraagStatus.IN_BEHANDELING);

        beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, demo.id(), arts.id());
        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().deskundigen()).containsExactlyInAnyOrder(demo.id(), arts.id());
    }

    @Test
    void eenDeskundigeZonderAdviesWordtVervangenDoorEenOnafhankelijkeEnDeVervangingStaatOpDeAanvraag() throws Exception {
        long id = inBehandeling("Vervanging");
        var ortho = gebruikers.loadUserByUsername("deskundige");
        var arts = geregistreerd("desk-arts-2", Deskundigheid.ARTS, Set.of());
        var pedagoog = geregistreerd("desk-pedagoog-2", Deskundigheid.PEDAGOOG, Set.of());
        var vanDeSchool = geregistreerd("desk-van-de-school-2", Deskundigheid.PSYCHOLOOG, Set.of(ib.vestigingId()));
        beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, ortho.id(), arts.id());

        assertThatThrownBy(() -> beoordeling.vervangDeskundige(SWV, id, bouwer.versie(id), coordinator, arts.id(), vanDeSchool.id()))
                .hasMessageContaining("niet onafhankelijk");
        assertThatThrownBy(() -> beoordeling.vervangDeskundige(SWV, id, bouwer.versie(id), coordinator, ortho.id(), pedagoog.id()))
                .as("dan is geen van beiden orthopedagoog of psycholoog").hasMessageContaining("orthopedagoog of een psycholoog");
        beoordeling.vervangDeskundige(SWV, id, bouwer.versie(id), coordinator, arts.id(), pedagoog.id());

        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().deskundigen()).containsExactlyInAnyOrder(ortho.id(), pedagoog.id());
        assertThatThrownBy(() -> aanvragen.detail(SWV, id, arts)).as("de vervangen deskundige ziet de aanvraag niet meer")
                .isInstanceOf(NietGevondenException.class);
        var pagina = mvc.perform(get("/swv/PO2707/aanvragen/" + id).with(user(coordinator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("id=\"gevraagde-deskundigen\"", "Deskundige desk-arts-2: vervangen op",
                "Deskundige desk-pedagoog-2: gevraagd, advies nog niet gegeven");
    }

    @Test
    void onderwijsgeschillen108184_wieAanDeAanvraagMeewerkteAdviseertErNietOver() throws Exception {
        long id = inBehandeling("Meewerker");
        var ortho = gebruikers.loadUserByUsername("deskundige");
        var arts = geregistreerd("desk-arts-3", Deskundigheid.ARTS, Set.of());
        var psycholoog = geregistreerd("desk-psycholoog-3", Deskundigheid.PSYCHOLOOG, Set.of());

        assertThatThrownBy(() -> beoordeling.legMeewerkerVast(SWV, id, bouwer.versie(id), coordinator, ib.id()))
                .as("alleen deskundigen van het SWV").hasMessageContaining("kies een deskundige");
        beoordeling.legMeewerkerVast(SWV, id, bouwer.versie(id), coordinator, ortho.id());

        assertThatThrownBy(() -> beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, ortho.id(), arts.id()))
                .hasMessageContaining("heeft aan de aanvraag meegewerkt");
        beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, psycholoog.id(), arts.id());
        assertThatThrownBy(() -> beoordeling.vervangDeskundige(SWV, id, bouwer.versie(id), coordinator, arts.id(), ortho.id()))
                .hasMessageContaining("heeft aan de aanvraag meegewerkt");
        assertThatThrownBy(() -> beoordeling.legMeewerkerVast(SWV, id, bouwer.versie(id), coordinator, arts.id()))
                .as("een gevraagde deskundige wordt eerst vervangen").hasMessageContaining("vervang");
        var pagina = mvc.perform(get("/swv/PO2707/aanvragen/" + id).with(user(coordinator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("id=\"meewerkers\"", ortho.naam());
    }

    @Test
    void eenDeskundigeZietHetAndereAdviesPasAlsBeideBinnenZijnEnAdviseertMetZijnVastgelegdeBeroep() throws Exception {
        long id = inBehandeling("Verborgen");
        var eerste = gebruikers.loadUserByUsername("deskundige");
        var tweede = gebruikers.loadUserByUsername("deskundige2");
        beoordeling.vraagAdvies(SWV, id, bouwer.versie(id), coordinator, eerste.id(), tweede.id());
        beoordeling.geefAdvies(SWV, id, bouwer.versie(id), eerste, true, "Het gedrag vraagt om een kleine groep met veel structuur.", true);

        var pad = "/swv/PO2707/aanvragen/" + id;
        assertThat(pagina(pad, tweede)).doesNotContain("kleine groep met veel structuur").contains("Het andere advies ziet u als beide adviezen binnen zijn",
                "U adviseert als psycholoog");
        assertThat(pagina(pad, coordinator)).contains("kleine groep met veel structuur");
        assertThat(aanvragen.detail(SWV, id, coordinator).aanvraag().adviezen().getFirst().deskundigheid()).isEqualTo(Deskundigheid.ORTHOPEDAGOOG);

        beoordeling.geefAdvies(SWV, id, bouwer.versie(id), tweede, true, "Uit het onderzoek blijkt een angststoornis die intensieve begeleiding vraagt.", true);
        assertThat(pagina(pad, tweede)).contains("kleine groep met veel structuur", "angststoornis");
    }

    private String pagina(String pad, Gebruiker wie) throws Exception {
        var antwoord = mvc.perform(get(pad).with(user(wie))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(200);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }
}
