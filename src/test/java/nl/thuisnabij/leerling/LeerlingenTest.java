package nl.thuisnabij.leerling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A pupil moves between schools and between SWVs; the history goes along, the file stays with each SWV. */
@IntegratieTest
@Transactional
class LeerlingenTest {

    static final SwvCode AMSTERDAM = new SwvCode("PO2707");
    static final SwvCode UTRECHT = new SwvCode("PO2601");

    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Register register;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    MockMvc mvc;

    Vestiging eerste;
    Vestiging tweede;
    Vestiging inUtrecht;
    long leerling;

    @BeforeEach
    void leerlingInAmsterdam() {
        var amsterdam = register.vestigingen(AMSTERDAM).stream().filter(v -> v.soort().name().equals("BO")).toList();
        eerste = amsterdam.get(0);
        tweede = amsterdam.get(1);
        inUtrecht = register.vestigingen(UTRECHT).getFirst();
        leerling = leerlingen.registreer(AMSTERDAM, new NieuweLeerling("Sem", "Verhuizer", LocalDate.of(2017, 3, 1), Postcode.volledig("1016AB"), null));
        leerlingen.voegOuderToe(AMSTERDAM, leerling, new OuderContact("Vader Verhuizer", "vader", "vader@ouders.example", null));
        leerlingen.legPersoonsnummerVast(AMSTERDAM, leerling, new Persoonsnummer(Persoonsnummer.Soort.BSN, "123456782"));
        leerlingen.schrijfIn(AMSTERDAM, leerling, eerste.id(), LocalDate.of(2021, 8, 20));
    }

    @Test
    void eenSchoolwisselSluitDeVorigeInschrijvingEnBewaartHaar() {
        leerlingen.schrijfIn(AMSTERDAM, leerling, tweede.id(), LocalDate.of(2025, 1, 6));

        assertThat(leerlingen.schoolhistorie(AMSTERDAM, leerling)).extracting(Leerlingen.Inschrijving::vestigingId, Leerlingen.Inschrijving::tot)
                .containsExactly(tuple(eerste.id(), LocalDate.of(2025, 1, 6)),
                        tuple(tweede.id(), null));
        assertThat(leerlingen.vind(AMSTERDAM, leerling).orElseThrow().vestigingId()).isEqualTo(tweede.id());
    }

    @Test
    void eenSchoolVanEenAnderSamenwerkingsverbandIsGeenSchoolwisselMaarEenVerhuizing() {
        assertThatThrownBy(() -> leerlingen.schrijfIn(AMSTERDAM, leerling, inUtrecht.id(), LocalDate.of(2025, 1, 6)))
                .hasMessageContaining("hoort niet bij PO2707");
        assertThat(leerlingen.schoolhistorie(AMSTERDAM, leerling)).singleElement().satisfies(i -> assertThat(i.tot()).isNull());
    }

    @Test
    void naEenVerhuizingHeeftElkSamenwerkingsverbandZijnEigenDossierEnLooptDeGeschiedenisDoor() {
        long inNieuwSwv = leerlingen.verhuis(AMSTERDAM, leerling, inUtrecht.id(), Postcode.volledig("3511AA"), LocalDate.of(2026, 1, 5));

        var nieuw = leerlingen.vind(UTRECHT, inNieuwSwv).orElseThrow();
        assertThat(nieuw.postcode().compact()).isEqualTo("3511AA");
        assertThat(nieuw.vestigingId()).isEqualTo(inUtrecht.id());
        assertThat(nieuw.persoonsnummer()).as("the number is recorded again only where a registration needs it").isNull();
        assertThat(leerlingen.ouders(UTRECHT, inNieuwSwv)).extracting(OuderContact::naam).containsExactly("Vader Verhuizer");
        assertThat(leerlingen.schoolhistorie(UTRECHT, inNieuwSwv)).extracting(Leerlingen.Inschrijving::swv)
                .containsExactly("PO2707", "PO2601");

        assertThat(leerlingen.vind(AMSTERDAM, inNieuwSwv)).as("Amsterdam does not see Utrecht's record").isEmpty();
        assertThat(leerlingen.vind(UTRECHT, leerling)).as("Utrecht does not see Amsterdam's record").isEmpty();
        var oud = leerlingen.vind(AMSTERDAM, leerling).orElseThrow();
        assertThat(oud.vestigingId()).isNull();
        assertThat(leerlingen.schoolhistorie(AMSTERDAM, leerling)).singleElement().satisfies(i -> assertThat(i.tot()).isEqualTo(LocalDate.of(2026, 1, 5)));
    }

    @Test
    void deSchoolLegtHetVertrekVastEnKanAlleenHaarEigenLeerlingenLatenVertrekken() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        long eigen = leerlingen.registreer(AMSTERDAM, new NieuweLeerling("Lotte", "Vertrekker", LocalDate.of(2016, 9, 9), Postcode.volledig("1016AB"), null));
        leerlingen.schrijfIn(AMSTERDAM, eigen, ib.vestigingId(), LocalDate.of(2022, 8, 22));
        var pad = "/swv/PO2707/vestigingen/%d/leerlingen/vertrek".formatted(ib.vestigingId());
        var andereSchool = eerste.id() == ib.vestigingId() ? tweede : eerste;
        leerlingen.schrijfIn(AMSTERDAM, leerling, andereSchool.id(), LocalDate.of(2024, 8, 19));

        var vreemd = mvc.perform(post(pad).with(user(ib)).with(csrf()).param("leerling", String.valueOf(leerling))
                .param("naar", inUtrecht.vestigingscode()).param("postcode", "3511AA").param("per", "2026-01-05")).andReturn().getResponse();
        assertThat(vreemd.getStatus()).as("a pupil of another school").isEqualTo(404);
        assertThat(leerlingen.vind(AMSTERDAM, leerling).orElseThrow().vestigingId()).isEqualTo(andereSchool.id());

        var zonderPostcode = mvc.perform(post(pad).with(user(ib)).with(csrf()).param("leerling", String.valueOf(eigen))
                .param("naar", inUtrecht.vestigingscode()).param("per", "2026-01-05")).andReturn();
        assertThat(zonderPostcode.getFlashMap().get("fout")).asString().contains("vul de postcode van het nieuwe woonadres in");

        mvc.perform(post(pad).with(user(ib)).with(csrf()).param("leerling", String.valueOf(eigen))
                .param("naar", inUtrecht.vestigingscode().toLowerCase()).param("postcode", "3511 AA").param("per", "2026-01-05"));
        assertThat(leerlingen.vanVestiging(UTRECHT, inUtrecht.id())).extracting(Leerling::naam).contains("Lotte Vertrekker");
        assertThat(leerlingen.vanVestiging(AMSTERDAM, ib.vestigingId())).extracting(Leerling::id).doesNotContain(eigen);
    }
}
