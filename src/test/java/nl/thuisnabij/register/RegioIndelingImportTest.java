package nl.thuisnabij.register;

import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.Regelfout;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegratieTest
@Transactional
class RegioIndelingImportTest {

    @Autowired
    RegioIndelingImport regioIndelingImport;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;

    private String officieleIndeling() throws IOException {
        return new ClassPathResource("referentiedata/regio-indeling-pc4.csv").getContentAsString(StandardCharsets.UTF_8);
    }

    private ImportRapport importeer(String inhoud) {
        return regioIndelingImport.importeer("test.csv", new ByteArrayInputStream(inhoud.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private long tel(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void deOfficieleIndelingGeeft76PoEn74VoSamenwerkingsverbandenEn393Gemeenten() throws IOException {
        var rapport = importeer(officieleIndeling());

        assertThat(rapport.geslaagd()).isTrue();
        assertThat(tel("select count(*) from samenwerkingsverband where sector = 'PO' and opgeheven_op is null")).isEqualTo(76);
        assertThat(tel("select count(*) from samenwerkingsverband where sector = 'VO' and opgeheven_op is null")).isEqualTo(74);
        assertThat(tel("select count(*) from gemeente where opgeheven_op is null")).isEqualTo(393);
        assertThat(tel("select count(*) from postcodegebied")).isEqualTo(4046);
        assertThat(rapport.samenvatting()).contains("76 samenwerkingsverbanden PO en 74 VO");
    }

    @Test
    void deEuropoortRegelsWordenGemeldEnNietAlsSamenwerkingsverbandOpgenomen() throws IOException {
        var rapport = importeer(officieleIndeling());

        assertThat(rapport.meldingen()).filteredOn(m -> m.contains("Europoort")).hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("postcode 3197 (Rotterdam) valt onder geen samenwerkingsverband"));
        assertThat(tel("select count(*) from samenwerkingsverband where code ilike '%europoort%'")).isZero();
        assertThat(register.zoekOpPostcode("3197")).isInstanceOf(Zoekresultaat.ZonderSamenwerkingsverband.class);
    }

    @Test
    void opnieuwInlezenVerdubbeltNiets() throws IOException {
        importeer(officieleIndeling());
        importeer(officieleIndeling());

        assertThat(tel("select count(*) from samenwerkingsverband")).isEqualTo(150);
        assertThat(tel("select count(*) from gemeente")).isEqualTo(393);
        assertThat(tel("select count(*) from postcodegebied")).isEqualTo(4046);
    }

    @Test
    void eenNieuwereIndelingVerplaatstPostcodesEnMarkeertVerdwenenCodesAlsOpgeheven() throws IOException {
        var nieuwer = officieleIndeling()
                .replace("1011,Amsterdam,PO2707,VO2708", "1011,Amsterdam,PO9999,VO2708")
                .lines().filter(regel -> !regel.contains("PO3104")).reduce("", (a, b) -> a + b + "\n");

        var rapport = importeer(nieuwer);

        assertThat(rapport.geslaagd()).isTrue();
        assertThat(rapport.meldingen()).contains("nieuwe samenwerkingsverbanden: PO9999")
                .anySatisfy(m -> assertThat(m).startsWith("niet meer in de indeling, gemarkeerd als opgeheven: ").contains("PO3104"));
        var gevonden = (Zoekresultaat.Gevonden) register.zoekOpPostcode("1011");
        assertThat(gevonden.samenwerkingsverbanden()).extracting(swv -> swv.code().waarde()).containsExactly("PO9999", "VO2708");
        assertThat(register.samenwerkingsverband(new SwvCode("PO3104"))).get().extracting(Samenwerkingsverband::opgeheven)
                .isEqualTo(true);
    }

    @Test
    void eenFoutiefBestandWordtPerRegelAfgewezenEnWijzigtNiets() {
        var rapport = importeer("""
                postcode4,gemeente,swv_po,swv_vo
                1011,Amsterdam,PO9998,VO2708
                12,Amsterdam,PO2707,VO2708
                1013,,PO2707,VO2708
                1014,Amsterdam,VO2707,VO2708
                1015,Amsterdam,PO2707,XX
                """);

        assertThat(rapport.geslaagd()).isFalse();
        assertThat(rapport.fouten()).extracting(Regelfout::toString).containsExactly(
                "regel 3: postcode '12' is ongeldig: verwacht vier cijfers",
                "regel 4: gemeente ontbreekt",
                "regel 5: 'VO2707' staat in de kolom swv_po maar is geen PO-code",
                "regel 6: 'XX' is geen geldige SWV-code: verwacht PO of VO gevolgd door vier cijfers, bijvoorbeeld PO2707");
        assertThat(register.samenwerkingsverband(new SwvCode("PO9998"))).isEmpty();
    }

    @Test
    void eenBestandZonderDeJuisteKolommenWordtAfgewezen() {
        var rapport = importeer("pc;plaats\n1011;Amsterdam\n");

        assertThat(rapport.fouten()).singleElement().extracting(Regelfout::toString).asString()
                .startsWith("regel 1: kolom(men) postcode4, gemeente, swv_po, swv_vo ontbreken");
    }
}
