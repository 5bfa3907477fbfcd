package nl.thuisnabij.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/**
 * Dividing € 100.000,00 over three schools with 100, 200 and 400 pupils, by hand:
 *
 * <pre>
 *                          school A   school B   school C      samen
 * vast per school        10.000,00  10.000,00  10.000,00  30.000,00
 * rest 70.000,00 naar leerlingen (100 / 200 / 400 van 700)
 *   ongewogen            10.000,00  20.000,00  40.000,00  70.000,00
 *   gewogen 1 / 1,5 / 1   8.750,00  26.250,00  35.000,00  70.000,00   (100 / 300 / 400 punten van 800)
 * </pre>
 */
class VerdeelsleutelTest {

    static final List<Verdeelsleutel.School> SCHOLEN = List.of(
            new Verdeelsleutel.School(1, 100, BigDecimal.ONE),
            new Verdeelsleutel.School(2, 200, new BigDecimal("1.5")),
            new Verdeelsleutel.School(3, 400, BigDecimal.ONE));

    @Test
    void eenVastBedragPerSchoolEnDeRestNaarLeerlingen() {
        var verdeling = new Verdeelsleutel(Bedrag.van("100000.00"), Bedrag.van("10000.00"), false, 0).verdeel(SCHOLEN);

        assertThat(verdeling).extracting(t -> t.totaal().toString()).containsExactly("€ 20.000,00", "€ 30.000,00", "€ 50.000,00");
    }

    @Test
    void gewogenTeltElkeLeerlingMaalHetGewichtVanDeSchool() {
        var verdeling = new Verdeelsleutel(Bedrag.van("100000.00"), Bedrag.van("10000.00"), true, 0).verdeel(SCHOLEN);

        assertThat(verdeling).extracting(t -> t.naarLeerlingen().toString()).containsExactly("€ 8.750,00", "€ 26.250,00", "€ 35.000,00");
    }

    @Test
    void deDelenTellenOpTotHetBedragOpDeCentNauwkeurig() {
        var gelijk = List.of(new Verdeelsleutel.School(1, 10, BigDecimal.ONE), new Verdeelsleutel.School(2, 10, BigDecimal.ONE),
                new Verdeelsleutel.School(3, 10, BigDecimal.ONE));

        var verdeling = new Verdeelsleutel(Bedrag.van("100.00"), Bedrag.NUL, false, 0).verdeel(gelijk);

        assertThat(verdeling).extracting(t -> t.totaal().toString()).containsExactlyInAnyOrder("€ 33,34", "€ 33,33", "€ 33,33");
        assertThat(verdeling.stream().map(Verdeelsleutel.Toewijzing::totaal).reduce(Bedrag.NUL, Bedrag::plus)).isEqualTo(Bedrag.van("100.00"));
    }

    @Test
    void eenVastBedragDatMeerIsDanHetTeVerdelenBedragWordtGeweigerd() {
        var sleutel = new Verdeelsleutel(Bedrag.van("20000.00"), Bedrag.van("10000.00"), false, 0);

        assertThatThrownBy(() -> sleutel.verdeel(SCHOLEN)).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("3 scholen");
    }
}
