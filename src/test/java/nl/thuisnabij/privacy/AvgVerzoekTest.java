package nl.thuisnabij.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.junit.jupiter.api.Test;

/** AVG art. 12 lid 3: an answer within a month of receipt, once extendable by two months, within that month. */
class AvgVerzoekTest {

    private static AvgVerzoek ontvangenOp(LocalDate datum) {
        return new AvgVerzoek(1, AvgVerzoek.Soort.WISSING, null, "de vader", datum, "wis alles", null, null, null, null, null, null, 0);
    }

    @Test
    void deTermijnIsEenMaandNaOntvangstOokAanHetEindVanEenKorteMaand() {
        assertThat(ontvangenOp(LocalDate.of(2026, 11, 24)).termijn()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(ontvangenOp(LocalDate.of(2027, 1, 31)).termijn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void verlengenKanEenKeerBinnenDeEersteMaandTotDrieMaandenNaOntvangst() {
        var verzoek = ontvangenOp(LocalDate.of(2026, 11, 24));
        assertThat(verzoek.verlenging(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThatThrownBy(() -> verzoek.verlenging(LocalDate.of(2026, 12, 25))).isInstanceOf(OngeldigeStapException.class)
                .hasMessageContaining("binnen de eerste maand");
        var verlengd = new AvgVerzoek(1, AvgVerzoek.Soort.WISSING, null, "de vader", LocalDate.of(2026, 11, 24), "wis alles", LocalDate.of(2027, 2, 24),
                "advies van de school nodig", null, null, null, null, 1);
        assertThat(verlengd.termijn()).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThatThrownBy(() -> verlengd.verlenging(LocalDate.of(2026, 11, 30))).hasMessageContaining("maar één keer");
    }
}
