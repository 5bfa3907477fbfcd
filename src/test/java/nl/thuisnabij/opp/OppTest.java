package nl.thuisnabij.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of the ontwikkelingsperspectief (WPO 40a, WEC 40a-40b), one by one. */
class OppTest {

    static final SwvCode SWV = new SwvCode("PO2707");
    static final LocalDate INGESCHREVEN = LocalDate.of(2026, 9, 1);
    static final LocalDate VANDAAG = LocalDate.of(2026, 9, 20);
    static final Instant MOMENT = Instant.parse("2026-09-21T10:15:00Z");
    static final long OUDER = 42;

    static Opp begonnen(Schoolsoort soort) {
        return Opp.start(SWV, 7, 3, soort, INGESCHREVEN, false, "IB", VANDAAG);
    }

    /** A draft with everything the OOGO asks for. */
    static Opp compleet(Schoolsoort soort) {
        var opp = begonnen(soort);
        opp.wijzigInhoud(soort.sector() == nl.thuisnabij.register.Sector.PO ? Uitstroombestemming.VO_VMBO : Uitstroombestemming.MBO,
                "toetsen en onderzoek", "leest langzaam", "gemotiveerd", null, "ik wil beter lezen");
        opp.voegDoelToe(Ondersteuningsdomein.LEREN, "technisch lezen", "AVI M5", VANDAAG.plusMonths(6), VANDAAG);
        opp.voegHandelingToe("leesbegeleiding", "IB", "twee keer per week", null, null);
        if (opp.heeftCommissieVoorDeBegeleiding()) {
            opp.legAdviesCvbVast("de commissie adviseert in te stemmen");
        }
        return opp;
    }

    static Opp vastgesteld(Schoolsoort soort) {
        var opp = compleet(soort);
        opp.legOogoVast(VANDAAG, "ouders en IB", "zo afgesproken", "wij zijn het eens", VANDAAG);
        opp.stemIn("Olga Ouder", OUDER, MOMENT, VANDAAG.plusDays(1));
        return opp;
    }

    @Test
    void hetOppMoetBinnenZesWekenNaDeInschrijvingZijnVastgesteld() {
        var opp = begonnen(Schoolsoort.BO);

        assertThat(opp.vaststellenUiterlijk()).isEqualTo(INGESCHREVEN.plusWeeks(6));
        assertThat(opp.signalen(INGESCHREVEN.plusWeeks(6))).isEmpty();
        assertThat(opp.signalen(INGESCHREVEN.plusWeeks(6).plusDays(1))).containsExactly(Oppsignaal.VASTSTELLING_TE_LAAT);
        assertThat(opp.termijnsoort()).isEqualTo(Opp.Termijn.VASTSTELLEN);
        assertThat(opp.termijn()).isEqualTo(INGESCHREVEN.plusWeeks(6));
    }

    @Test
    void hetOverlegMetDeOudersVolgtPasOpEenCompleetConcept() {
        var opp = begonnen(Schoolsoort.BO);

        assertThatThrownBy(() -> opp.legOogoVast(VANDAAG, "ouders", "afspraken", null, VANDAAG)).isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("de uitstroombestemming").hasMessageContaining("ten minste één doel").hasMessageContaining("het handelingsdeel");
        assertThat(opp.laatsteVersie().status()).isEqualTo(OppVersie.Status.CONCEPT);
    }

    @Test
    void naHetOverlegWachtDeVersieOpDeOudersEnIsZeNietMeerTeWijzigen() {
        var opp = compleet(Schoolsoort.BO);
        opp.legOogoVast(VANDAAG, "ouders en IB", "zo afgesproken", "wij willen het zo", VANDAAG);

        assertThat(opp.laatsteVersie().status()).isEqualTo(OppVersie.Status.WACHT_OP_INSTEMMING);
        assertThat(opp.signalen(VANDAAG)).containsExactly(Oppsignaal.WACHT_OP_OUDERS);
        assertThat(opp.mogelijkeStappen(Set.of(Oppstap.Hoedanigheid.SCHOOL))).isEmpty();
        assertThat(opp.mogelijkeStappen(Set.of(Oppstap.Hoedanigheid.OUDER))).containsExactlyInAnyOrder(Oppstap.INSTEMMEN, Oppstap.WEIGEREN);
        assertThatThrownBy(() -> opp.voegDoelToe(Ondersteuningsdomein.LEREN, "nog een", "x", VANDAAG.plusDays(9), VANDAAG))
                .isInstanceOf(OngeldigeStapException.class).hasMessageContaining("nieuwe versie");
    }

    @Test
    void metInstemmingVanDeOudersIsHetOppVastgesteldEnGeldtHetHandelingsdeel() {
        var opp = vastgesteld(Schoolsoort.BO);
        var versie = opp.laatsteVersie();

        assertThat(versie.isVastgesteld()).isTrue();
        assertThat(versie.vastgesteldOp()).isEqualTo(VANDAAG.plusDays(1));
        assertThat(versie.instemmingOp()).isEqualTo(MOMENT);
        assertThat(versie.instemmingOuderId()).isEqualTo(OUDER);
        assertThat(opp.geldendHandelingsdeel()).contains(versie);
        assertThat(opp.eersteVaststelling()).isEqualTo(VANDAAG.plusDays(1));
        assertThat(opp.termijnsoort()).isEqualTo(Opp.Termijn.EVALUEREN);
    }

    @Test
    void weigerenOudersDanGeldtHetLaatsteHandelingsdeelWaarmeeZeInstemden() {
        var opp = vastgesteld(Schoolsoort.BO);
        opp.beginNieuweVersie("IB", VANDAAG.plusDays(2));
        opp.voegHandelingToe("buiten de klas", "RT", "drie keer per week", null, null);
        opp.legOogoVast(VANDAAG.plusDays(2), "vader en IB", "meer buiten de klas", null, VANDAAG.plusDays(2));

        assertThatThrownBy(() -> opp.weigerInstemming("Olga Ouder", OUDER, " ", MOMENT, VANDAAG.plusDays(3)))
                .isInstanceOf(OngeldigeInvoerException.class);
        opp.weigerInstemming("Olga Ouder", OUDER, "te veel buiten de klas", MOMENT, VANDAAG.plusDays(3));

        assertThat(opp.vastgesteld().orElseThrow().volgnummer()).as("de versie zelf is vastgesteld").isEqualTo(2);
        assertThat(opp.geldendHandelingsdeel().orElseThrow().volgnummer()).as("het handelingsdeel van versie 1 blijft").isEqualTo(1);
        assertThat(opp.signalen(VANDAAG.plusDays(3))).contains(Oppsignaal.INSTEMMING_GEWEIGERD);
    }

    @Test
    void elkeWijzigingIsEenNieuweVersieDieBegintBijDeVorigeEnDeVorigeBlijftLeesbaar() {
        var opp = vastgesteld(Schoolsoort.BO);
        assertThatThrownBy(() -> opp.wijzigInhoud(Uitstroombestemming.VO_HAVO_VWO, "anders", "b", "c", null, null))
                .isInstanceOf(OngeldigeStapException.class);

        opp.beginNieuweVersie("IB", VANDAAG.plusDays(5));
        opp.wijzigInhoud(Uitstroombestemming.VO_HAVO_VWO, "betere resultaten", "leest langzaam", "gemotiveerd", null, null);

        assertThat(opp.versies()).hasSize(2);
        assertThat(opp.versie(1).orElseThrow().uitstroombestemming()).isEqualTo(Uitstroombestemming.VO_VMBO);
        assertThat(opp.versie(2).orElseThrow().uitstroombestemming()).isEqualTo(Uitstroombestemming.VO_HAVO_VWO);
        assertThat(opp.doelenVan(2)).extracting(Doel::beschrijving).containsExactly("technisch lezen");
        assertThat(opp.handelingenVan(2)).hasSize(1);
        assertThat(opp.vastgesteld().orElseThrow().volgnummer()).as("tot de nieuwe versie is vastgesteld, geldt de vorige").isEqualTo(1);
        assertThatThrownBy(() -> opp.beginNieuweVersie("IB", VANDAAG.plusDays(6))).isInstanceOf(OngeldigeStapException.class);
    }

    @Test
    void deEvaluatieGeeftElkDoelEenUitkomstEnDeVolgendeVersieBegintOpnieuw() {
        var opp = vastgesteld(Schoolsoort.BO);
        var dag = VANDAAG.plusMonths(5);

        assertThatThrownBy(() -> opp.evalueer(dag, "ouders", Map.of(), Map.of(), "conclusie", null, dag))
                .isInstanceOf(OngeldigeInvoerException.class).extracting("veld").isEqualTo("resultaat[1]");
        opp.evalueer(dag, "ouders en IB", Map.of(1, Doelresultaat.DEELS), Map.of(1, "AVI E4"), "goede vooruitgang", null, dag);

        assertThat(opp.doelenVan(1).getFirst().resultaat()).isEqualTo(Doelresultaat.DEELS);
        assertThat(opp.laatsteVersie().evaluatieOp()).isEqualTo(dag);
        assertThat(opp.kan(Oppstap.EVALUEREN)).isFalse();
        opp.beginNieuweVersie("IB", dag);
        assertThat(opp.doelenVan(2).getFirst().resultaat()).as("de nieuwe versie evalueert het doel opnieuw").isNull();
    }

    @Test
    void hetOppWordtElkSchooljaarMetDeOudersGeevalueerd() {
        var opp = vastgesteld(Schoolsoort.BO);
        var eindeSchooljaar = LocalDate.of(2027, 7, 31);

        assertThat(opp.evaluerenUiterlijk()).contains(eindeSchooljaar);
        assertThat(opp.signalen(eindeSchooljaar)).isEmpty();
        assertThat(opp.signalen(eindeSchooljaar.plusDays(1))).containsExactly(Oppsignaal.EVALUATIE_TE_LAAT);

        opp.evalueer(LocalDate.of(2027, 6, 15), "ouders", Map.of(1, Doelresultaat.BEREIKT), Map.of(), "doel bereikt", null, LocalDate.of(2027, 6, 15));
        assertThat(opp.evaluerenUiterlijk()).as("daarna in elk volgend schooljaar").contains(LocalDate.of(2028, 7, 31));
        assertThat(opp.termijn()).isEqualTo(LocalDate.of(2028, 7, 31));
        assertThat(opp.signalen(LocalDate.of(2027, 11, 23))).isEmpty();
    }

    @Nested
    class SpeciaalOnderwijs {

        @Test
        void deCommissieVoorDeBegeleidingAdviseertVoorDeVaststelling() {
            var opp = begonnen(Schoolsoort.SO);
            opp.wijzigInhoud(Uitstroombestemming.VSO, "onderzoek", "gedrag", "structuur", "kleine groep", null);
            opp.voegDoelToe(Ondersteuningsdomein.SOCIAAL_EMOTIONEEL, "samen spelen", "groep 4", VANDAAG.plusMonths(3), VANDAAG);
            opp.voegHandelingToe("sociale vaardigheidstraining", "groepsleerkracht", "wekelijks", null, null);

            assertThatThrownBy(() -> opp.legOogoVast(VANDAAG, "ouders", "afspraken", null, VANDAAG))
                    .hasMessageContaining("het advies van de commissie voor de begeleiding");
            opp.legAdviesCvbVast("positief");
            opp.legOogoVast(VANDAAG, "ouders", "afspraken", null, VANDAAG);
            assertThat(opp.laatsteVersie().adviesCvb()).isEqualTo("positief");
        }

        @Test
        void deCommissieVoorDeBegeleidingEvalueertJaarlijksMee() {
            var opp = vastgesteld(Schoolsoort.VSO);
            var dag = VANDAAG.plusMonths(6);

            assertThatThrownBy(() -> opp.evalueer(dag, "ouders", Map.of(1, Doelresultaat.BEREIKT), Map.of(), "klaar", " ", dag))
                    .isInstanceOf(OngeldigeInvoerException.class).extracting("veld").isEqualTo("evaluatieAdviesCvb");
        }

        @Test
        void arbeidEnDagbestedingZijnBestemmingenVanHetVso() {
            assertThat(Uitstroombestemming.DAGBESTEDING.magVoor(Schoolsoort.VSO)).isTrue();
            assertThat(Uitstroombestemming.ARBEID.magVoor(Schoolsoort.PRO)).isTrue();
            var opp = begonnen(Schoolsoort.VO);
            assertThatThrownBy(() -> opp.wijzigInhoud(Uitstroombestemming.DAGBESTEDING, null, null, null, null, null))
                    .isInstanceOf(OngeldigeInvoerException.class).extracting("veld").isEqualTo("uitstroombestemming");
        }
    }

    @Test
    void eenBeeindigdOppStaatVastEnLooptNietMeer() {
        var opp = vastgesteld(Schoolsoort.BO);
        assertThatThrownBy(() -> begonnen(Schoolsoort.BO).beeindig(VANDAAG, "vertrokken", VANDAAG)).isInstanceOf(OngeldigeStapException.class);

        opp.beeindig(VANDAAG.plusDays(10), "leerling verhuist", VANDAAG.plusDays(10));

        assertThat(opp.termijn()).isNull();
        assertThat(opp.signalen(LocalDate.of(2028, 1, 1))).isEmpty();
        assertThat(opp.mogelijkeStappen(Set.of(Oppstap.Hoedanigheid.SCHOOL, Oppstap.Hoedanigheid.OUDER))).isEmpty();
    }
}
