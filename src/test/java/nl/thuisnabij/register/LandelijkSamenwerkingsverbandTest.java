package nl.thuisnabij.register;

import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** A landelijk SWV (WPO 18a lid 15, WVO 17a lid 16): no area, schools join it by BRIN, wherever they lie. */
@IntegratieTest
@Transactional
class LandelijkSamenwerkingsverbandTest {

    /** A basisschool in Amsterdam (area PO2707) and an SO/VSO school in Utrecht (PO2601, VO2601). */
    static final String SCHOLEN = SchoolImportTest.KOP + """
            80001;Stichting Richting;88LA;88LA00;Basisschool De Richting;Kerkstraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;
            80001;Stichting Richting;88LB;88LB00;SO De Bron;Bronlaan;2;3511CD;UTRECHT;Utrecht;SO;3;
            80001;Stichting Richting;88LB;88LB01;VSO De Bron;Bronlaan;4;3511CD;UTRECHT;Utrecht;VSO;3;
            """;

    @Autowired
    LandelijkeSamenwerkingsverbanden landelijke;
    @Autowired
    SchoolImport schoolImport;
    @Autowired
    RegioIndelingImport regioIndeling;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;

    private ImportRapport importeerScholen(String csv) {
        return schoolImport.importeer(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String swvVan(String vestigingscode) {
        return register.vestigingMetCode(vestigingscode).orElseThrow().swv().waarde();
    }

    @Test
    void deVestigingenVanAangeslotenScholenHorenBijHetLandelijkSwvVanHunSectorNietBijDatVanHunPostcode() {
        assertThat(importeerScholen(SCHOLEN).geslaagd()).isTrue();

        var vastgelegd = landelijke.legVast("po9001", "Landelijk SWV De Richting", "88LA, 88lb", null);

        assertThat(vastgelegd.melding()).isEqualTo("Landelijk SWV De Richting is vastgelegd met 2 scholen; 2 vestigingen van deze scholen horen er nu bij.");
        assertThat(swvVan("88LA00")).isEqualTo("PO9001");
        assertThat(swvVan("88LB00")).as("het SO van de school").isEqualTo("PO9001");
        assertThat(swvVan("88LB01")).as("het VSO hoort bij een VO-samenwerkingsverband").isEqualTo("VO2601");
        assertThat(register.bestaandSamenwerkingsverband(new SwvCode("PO9001")).landelijk()).isTrue();

        var rapport = importeerScholen(SCHOLEN);
        assertThat(rapport.geslaagd()).as("de volgende landelijke scholenimport").isTrue();
        assertThat(swvVan("88LA00")).isEqualTo("PO9001");
    }

    @Test
    void eenSchoolDieHetLandelijkSwvVerlaatGaatTerugNaarHetSwvVanHaarPostcode() {
        importeerScholen(SCHOLEN);
        landelijke.legVast("PO9001", "Landelijk SWV De Richting", "88LA 88LB", null);
        int versie = register.bestaandSamenwerkingsverband(new SwvCode("PO9001")).versie();

        var gewijzigd = landelijke.legVast("PO9001", "Landelijk SWV De Richting", "88LB", versie);

        assertThat(gewijzigd.melding()).endsWith("1 vestiging ging terug naar het samenwerkingsverband van de postcode.");
        assertThat(swvVan("88LA00")).isEqualTo("PO2707");
        assertThatThrownBy(() -> landelijke.legVast("PO9001", "Oude naam", "88LB", versie))
                .as("wie een oudere stand wijzigt").isInstanceOf(GelijktijdigeWijzigingException.class);
    }

    @Test
    void hetEigenImportVanEenRegionaalSwvWeigertEenSchoolVanEenLandelijkSwv() {
        importeerScholen(SCHOLEN);
        landelijke.legVast("PO9001", "Landelijk SWV De Richting", "88LA", null);

        var rapport = schoolImport.importeerVoor(new SwvCode("PO2707"), new ByteArrayInputStream((SchoolImportTest.KOP
                + "80001;Stichting Richting;88LA;88LA00;Basisschool De Richting;Kerkstraat;1;1011AB;AMSTERDAM;Amsterdam;BO;;\n")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(rapport.geslaagd()).isFalse();
        assertThat(rapport.fouten()).extracting(Regelfout::toString)
                .containsExactly("regel 2: school 88LA hoort bij landelijk samenwerkingsverband PO9001, niet bij PO2707");
    }

    @Test
    void eenNieuweRegioIndelingHeftEenLandelijkSwvNietOpEnGeeftHetGeenGebied() throws IOException {
        landelijke.legVast("PO9001", "Landelijk SWV De Richting", "88LA", null);
        var indeling = new ClassPathResource("referentiedata/regio-indeling-pc4.csv").getContentAsString(StandardCharsets.UTF_8);

        var rapport = regioIndeling.importeer("indeling.csv", new ByteArrayInputStream(indeling.getBytes(StandardCharsets.UTF_8)), "test");
        var metLandelijkeCode = regioIndeling.importeer("fout.csv", new ByteArrayInputStream(
                "postcode4,gemeente,swv_po,swv_vo\n1011,Amsterdam,PO9001,VO2708\n".getBytes(StandardCharsets.UTF_8)), "test");

        assertThat(rapport.geslaagd()).isTrue();
        assertThat(register.bestaandSamenwerkingsverband(new SwvCode("PO9001")).opgeheven()).isFalse();
        assertThat(metLandelijkeCode.fouten()).extracting(Regelfout::toString)
                .containsExactly("regel 2: PO9001 is een landelijk samenwerkingsverband en heeft geen gebied");
    }

    @Test
    void eenRegionaleCodeEenTweedeLandelijkSwvPerSectorEnOngeldigeBrinsWordenGeweigerdMetDeReden() {
        landelijke.legVast("PO9001", "Landelijk SWV De Richting", "88LA", null);

        assertThatThrownBy(() -> landelijke.legVast("PO2707", "Amsterdam", "88LA", null)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("PO2707 is een regionaal samenwerkingsverband").extracting("veld").isEqualTo("code");
        assertThatThrownBy(() -> landelijke.legVast("PO9002", "Andere richting", "88LA 88LC", null))
                .hasMessageContaining("88LA hoort al bij PO9001").extracting("veld").isEqualTo("scholen");
        assertThatThrownBy(() -> landelijke.legVast("PO9001", "Nog eens", "88LA", null)).hasMessageContaining("al vastgelegd");
        assertThatThrownBy(() -> landelijke.legVast("PO9002", "Andere richting", "88LC 8LC", null))
                .hasMessageContaining("geen geldig BRIN-nummer").hasMessageContaining("8LC");
        assertThat(landelijke.legVast("VO9001", "Landelijk SWV De Richting VO", "88LA", null).scholen())
                .as("dezelfde school mag ook bij een landelijk VO-samenwerkingsverband").isEqualTo(1);
    }
}
