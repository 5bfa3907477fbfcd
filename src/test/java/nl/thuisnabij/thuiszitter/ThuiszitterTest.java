package nl.thuisnabij.thuiszitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.junit.jupiter.api.Test;

class ThuiszitterTest {

    static final SwvCode SWV = new SwvCode("PO2707");
    static final LocalDate SINDS = LocalDate.of(2026, 9, 1);

    private static Thuiszitter gemeld(Verzuimsoort soort) {
        return Thuiszitter.meld(SWV, 1, soort == Verzuimsoort.ABSOLUUT_VERZUIM ? null : 5L, 3L, soort, Verzuimreden.GEEN_PLEK, SINDS, 9, "IB",
                SINDS.plusDays(3));
    }

    @Test
    void deDuurTeltInDeGroepenVanDeLandelijkeMonitor() {
        assertThat(Duurgroep.van(SINDS, SINDS.plusWeeks(4))).isEqualTo(Duurgroep.TOT_4_WEKEN);
        assertThat(Duurgroep.van(SINDS, SINDS.plusWeeks(4).plusDays(1))).isEqualTo(Duurgroep.VIER_WEKEN_TOT_3_MAANDEN);
        assertThat(Duurgroep.van(SINDS, SINDS.plusMonths(3))).isEqualTo(Duurgroep.VIER_WEKEN_TOT_3_MAANDEN);
        assertThat(Duurgroep.van(SINDS, SINDS.plusMonths(3).plusDays(1))).isEqualTo(Duurgroep.LANGER_DAN_3_MAANDEN);
    }

    @Test
    void naDrieMaandenZonderPassendAanbodEscaleertDeMeldingEenKeer() {
        var zaak = gemeld(Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM);

        assertThat(zaak.escaleer(SINDS.plusMonths(3))).as("op de dag van drie maanden nog niet").isFalse();
        assertThat(zaak.escaleer(SINDS.plusMonths(3).plusDays(1))).isTrue();
        assertThat(zaak.escaleer(SINDS.plusMonths(4))).as("maar één keer").isFalse();
        assertThat(zaak.geescaleerdOp()).isEqualTo(SINDS.plusMonths(3).plusDays(1));
    }

    @Test
    void eenVrijstellingOfEenOpgelosteMeldingEscaleertNiet() {
        var vrijstelling = gemeld(Verzuimsoort.VRIJSTELLING_5A);
        var opgelost = gemeld(Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM);
        opgelost.losOp("weer naar school", SINDS.plusWeeks(6));

        assertThat(vrijstelling.escaleer(SINDS.plusMonths(5))).isFalse();
        assertThat(opgelost.escaleer(SINDS.plusMonths(5))).isFalse();
        assertThat(opgelost.duurgroep(SINDS.plusMonths(5))).as("de duur stopt bij de oplossing").isEqualTo(Duurgroep.VIER_WEKEN_TOT_3_MAANDEN);
    }

    @Test
    void eenOpgelosteMeldingKrijgtGeenAfsprakenMeerEnWordtNietOpnieuwOpgelost() {
        var zaak = gemeld(Verzuimsoort.DREIGEND);
        zaak.legPlanVast("Deeltijdrooster", "School", SINDS.plusWeeks(2), "IB", SINDS.plusDays(4));
        zaak.losOp("volledig rooster", SINDS.plusWeeks(3));

        assertThatThrownBy(() -> zaak.legPlanVast("Nog iets", "School", null, "IB", SINDS.plusWeeks(4))).isInstanceOf(OngeldigeStapException.class);
        assertThatThrownBy(() -> zaak.losOp("nogmaals", SINDS.plusWeeks(4))).isInstanceOf(OngeldigeStapException.class);
        assertThat(zaak.plan()).extracting(Planafspraak::volgnummer).containsExactly(1);
    }

    @Test
    void absoluutVerzuimIsZonderSchoolEnElkAnderVerzuimMetEenSchool() {
        assertThatThrownBy(() -> Thuiszitter.meld(SWV, 1, 5L, 3L, Verzuimsoort.ABSOLUUT_VERZUIM, Verzuimreden.GEEN_PLEK, SINDS, 9, "SWV", SINDS))
                .hasMessageContaining("op geen enkele school");
        assertThatThrownBy(() -> Thuiszitter.meld(SWV, 1, null, 3L, Verzuimsoort.DREIGEND, Verzuimreden.GEEN_PLEK, SINDS, 9, "SWV", SINDS))
                .hasMessageContaining("zonder school is absoluut verzuim");
        assertThatThrownBy(() -> Thuiszitter.meld(SWV, 1, 5L, 3L, Verzuimsoort.DREIGEND, Verzuimreden.GEEN_PLEK, SINDS.plusDays(1), 9, "SWV", SINDS))
                .hasMessageContaining("niet in de toekomst");
    }

    @Test
    void toestemmingGeldtTotDeGekozenDatumEenTegelijkEnNietMeerNaIntrekken() {
        var zaak = gemeld(Verzuimsoort.LANGDURIG_RELATIEF_VERZUIM);
        var vandaag = SINDS.plusWeeks(1);

        zaak.geefToestemming("Olga Ouder", vandaag.plusMonths(2), vandaag);

        assertThat(zaak.toestemmingOp(vandaag.plusMonths(2))).isPresent();
        assertThat(zaak.toestemmingOp(vandaag.plusMonths(2).plusDays(1))).as("na de einddatum").isEmpty();
        assertThatThrownBy(() -> zaak.geefToestemming("Olga Ouder", vandaag.plusMonths(1), vandaag)).isInstanceOf(OngeldigeStapException.class);
        zaak.trekToestemmingIn(vandaag.plusDays(3));
        assertThat(zaak.toestemmingOp(vandaag.plusDays(3))).isEmpty();
        assertThatThrownBy(() -> zaak.geefToestemming("Olga Ouder", vandaag.plusYears(2), vandaag.plusDays(3)))
                .hasMessageContaining("hoogstens een jaar");
        zaak.geefToestemming("Olga Ouder", vandaag.plusMonths(1), vandaag.plusDays(4));
        assertThat(zaak.toestemmingen()).hasSize(2);
    }
}
