package nl.thuisnabij.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnderdrukkingTest {

    @SafeVarargs
    static Rapport.Tabel tabel(List<String>... rijen) {
        return new Rapport.Tabel("TLV's", List.of("Schooljaar", "Totaal", "SBO", "SO", "VSO"), List.of(rijen));
    }

    @Test
    void eenAantalVanEenTotEnMetVierLeestMinderDanVijfEnNulBlijftStaan() {
        var uit = Onderdrukking.pasToe(tabel(List.of("2025-2026", "27", "20", "7", "0")), Set.of(2, 3, 4), 1);

        assertThat(uit.rijen().getFirst()).containsExactly("2025-2026", "27", "20", "7", "0");
        assertThat(Onderdrukking.pasToe(tabel(List.of("2025-2026", "23", "20", "3", "0")), Set.of(2, 3, 4), 1).rijen().getFirst())
                .as("3 onderdrukt, en omdat het totaal er staat ook de kleinste andere: anders is 23 - 20 = 3 terug te rekenen")
                .containsExactly("2025-2026", "23", Onderdrukking.ONDERDRUKT, Onderdrukking.MINDER_DAN_5, "0");
    }

    @Test
    void tweeOnderdruktePerRijZijnGenoegEnEenKleinTotaalWordtOokOnderdrukt() {
        var uit = Onderdrukking.pasToe(tabel(List.of("2024-2025", "30", "2", "3", "25"), List.of("2023-2024", "4", "1", "3", "0")), Set.of(2, 3, 4), 1);

        assertThat(uit.rijen().get(0)).containsExactly("2024-2025", "30", Onderdrukking.MINDER_DAN_5, Onderdrukking.MINDER_DAN_5, "25");
        assertThat(uit.rijen().get(1)).containsExactly("2023-2024", Onderdrukking.MINDER_DAN_5, Onderdrukking.MINDER_DAN_5, Onderdrukking.MINDER_DAN_5, "0");
    }

    @Test
    void zonderTotaalkolomIsAlleenDeEersteOnderdrukkingNodig() {
        var uit = Onderdrukking.pasToe(tabel(List.of("2025-2026", "", "20", "3", "9")), Set.of(2, 3, 4), -1);

        assertThat(uit.rijen().getFirst()).containsExactly("2025-2026", "", "20", Onderdrukking.MINDER_DAN_5, "9");
    }
}
