package nl.thuisnabij.ondersteuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OndersteuningWaardenTest {

    static final Ondersteuningsdomein AUTISME = new Ondersteuningsdomein(1, "autisme", "Autisme", Niveau.BASIS, 10, true);
    static final Ondersteuningsdomein ZINTUIGLIJK = new Ondersteuningsdomein(2, "zintuiglijk", "Zintuiglijk", Niveau.GEEN, 20, true);

    @Test
    void eenHogerNiveauDektEenLagereBehoefte() {
        assertThat(Niveau.EXTRA.dekt(Niveau.BASIS)).isTrue();
        assertThat(Niveau.BASIS.dekt(Niveau.BASIS)).isTrue();
        assertThat(Niveau.BASIS.dekt(Niveau.EXTRA)).isFalse();
        assertThat(Niveau.GEEN.dekt(Niveau.BASIS)).isFalse();
    }

    @Test
    void eenSchooljaarLooptVanAugustusTotEnMetJuli() {
        assertThat(Schooljaar.van(LocalDate.of(2026, 7, 31))).hasToString("2025-2026");
        assertThat(Schooljaar.van(LocalDate.of(2026, 8, 1))).hasToString("2026-2027");
        assertThat(Schooljaar.parse("2026-2027").volgende()).hasToString("2027-2028");
        assertThatThrownBy(() -> Schooljaar.parse("2026-2028")).hasMessageContaining("op elkaar volgen");
        assertThatThrownBy(() -> Schooljaar.parse("2010-2011")).hasMessageContaining("buiten passend onderwijs");
    }

    @Test
    void eenSchoolOnderDeBasisondersteuningWordtGemarkeerd() {
        var sop = new Schoolondersteuningsprofiel(1, 5, new Schooljaar(2026), LocalDate.of(2026, 9, 1), 2, null,
                List.of(new Aanbod(AUTISME, Niveau.GEEN, null, null, null), new Aanbod(ZINTUIGLIJK, Niveau.GEEN, null, null, null)), 0);

        assertThat(sop.onderBasisondersteuning()).extracting(a -> a.domein().code()).containsExactly("autisme");
    }

    @Test
    void eenProfielWordtTenMinsteEensPerVierJaarOpnieuwVastgesteld() {
        var sop = new Schoolondersteuningsprofiel(1, 5, new Schooljaar(2022), LocalDate.of(2022, 9, 1), 0, null, List.of(), 0);

        assertThat(sop.uiterlijkOpnieuwVaststellen()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(sop.actualisatieVerlopen(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(sop.actualisatieVerlopen(LocalDate.of(2026, 9, 2))).isTrue();
    }
}
