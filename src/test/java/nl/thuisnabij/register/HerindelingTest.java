package nl.thuisnabij.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegratieTest
@Transactional
class HerindelingTest {

    static final LocalDate PER_2016 = LocalDate.of(2016, 1, 1);

    @Autowired
    Herindelingen herindelingen;
    @Autowired
    Register register;
    @Autowired
    RegioIndelingImport regioIndelingImport;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eenSamenvoegingBrengtDePostcodesOnderDeNieuweGemeenteEnBewaartDeOude() {
        herindelingen.voerUit(List.of("Bussum", "Naarden", "Muiden"), "Gooise Meren", PER_2016, "test");

        var gevonden = (Zoekresultaat.Gevonden) register.zoekOpPostcode("1401");
        assertThat(gevonden.gebied()).isEqualTo("postcode 1401 (Gooise Meren)");
        assertThat(jdbc.sql("select count(*) from gemeente where naam = 'Bussum' and opgeheven_op = ?").param(PER_2016)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(register.actieveGemeenten()).contains("Gooise Meren").doesNotContain("Bussum", "Naarden", "Muiden");
        assertThat(herindelingen.overzicht()).first().satisfies(h -> {
            assertThat(h.oudeGemeenten()).containsExactly("Bussum", "Naarden", "Muiden");
            assertThat(h.isNaamwijziging()).isFalse();
        });
    }

    @Test
    void zoekenOpEenOudeGemeentenaamVindtDeOpvolgerMetUitleg() {
        herindelingen.voerUit(List.of("Bussum", "Naarden", "Muiden"), "Gooise Meren", PER_2016, "test");

        var gevonden = (Zoekresultaat.Gevonden) register.zoekOpGemeente("bussum");

        assertThat(gevonden.gebied()).isEqualTo("gemeente Gooise Meren");
        assertThat(gevonden.toelichting()).startsWith("Bussum is per 2016-01-01 opgegaan in gemeente Gooise Meren.");
        assertThat(gevonden.samenwerkingsverbanden()).extracting(swv -> swv.code().waarde()).contains("PO2709", "VO2710");
    }

    @Test
    void eenNaamswijzigingHoudtDeGeschiedenis() {
        herindelingen.voerUit(List.of("Sudwest Fryslan"), "Súdwest-Fryslân", PER_2016, "test");

        assertThat(register.actieveGemeenten()).contains("Súdwest-Fryslân").doesNotContain("Sudwest Fryslan");
        assertThat(herindelingen.overzicht().getFirst().isNaamwijziging()).isTrue();
    }

    @Test
    void deOudeIndelingOpnieuwInlezenVolgtDeHerindeling() throws Exception {
        herindelingen.voerUit(List.of("Bussum", "Naarden", "Muiden"), "Gooise Meren", PER_2016, "test");

        try (var indeling = new ClassPathResource("referentiedata/regio-indeling-pc4.csv").getInputStream()) {
            regioIndelingImport.importeer("regio-indeling-pc4.csv", indeling, "test");
        }

        assertThat(register.actieveGemeenten()).contains("Gooise Meren").doesNotContain("Bussum");
        assertThat(((Zoekresultaat.Gevonden) register.zoekOpPostcode("1401")).gebied()).contains("Gooise Meren");
    }

    @Test
    void eenOnbekendeOfBezetteGemeenteWordtGeweigerd() {
        assertThatThrownBy(() -> herindelingen.voerUit(List.of("Atlantis"), "Nieuw", PER_2016, "test"))
                .hasMessage("gemeente 'Atlantis' bestaat niet (meer) in het register");
        assertThatThrownBy(() -> herindelingen.voerUit(List.of("Bussum"), "Amsterdam", PER_2016, "test"))
                .hasMessageContaining("gemeente 'Amsterdam' bestaat al");
    }

}
