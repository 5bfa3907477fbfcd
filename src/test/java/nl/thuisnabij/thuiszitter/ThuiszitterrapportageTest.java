package nl.thuisnabij.thuiszitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Rapport;
import org.junit.jupiter.api.Test;

class ThuiszitterrapportageTest {

    static final Schooljaar JAAR = new Schooljaar(2026);
    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

    private static Thuiszitter zaak(LocalDate sinds, Verzuimsoort soort, int leeftijd) {
        return Thuiszitter.meld(new SwvCode("PO2707"), 1, soort == Verzuimsoort.ABSOLUUT_VERZUIM ? null : 5L, 3L, soort, Verzuimreden.GEEN_PLEK,
                sinds, leeftijd, "IB", sinds);
    }

    /** Six cases in the first quarter (one solved after 30 days), one exemption, and one in the second quarter. */
    private static List<Thuiszitter> zaken() {
        var zaken = new ArrayList<Thuiszitter>();
        for (int i = 0; i < 6; i++) {
            zaken.add(zaak(LocalDate.of(2026, 9, 1 + i), Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM, 9));
        }
        zaken.getFirst().losOp("weer naar school", LocalDate.of(2026, 10, 1));
        zaken.add(zaak(LocalDate.of(2026, 9, 10), Verzuimsoort.VRIJSTELLING_5A, 14));
        zaken.add(zaak(LocalDate.of(2026, 11, 20), Verzuimsoort.DREIGEND, 13));
        return zaken;
    }

    private static List<String> rij(Rapport rapport, int tabel, int rij) {
        return rapport.tabellen().get(tabel).rijen().get(rij);
    }

    @Test
    void perKwartaalTeltHetNieuweOpgelosteEnOpenNaarDuurMetVrijstellingenApart() {
        var rapport = Thuiszitterrapportage.maak("Test", zaken(), JAAR, VANDAAG, false);

        assertThat(rij(rapport, 0, 0)).containsExactly("Kwartaal 1 (aug–okt)", "6", "1", "1", "30", "0", "5", "0");
        assertThat(rij(rapport, 0, 1)).containsExactly("Kwartaal 2 (nov–jan, tot nu)", "1", "0", "0", "–", "1", "5", "0");
        assertThat(rapport.tabellen().get(0).rijen()).as("kwartalen die nog moeten komen staan er niet in").hasSize(2);
    }

    @Test
    void watHetSwvVerlaatToontAantallenOnderDeVijfNietEnGeenGemiddeldeVanMinderDanVijf() {
        var rapport = Thuiszitterrapportage.maak("Test", zaken(), JAAR, VANDAAG, true);

        assertThat(rij(rapport, 0, 0)).containsExactly("Kwartaal 1 (aug–okt)", "6", "minder dan 5", "minder dan 5", "–", "0", "5", "0");
        assertThat(rapport.toelichting()).contains("minder dan 5");
    }

    @Test
    void hetNieuweJaarNaarLeeftijdEnSectorEnDeTrendOverDrieSchooljaren() {
        var rapport = Thuiszitterrapportage.maak("Test", zaken(), JAAR, VANDAAG, false);

        assertThat(rapport.tabellen().get(3).rijen()).contains(List.of("4 tot en met 11 jaar", "6"), List.of("12 tot en met 17 jaar", "1"));
        assertThat(rapport.tabellen().get(4).rijen()).contains(List.of("primair onderwijs", "7"), List.of("voortgezet onderwijs", "0"));
        assertThat(rapport.tabellen().get(5).rijen()).extracting(r -> r.get(0)).containsExactly("2024-2025", "2025-2026", "2026-2027");
        assertThat(rapport.tabellen().get(5).rijen().getLast()).containsExactly("2026-2027", "7", "1", "0");
    }
}
