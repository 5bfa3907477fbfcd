package nl.thuisnabij.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.ondersteuning.AanbodInvoer;
import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.ondersteuning.Ondersteuningsprofielen;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SchoolImport;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import org.junit.jupiter.api.BeforeEach;
import nl.thuisnabij.shared.NietGevondenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zorgplicht end to end in the Groningen SWV (PO2001): the school of registration cannot
 * offer the support, and the placement search finds the nearest member school that can.
 */
@IntegratieTest
@Transactional
class PlaatsingTest {

    static final SwvCode GRONINGEN = new SwvCode("PO2001");

    @Autowired
    SchoolImport schoolImport;
    @Autowired
    Register register;
    @Autowired
    Catalogus catalogus;
    @Autowired
    Ondersteuningsprofielen profielen;
    @Autowired
    Aanmeldingen aanmeldingen;
    @Autowired
    Leerlingen leerlingen;
    @Autowired
    Aanvragen aanvragen;

    Vestiging aanmeldschool;
    Vestiging dichtbij;
    Vestiging vol;
    Vestiging ver;
    long autisme;

    @BeforeEach
    void scholenMetProfielen() {
        var rapport = schoolImport.importeer(new ByteArrayInputStream("""
                BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;SOORT ONDERWIJS
                70001;77AA;77AA00;Aanmeldschool;Straat;1;9711AA;GRONINGEN;BO
                70001;77AB;77AB00;Dichtbij;Straat;2;9713AA;GRONINGEN;BO
                70001;77AC;77AC00;Alleen Basis;Straat;3;9721AA;GRONINGEN;BO
                70001;77AD;77AD00;Vol Maar Dichtbij;Straat;4;9741AA;GRONINGEN;BO
                70001;77AE;77AE00;Ver Weg;Straat;5;9301AA;RODEN;BO
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(rapport.geslaagd()).as(rapport.fouten().toString()).isTrue();
        var scholen = register.vestigingen(GRONINGEN);
        aanmeldschool = school(scholen, "Aanmeldschool");
        dichtbij = school(scholen, "Dichtbij");
        vol = school(scholen, "Vol Maar Dichtbij");
        ver = school(scholen, "Ver Weg");
        autisme = catalogus.actieveDomeinen(GRONINGEN).stream().filter(d -> d.code().equals("autisme")).findFirst().orElseThrow().id();
        profiel(aanmeldschool, Niveau.BASIS, 3);
        profiel(dichtbij, Niveau.EXTRA, 2);
        profiel(school(scholen, "Alleen Basis"), Niveau.BASIS, 5);
        profiel(vol, Niveau.EXTRA, 0);
        profiel(ver, Niveau.EXTRA, 4);
    }

    private static Vestiging school(java.util.List<Vestiging> scholen, String naam) {
        return scholen.stream().filter(v -> v.naam().equals(naam)).findFirst().orElseThrow();
    }

    private void profiel(Vestiging school, Niveau autismeNiveau, int plaatsen) {
        var aanbod = new ArrayList<AanbodInvoer>();
        catalogus.actieveDomeinen(GRONINGEN).forEach(d -> aanbod.add(new AanbodInvoer(d.id(),
                d.id() == autisme ? autismeNiveau : d.vereistNiveau(), null, null, null)));
        profielen.legVast(GRONINGEN, school.id(), Schooljaar.van(LocalDate.now()), LocalDate.now(), plaatsen, null, aanbod, null);
    }

    private long aanmeldingMetAutisme() {
        return new AanmeldingBouwer(GRONINGEN, aanmeldschool.id(), aanmeldingen).wonendOp("9712AB").aangemeld("Test", Map.of(autisme, Niveau.EXTRA));
    }

    private int versie(long id) {
        return new AanmeldingBouwer(GRONINGEN, aanmeldschool.id(), aanmeldingen).versie(id);
    }

    private nl.thuisnabij.account.Gebruiker ib() {
        return AanmeldingBouwer.schoolmedewerker(GRONINGEN, aanmeldschool.id());
    }

    @Test
    void deZoektochtVindtDeDichtstbijzijndeSchoolDieDeOndersteuningBiedt() {
        long id = aanmeldingMetAutisme();
        aanmeldingen.neemBesluit(GRONINGEN, aanmeldschool.id(), id, versie(id), AanmeldingStatus.NIET_TOEGELATEN,
                "de leerling heeft extra ondersteuning bij autisme nodig die wij niet kunnen bieden");

        var kandidaten = aanmeldingen.zoekPlaats(GRONINGEN, aanmeldschool.id(), id, ib());

        assertThat(kandidaten).extracting(k -> k.vestiging().naam()).containsExactly("Dichtbij", "Vol Maar Dichtbij", "Ver Weg");
        assertThat(kandidaten.getFirst().afstandKm()).isEqualByComparingTo("1.3");
        assertThat(kandidaten.getLast().afstandKm()).isEqualByComparingTo("13.1");
    }

    @Test
    void deKetenVanPogingenLooptTotDeLeerlingEenPlekHeeft() {
        long id = aanmeldingMetAutisme();
        aanmeldingen.neemBesluit(GRONINGEN, aanmeldschool.id(), id, versie(id), AanmeldingStatus.NIET_TOEGELATEN, "autisme: extra nodig");

        aanmeldingen.stelVoor(GRONINGEN, aanmeldschool.id(), id, versie(id), dichtbij.id(), ib());
        aanmeldingen.beantwoordVoorstel(GRONINGEN, dichtbij.id(), id, 1, false, "geen plek in de passende groep");
        assertThat(aanmeldingen.zoekPlaats(GRONINGEN, aanmeldschool.id(), id, ib())).extracting(k -> k.vestiging().naam())
                .containsExactly("Vol Maar Dichtbij", "Ver Weg");
        aanmeldingen.stelVoor(GRONINGEN, aanmeldschool.id(), id, versie(id), ver.id(), ib());
        aanmeldingen.beantwoordVoorstel(GRONINGEN, ver.id(), id, 2, true, null);

        var overzicht = aanmeldingen.overzicht(GRONINGEN, aanmeldschool.id(), id, AanmeldingBouwer.coordinator(GRONINGEN));
        assertThat(overzicht.aanmelding().status()).isEqualTo(AanmeldingStatus.GEPLAATST_ELDERS);
        assertThat(overzicht.geplaatstOp().naam()).isEqualTo("Ver Weg");
        assertThat(overzicht.aanmelding().pogingen()).extracting(p -> p.vestigingId() + ":" + p.antwoord())
                .containsExactly(dichtbij.id() + ":AFGEWEZEN", ver.id() + ":GEACCEPTEERD");
        assertThat(leerlingen.vanVestiging(GRONINGEN, ver.id())).as("de leerling is ingeschreven op de school die haar aannam")
                .extracting(l -> l.id()).contains(overzicht.aanmelding().leerlingId());
    }

    @Test
    void naPlaatsingOpEenAndereSchoolZietDeAanmeldschoolDeAanmeldingNietMeerEnHetSwvWel() {
        long id = aanmeldingMetAutisme();
        aanmeldingen.neemBesluit(GRONINGEN, aanmeldschool.id(), id, versie(id), AanmeldingStatus.NIET_TOEGELATEN, "autisme: extra nodig");
        assertThat(aanmeldingen.vanVestiging(GRONINGEN, aanmeldschool.id(), ib())).as("zolang er geen plek is")
                .extracting(o -> o.aanmelding().id()).contains(id);
        aanmeldingen.stelVoor(GRONINGEN, aanmeldschool.id(), id, versie(id), dichtbij.id(), ib());

        aanmeldingen.beantwoordVoorstel(GRONINGEN, dichtbij.id(), id, 1, true, null);

        assertThat(aanmeldingen.vanVestiging(GRONINGEN, aanmeldschool.id(), ib())).extracting(o -> o.aanmelding().id()).doesNotContain(id);
        assertThatThrownBy(() -> aanmeldingen.overzicht(GRONINGEN, aanmeldschool.id(), id, ib())).isInstanceOf(NietGevondenException.class);
        var nieuweSchool = AanmeldingBouwer.schoolmedewerker(GRONINGEN, dichtbij.id());
        assertThat(aanmeldingen.metVoorstelAan(GRONINGEN, dichtbij.id(), nieuweSchool)).as("de school die de leerling nam")
                .extracting(o -> o.aanmelding().id()).contains(id);
        assertThat(aanmeldingen.vanVestiging(GRONINGEN, aanmeldschool.id(), AanmeldingBouwer.coordinator(GRONINGEN)))
                .as("het samenwerkingsverband").extracting(o -> o.aanmelding().id()).contains(id);
    }

    @Test
    void eenToelatingMetArrangementMaaktDeLeerlingTotLeerlingVanDeSchoolDieHetArrangementAanvraagt() {
        long id = aanmeldingMetAutisme();
        aanmeldingen.neemBesluit(GRONINGEN, aanmeldschool.id(), id, versie(id), AanmeldingStatus.TOEGELATEN_MET_ARRANGEMENT,
                "ambulante begeleiding autisme in de klas");
        long leerling = aanmeldingen.overzicht(GRONINGEN, aanmeldschool.id(), id, AanmeldingBouwer.coordinator(GRONINGEN)).aanmelding().leerlingId();

        assertThat(leerlingen.vanVestiging(GRONINGEN, aanmeldschool.id())).extracting(l -> l.id()).contains(leerling);
        assertThat(leerlingen.schoolhistorie(GRONINGEN, leerling)).singleElement()
                .satisfies(i -> assertThat(i.van()).isEqualTo(LocalDate.now().plusWeeks(8)));
        long aanvraag = aanvragen.maakConcept(GRONINGEN, aanmeldschool.id(), leerling, Aanvraagsoort.ARRANGEMENT, null);
        assertThat(aanvraag).isPositive();
    }

    @Test
    void eenSchoolDieNietAanDeBehoefteVoldoetKanNietWordenVoorgesteld() {
        long id = aanmeldingMetAutisme();
        aanmeldingen.neemBesluit(GRONINGEN, aanmeldschool.id(), id, versie(id), AanmeldingStatus.NIET_TOEGELATEN, "autisme: extra nodig");
        long alleenBasis = school(register.vestigingen(GRONINGEN), "Alleen Basis").id();

        assertThatThrownBy(() -> aanmeldingen.stelVoor(GRONINGEN, aanmeldschool.id(), id, versie(id), alleenBasis, ib()))
                .hasMessageContaining("biedt volgens haar ondersteuningsprofiel niet");
    }

    @Test
    void alleenDeVoorgesteldeSchoolKanAntwoorden() {
        long id = aanmeldingMetAutisme();
        aanmeldingen.neemBesluit(GRONINGEN, aanmeldschool.id(), id, versie(id), AanmeldingStatus.NIET_TOEGELATEN, "autisme: extra nodig");
        aanmeldingen.stelVoor(GRONINGEN, aanmeldschool.id(), id, versie(id), dichtbij.id(), ib());

        assertThatThrownBy(() -> aanmeldingen.beantwoordVoorstel(GRONINGEN, ver.id(), id, 1, true, null))
                .hasMessageContaining("geen voorstel voor deze school open");
    }

    @Test
    void eenVerouderdeVersieWordtGeweigerdEnOverschrijftNiets() {
        long id = aanmeldingMetAutisme();
        int gelezen = versie(id);
        aanmeldingen.legOnderzoekVast(GRONINGEN, aanmeldschool.id(), id, gelezen, "observatie in de klas");

        assertThatThrownBy(() -> aanmeldingen.neemBesluit(GRONINGEN, aanmeldschool.id(), id, gelezen, AanmeldingStatus.TOEGELATEN, null))
                .hasMessageStartingWith("Iemand anders heeft deze aanmelding intussen gewijzigd");
        assertThat(aanmeldingen.overzicht(GRONINGEN, aanmeldschool.id(), id, AanmeldingBouwer.coordinator(GRONINGEN)).aanmelding().status()).isEqualTo(AanmeldingStatus.AANGEMELD);
    }

    @Test
    void eenVerstrekenBeslistermijnKomtBijDeCoordinatorTerechtEnWordtEenmaalGeescaleerd() {
        long id = aanmeldingen.registreer(GRONINGEN, aanmeldschool.id(),
                new NieuweLeerling("Laat", "Besluit", LocalDate.now().minusYears(6), Postcode.volledig("9712AB"), null),
                LocalDate.now().minusWeeks(7), LocalDate.now().plusWeeks(4), false, Map.of());

        assertThat(aanmeldingen.escaleerVerlopen()).isGreaterThanOrEqualTo(1);
        assertThat(aanmeldingen.escaleerVerlopen()).isZero();
        var dashboard = aanmeldingen.dashboard(GRONINGEN);
        assertThat(dashboard.termijnOverschreden()).extracting(o -> o.aanmelding().id()).containsExactly(id);
        assertThat(dashboard.termijnOverschreden().getFirst().aanmelding().geescaleerdOp()).isEqualTo(LocalDate.now());
    }
}
