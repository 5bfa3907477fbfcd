package nl.thuisnabij.ondersteuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A parent finds, from a postcode, the schools of the SWV that serves it, nearest first, and only
 * those whose profile offers what the child needs; no login is needed and a wrong postcode is
 * explained at the field with what was typed still there.
 */
@IntegratieTest
class ScholenzoekerTest {

    static final SwvCode AMSTERDAM = new SwvCode("PO2707");

    @Autowired
    Scholenzoeker zoeker;
    @Autowired
    Ondersteuningsprofielen profielen;
    @Autowired
    Catalogus catalogus;
    @Autowired
    MockMvc mvc;

    @Test
    void deScholenVanHetSwvVanDePostcodeStaanOpAfstandDeDichtstbijzijndeBovenaan() {
        var uitkomst = zoeker.zoek("1075 BX", false, Optional.empty(), LocalDate.now()).orElseThrow();

        assertThat(uitkomst.swv().code()).isEqualTo(AMSTERDAM);
        assertThat(uitkomst.scholen()).isNotEmpty().allSatisfy(s -> assertThat(s.vestiging().swv()).isEqualTo(AMSTERDAM));
        assertThat(uitkomst.scholen()).extracting(Scholenzoeker.School::afstandKm)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(uitkomst.scholen().getLast().afstand()).matches("\\d+,\\d km van uw postcode");
    }

    @Test
    void metEenOndersteuningsbehoefteBlijvenPreciesDeScholenOverDieHetVolgensHunProfielBieden() {
        var autisme = catalogus.actieveDomeinen(AMSTERDAM).stream().filter(d -> d.naam().equals("Autisme")).findFirst().orElseThrow();
        var sops = profielen.huidigeVanSwv(AMSTERDAM, LocalDate.now());
        var allemaal = zoeker.zoek("1075", false, Optional.empty(), LocalDate.now()).orElseThrow().scholen();

        var gevonden = zoeker.zoek("1075", false, Optional.of(autisme.id()), LocalDate.now()).orElseThrow().scholen();

        var verwacht = allemaal.stream().filter(s -> sops.containsKey(s.vestiging().id()) && sops.get(s.vestiging().id()).niveauVoor(autisme.id()) != Niveau.GEEN)
                .map(s -> s.vestiging().id()).toList();
        assertThat(gevonden).extracting(s -> s.vestiging().id()).containsExactlyElementsOf(verwacht);
        assertThat(gevonden.size()).as("een school zonder profiel of zonder dit aanbod valt af").isLessThan(allemaal.size());
        assertThat(gevonden).allSatisfy(s -> assertThat(s.niveau()).isIn(Niveau.BASIS, Niveau.EXTRA));
    }

    @Test
    void deOuderZoektZonderInTeLoggenEnEenFoutePostcodeWordtBijHetVeldUitgelegd() throws Exception {
        var pagina = mvc.perform(get("/scholen-in-de-buurt").param("postcode", "1075").param("onderwijs", "po")).andReturn().getResponse();
        assertThat(pagina.getStatus()).isEqualTo(200);
        assertThat(pagina.getContentAsString(StandardCharsets.UTF_8)).contains("scholen bij postcode 1075", "Wat heeft uw kind nodig?", "SBO De Horizon");

        var fout = mvc.perform(get("/scholen-in-de-buurt").param("postcode", "10")).andReturn().getResponse();
        assertThat(fout.getStatus()).isEqualTo(400);
        assertThat(fout.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"fout-postcode\"", "geen geldige postcode", "value=\"10\"");
    }

    @Test
    void eenOndersteuningVanEenAnderSwvLaatAlleScholenZienEnVraagtOpnieuwTeKiezen() throws Exception {
        var pagina = mvc.perform(get("/scholen-in-de-buurt").param("postcode", "1075").param("behoefte", "999999")).andReturn().getResponse();

        assertThat(pagina.getStatus()).isEqualTo(200);
        assertThat(pagina.getContentAsString(StandardCharsets.UTF_8)).contains("staat niet in de lijst van dit samenwerkingsverband", "SBO De Horizon");
    }
}
