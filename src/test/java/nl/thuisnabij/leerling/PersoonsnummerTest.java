package nl.thuisnabij.leerling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersoonsnummerTest {

    @Test
    void eenBsnVoldoetAanDeElfproefEnWordtGemaskeerdGetoond() {
        var bsn = new Persoonsnummer(Persoonsnummer.Soort.BSN, "111222333");
        assertThat(bsn.gemaskeerd()).isEqualTo("*****2333");
        assertThat(bsn.toString()).isEqualTo("BSN *****2333").doesNotContain("111222333");
        assertThatThrownBy(() -> new Persoonsnummer(Persoonsnummer.Soort.BSN, "111222334")).hasMessageContaining("elfproef")
                .hasMessageNotContaining("111222334");
        assertThatThrownBy(() -> new Persoonsnummer(Persoonsnummer.Soort.BSN, "12345")).hasMessageContaining("negen cijfers");
    }

    @Test
    void eenOnderwijsnummerHeeftDeElfproefMetRestVijf() {
        // 1*9+0*8+0*7+0*6+0*5+0*4+0*3+0*2 + 7 = 16, 16 mod 11 = 5
        assertThat(new Persoonsnummer(Persoonsnummer.Soort.ONDERWIJSNUMMER, "100000007").gemaskeerd()).isEqualTo("*****0007");
        assertThatThrownBy(() -> new Persoonsnummer(Persoonsnummer.Soort.ONDERWIJSNUMMER, "100000008")).hasMessageContaining("elfproef");
    }
}
