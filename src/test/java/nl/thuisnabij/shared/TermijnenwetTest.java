package nl.thuisnabij.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Algemene termijnenwet: the end of a statutory term moves past weekends and the holidays of art. 3. */
class TermijnenwetTest {

    @Test
    void pasenVolgtUitDeGregoriaanseBerekening() {
        assertThat(Termijnenwet.pasen(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Termijnenwet.pasen(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Termijnenwet.pasen(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Termijnenwet.pasen(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Termijnenwet.pasen(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void atwArt3_deAlgemeenErkendeFeestdagen() {
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2027, 1, 1))).as("Nieuwjaarsdag").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 4, 6))).as("tweede Paasdag").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 5, 14))).as("Hemelvaartsdag").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 5, 25))).as("tweede Pinksterdag").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 12, 25))).as("eerste Kerstdag").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 12, 26))).as("tweede Kerstdag").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 5, 5))).as("5 mei, elk jaar").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 4, 3))).as("Goede Vrijdag niet").isFalse();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2026, 4, 27))).as("Koningsdag").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2025, 4, 26))).as("Koningsdag op zaterdag als 27 april een zondag is").isTrue();
        assertThat(Termijnenwet.isFeestdag(LocalDate.of(2025, 4, 27))).isFalse();
    }

    @Test
    void atwArt1_eenTermijnDieOpEenFeestdagOfInHetWeekendEindigtLooptDoorTotDeVolgendeWerkdag() {
        assertThat(Termijnenwet.einde(LocalDate.of(2026, 12, 25))).as("Kerst op vrijdag: maandag").isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Termijnenwet.einde(LocalDate.of(2027, 3, 27))).as("zaterdag voor Pasen: dinsdag na tweede Paasdag")
                .isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(Termijnenwet.einde(LocalDate.of(2026, 11, 24))).as("een gewone dinsdag").isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
