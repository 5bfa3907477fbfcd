package nl.thuisnabij.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AfstandenTest {

    private final Afstanden afstanden = new Afstanden();

    @Test
    void deAfstandTussenTweePostcodesIsDeHemelsbredeAfstandTussenHunPunten() {
        assertThat(afstanden.afstandKm("9712", "9713")).hasValueSatisfying(km -> assertThat(km).isCloseTo(1.3, within(0.1)));
        assertThat(afstanden.afstandKm("9712", "9301")).hasValueSatisfying(km -> assertThat(km).isCloseTo(13.1, within(0.1)));
        assertThat(afstanden.afstandKm("1011", "1011")).contains(0.0);
    }

    @Test
    void eenPostcodeZonderPuntGeeftGeenAfstandInPlaatsVanEenFout() {
        assertThat(afstanden.coordinaat("6236")).isEmpty();
        assertThat(afstanden.afstandKm("6236", "1011")).isEmpty();
    }
}
