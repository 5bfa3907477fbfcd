package nl.thuisnabij.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

class WaardenTest {

    @Test
    void eenPostcodeMagMetOfZonderLettersEnSpatie() {
        assertThat(Postcode.parse("1011").pc4()).isEqualTo("1011");
        assertThat(Postcode.parse(" 1011 ab ").compact()).isEqualTo("1011AB");
        assertThat(Postcode.parse("1011AB").toString()).isEqualTo("1011 AB");
    }

    @Test
    void eenPostcodeBegintNietMetNulEnHeeftVierCijfers() {
        assertThatThrownBy(() -> Postcode.parse("0123")).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("geen geldige postcode");
        assertThatThrownBy(() -> Postcode.parse("101")).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> Postcode.parse("abcd")).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> Postcode.parse(null)).isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void eenAdresVraagtDeVolledigePostcode() {
        assertThat(Postcode.volledig("3511 ab").compact()).isEqualTo("3511AB");
        assertThatThrownBy(() -> Postcode.volledig("3511")).hasMessageContaining("onvolledig");
    }

    @Test
    void eenSwvCodeIsPoOfVoMetVierCijfersEnKentZijnSector() {
        assertThat(SwvCode.van(" po2707 ").sector()).isEqualTo(Sector.PO);
        assertThat(new SwvCode("VO2708").sector()).isEqualTo(Sector.VO);
        assertThatThrownBy(() -> new SwvCode("XO2708")).hasMessageContaining("geen geldige SWV-code");
        assertThatThrownBy(() -> new SwvCode("PO270")).isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void eenBrinIsTweeCijfersEnTweeHoofdletters() {
        assertThat(new Brin("12AB").waarde()).isEqualTo("12AB");
        assertThatThrownBy(() -> new Brin("12A")).hasMessage("BRIN '12A' is ongeldig: verwacht twee cijfers en twee hoofdletters, bijvoorbeeld 12AB");
        assertThatThrownBy(() -> new Brin("AB12")).isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void speciaalOnderwijsHoortBijDeSectorVanZijnLeeftijd() {
        assertThat(Schoolsoort.SO.sector()).isEqualTo(Sector.PO);
        assertThat(Schoolsoort.VSO.sector()).isEqualTo(Sector.VO);
        assertThat(Schoolsoort.SBO.sector()).isEqualTo(Sector.PO);
        assertThat(Schoolsoort.PRO.sector()).isEqualTo(Sector.VO);
        assertThat(Schoolsoort.parse(" sbo ")).isEqualTo(Schoolsoort.SBO);
        assertThatThrownBy(() -> Schoolsoort.parse("MBO")).hasMessageContaining("onbekend");
    }

    @Test
    void eenHuisstijlkleurMoetWitteTekstEenContrastVanMinstens4Komma5GevenAlsWcagVraagt() {
        assertThat(new Huisstijlkleur("#154273").waarde()).isEqualTo("#154273");
        assertThat(new Huisstijlkleur(" #767676 ").waarde()).as("4,54:1").isEqualTo("#767676");
        assertThatThrownBy(() -> new Huisstijlkleur("#777777")).as("4,48:1").hasMessageContaining("te licht voor witte tekst (contrast 4,48:1");
        assertThatThrownBy(() -> new Huisstijlkleur("blauw")).hasMessageContaining("kies een kleur als #rrggbb");
    }

    @Test
    void eenSwvZonderNaamHeetNaarCodeEnGebied() {
        var zonderNaam = new Samenwerkingsverband(new SwvCode("PO2709"), null, Contactgegevens.leeg(),
                List.of("Blaricum", "Bussum", "Eemnes", "Hilversum"), false, false, null, 0);
        assertThat(zonderNaam.weergavenaam()).isEqualTo("Samenwerkingsverband PO 2709 (Blaricum, Bussum, Eemnes e.o.)");
        var metNaam = new Samenwerkingsverband(new SwvCode("PO2709"), "SWV Unita", Contactgegevens.leeg(), List.of(), false, false, null, 0);
        assertThat(metNaam.weergavenaam()).isEqualTo("SWV Unita");
        var landelijk = new Samenwerkingsverband(new SwvCode("VO9001"), null, Contactgegevens.leeg(), List.of(), true, false, null, 0);
        assertThat(landelijk.weergavenaam()).isEqualTo("Landelijk samenwerkingsverband VO 9001");
    }
}
