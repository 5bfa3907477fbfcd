package nl.thuisnabij.oogo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.junit.jupiter.api.Test;

class OverlegTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

    private static Overleg overleg() {
        return Overleg.vastleggen(new SwvCode("PO2707"), VANDAAG.minusDays(1), Overleg.Onderwerp.ONDERSTEUNINGSPLAN, "SWV en wethouders", Set.of(1L),
                Set.of(1L, 2L), "Directeur", VANDAAG);
    }

    @Test
    void eenOverlegIsGehoudenMetGemeentenUitHetEigenGebied() {
        assertThatThrownBy(() -> Overleg.vastleggen(new SwvCode("PO2707"), VANDAAG.plusDays(1), Overleg.Onderwerp.ANDERS, "x", Set.of(1L),
                Set.of(1L), "D", VANDAAG)).hasMessageContaining("niet in de toekomst");
        assertThatThrownBy(() -> Overleg.vastleggen(new SwvCode("PO2707"), VANDAAG, Overleg.Onderwerp.ANDERS, "x", Set.of(3L), Set.of(1L, 2L), "D",
                VANDAAG)).hasMessageContaining("uit het gebied van het samenwerkingsverband");
        assertThat(overleg().metGemeente(1L)).isTrue();
        assertThat(overleg().metGemeente(2L)).as("een gemeente van het gebied die niet meedeed").isFalse();
    }

    @Test
    void eenAfspraakIsTeLaatNaHaarUitersteDatumEnWordtEenKeerGereedGemeld() {
        var overleg = overleg();
        overleg.legAfspraakVast("Thuiszitterstafel", "SWV", VANDAAG.minusDays(0));
        overleg.legAfspraakVast("Evaluatie", "Gemeente", null);

        assertThat(overleg.aantalTeLaat(VANDAAG.plusDays(1))).isEqualTo(1);
        overleg.meldGereed(1, VANDAAG.plusDays(1));
        assertThat(overleg.aantalTeLaat(VANDAAG.plusDays(1))).isZero();
        assertThat(overleg.aantalOpen()).isEqualTo(1);
        assertThatThrownBy(() -> overleg.meldGereed(1, VANDAAG.plusDays(2))).isInstanceOf(OngeldigeStapException.class);
        assertThatThrownBy(() -> overleg.legAfspraakVast("Te vroeg", "SWV", VANDAAG.minusDays(5))).hasMessageContaining("niet voor het overleg");
    }
}
