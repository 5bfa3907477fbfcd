package nl.thuisnabij.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AanmeldingTest {

    static final SwvCode SWV = new SwvCode("PO2707");
    static final LocalDate AANGEMELD = LocalDate.of(2026, 9, 7);
    static final Termijnbeleid WETTELIJK = Termijnbeleid.wettelijk();
    static final long SCHOOL = 1;
    static final long GEDRAG = 10;
    static final LocalDate GEBOREN = LocalDate.of(2020, 3, 1);

    static Aanmelding aanmelding() {
        return Aanmelding.nieuw(SWV, SCHOOL, 100, GEBOREN, AANGEMELD, LocalDate.of(2027, 1, 4), true, Map.of(GEDRAG, Niveau.EXTRA), AANGEMELD);
    }

    @Nested
    class Beslistermijn {

        @Test
        void deSchoolBeslistBinnenZesWekenNaDeSchriftelijkeAanmelding() {
            var a = aanmelding();
            assertThat(a.uiterlijkeBeslisdatum(WETTELIJK)).isEqualTo(LocalDate.of(2026, 10, 19));
            assertThat(a.dagenOver(LocalDate.of(2026, 10, 12), WETTELIJK)).isEqualTo(7);
            assertThat(a.termijnOverschreden(LocalDate.of(2026, 10, 19), WETTELIJK)).isFalse();
            assertThat(a.termijnOverschreden(LocalDate.of(2026, 10, 20), WETTELIJK)).isTrue();
        }

        @Test
        void atwArt1_eenBeslistermijnDieOpEerstekerstdagEindigtLooptDoorTotDeVolgendeWerkdag() {
            var vrijdag = LocalDate.of(2026, 11, 13);
            var a = Aanmelding.nieuw(SWV, SCHOOL, 100, GEBOREN, vrijdag, LocalDate.of(2027, 8, 2), true, Map.of(GEDRAG, Niveau.EXTRA), vrijdag);

            assertThat(a.uiterlijkeBeslisdatum(WETTELIJK)).as("25-12 is een vrijdag: door tot en met maandag").isEqualTo(LocalDate.of(2026, 12, 28));
            assertThat(a.termijnOverschreden(LocalDate.of(2026, 12, 28), WETTELIJK)).isFalse();
        }

        @Test
        void deTermijnKanEenmaalMetVierWekenWordenVerlengdMetEenReden() {
            var a = aanmelding();
            a.verleng("aanvullend onderzoek", LocalDate.of(2026, 10, 1), WETTELIJK);

            assertThat(a.uiterlijkeBeslisdatum(WETTELIJK)).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThatThrownBy(() -> a.verleng("nog meer onderzoek", LocalDate.of(2026, 10, 2), WETTELIJK))
                    .isInstanceOf(OngeldigeStapException.class).hasMessageContaining("één verlenging");
        }

        @Test
        void verlengenZonderRedenOfNaAfloopVanDeTermijnKanNiet() {
            assertThatThrownBy(() -> aanmelding().verleng(" ", LocalDate.of(2026, 10, 1), WETTELIJK))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("reden");
            assertThatThrownBy(() -> aanmelding().verleng("te laat", LocalDate.of(2026, 10, 20), WETTELIJK))
                    .isInstanceOf(OngeldigeStapException.class).hasMessageContaining("al verstreken");
        }

        @Test
        void standaardTellenSchoolvakantiesMeeZoalsDeWettekst() {
            var herfst = new Vakantie("Herfstvakantie", LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25));
            var beleid = new Termijnbeleid(false, List.of(herfst));

            assertThat(aanmelding().uiterlijkeBeslisdatum(beleid)).isEqualTo(LocalDate.of(2026, 10, 19));
        }

        @Test
        void eenSwvDatVakantiesLaatOpschortenSchuiftDeTermijnOpMetDeVakantiedagenErin() {
            var herfst = new Vakantie("Herfstvakantie", LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25));
            var beleid = new Termijnbeleid(true, List.of(herfst));

            // 42 counting days after 7 September; 17 to 19 October fall before the plain end date and do not count,
            // and the days added after 19 October fall in the holiday too, so the term ends 9 days later.
            assertThat(aanmelding().uiterlijkeBeslisdatum(beleid)).isEqualTo(LocalDate.of(2026, 10, 28));
        }

        @Test
        void naTienWekenZonderBesluitIsDeLeerlingVoorlopigToegelaten() {
            var a = aanmelding();
            assertThat(a.voorlopigeToelatingVanaf(WETTELIJK)).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(a.voorlopigToegelaten(LocalDate.of(2026, 11, 16), WETTELIJK)).isFalse();
            assertThat(a.voorlopigToegelaten(LocalDate.of(2026, 11, 17), WETTELIJK)).isTrue();
        }

        @Test
        void ouderWordenGeadviseerdTienWekenVoorDeStartAanTeMelden() {
            var tijdig = Aanmelding.nieuw(SWV, SCHOOL, 1, GEBOREN, AANGEMELD, AANGEMELD.plusWeeks(10), false, Map.of(), AANGEMELD);
            var laat = Aanmelding.nieuw(SWV, SCHOOL, 1, GEBOREN, AANGEMELD, AANGEMELD.plusWeeks(9), false, Map.of(), AANGEMELD);
            assertThat(tijdig.tijdigAangemeld()).isTrue();
            assertThat(laat.tijdigAangemeld()).isFalse();
        }

        @Test
        void eenVerstrekenTermijnWordtEenmaalGeescaleerd() {
            var a = aanmelding();
            assertThat(a.escaleer(LocalDate.of(2026, 10, 19), WETTELIJK)).isFalse();
            assertThat(a.escaleer(LocalDate.of(2026, 10, 20), WETTELIJK)).isTrue();
            assertThat(a.escaleer(LocalDate.of(2026, 10, 21), WETTELIJK)).isFalse();
            assertThat(a.geescaleerdOp()).isEqualTo(LocalDate.of(2026, 10, 20));
        }
    }

    @Nested
    class Stappen {

        @Test
        void eenAanmeldingInDeToekomstBestaatNiet() {
            assertThatThrownBy(() -> Aanmelding.nieuw(SWV, SCHOOL, 1, GEBOREN, AANGEMELD.plusDays(1), AANGEMELD.plusWeeks(12), false, Map.of(), AANGEMELD))
                    .hasMessageContaining("toekomst");
        }

        @Test
        void nietToelatenVraagtEenMotiveringEnBekendeBehoeften() {
            assertThatThrownBy(() -> aanmelding().neemBesluit(AanmeldingStatus.NIET_TOEGELATEN, "", AANGEMELD))
                    .hasMessageContaining("motiveer");
            var zonderBehoeften = Aanmelding.nieuw(SWV, SCHOOL, 1, GEBOREN, AANGEMELD, AANGEMELD.plusWeeks(12), true, Map.of(), AANGEMELD);
            assertThatThrownBy(() -> zonderBehoeften.neemBesluit(AanmeldingStatus.NIET_TOEGELATEN, "kan niet", AANGEMELD))
                    .hasMessageContaining("ondersteuningsbehoeften");
        }

        @Test
        void eenBesluitWordtEenmaalGenomen() {
            var a = aanmelding();
            a.neemBesluit(AanmeldingStatus.TOEGELATEN, null, AANGEMELD.plusWeeks(2));

            assertThat(a.status()).isEqualTo(AanmeldingStatus.TOEGELATEN);
            assertThatThrownBy(() -> a.neemBesluit(AanmeldingStatus.NIET_TOEGELATEN, "toch niet", AANGEMELD.plusWeeks(3)))
                    .isInstanceOf(OngeldigeStapException.class);
            assertThatThrownBy(() -> a.neemBesluit(AanmeldingStatus.INGETROKKEN, null, AANGEMELD))
                    .isInstanceOf(OngeldigeStapException.class);
        }

        @Test
        void eenAndereSchoolWordtPasVoorgesteldAlsDeEigenSchoolNietToelaat() {
            var a = aanmelding();
            assertThatThrownBy(() -> a.stelVoor(2, BigDecimal.ONE, AANGEMELD)).isInstanceOf(OngeldigeStapException.class);
        }

        @Test
        void deKetenVanVoorstellenLooptTotEenSchoolAccepteert() {
            var a = aanmelding();
            a.neemBesluit(AanmeldingStatus.NIET_TOEGELATEN, "intensieve begeleiding nodig", AANGEMELD.plusWeeks(4));
            a.stelVoor(2, new BigDecimal("1.3"), AANGEMELD.plusWeeks(4));

            assertThatThrownBy(() -> a.stelVoor(3, BigDecimal.TEN, AANGEMELD.plusWeeks(4))).hasMessageContaining("al een voorstel open");
            assertThatThrownBy(() -> a.wijsAf(1, "", AANGEMELD.plusWeeks(5))).hasMessageContaining("reden");
            a.wijsAf(1, "groep vol", AANGEMELD.plusWeeks(5));
            assertThatThrownBy(() -> a.stelVoor(2, BigDecimal.ONE, AANGEMELD.plusWeeks(5))).hasMessageContaining("al afgewezen");
            assertThatThrownBy(() -> a.stelVoor(SCHOOL, BigDecimal.ONE, AANGEMELD.plusWeeks(5))).hasMessageContaining("zichzelf");
            assertThat(a.dagenZonderPlek(AANGEMELD.plusWeeks(6))).contains(42L);

            a.stelVoor(3, new BigDecimal("13.1"), AANGEMELD.plusWeeks(5));
            a.accepteer(2, AANGEMELD.plusWeeks(6));

            assertThat(a.status()).isEqualTo(AanmeldingStatus.GEPLAATST_ELDERS);
            assertThat(a.geplaatstVestigingId()).isEqualTo(3);
            assertThat(a.pogingen()).extracting(Plaatsingspoging::antwoord)
                    .containsExactly(Plaatsingspoging.Antwoord.AFGEWEZEN, Plaatsingspoging.Antwoord.GEACCEPTEERD);
            assertThatThrownBy(() -> a.accepteer(2, AANGEMELD.plusWeeks(6))).isInstanceOf(OngeldigeStapException.class);
            assertThat(a.dagenZonderPlek(AANGEMELD.plusWeeks(7))).isEmpty();
        }

        @Test
        void intrekkenEnBeeindigenKunnenAlleenBijEenLopendeAanmelding() {
            var a = aanmelding();
            assertThatThrownBy(() -> a.beeindigZorgplicht("", AANGEMELD)).hasMessageContaining("waarom de zorgplicht eindigt");
            a.beeindigZorgplicht("ouders werken niet mee aan het onderzoek", AANGEMELD.plusWeeks(3));
            assertThat(a.status()).isEqualTo(AanmeldingStatus.ZORGPLICHT_BEEINDIGD);
            assertThatThrownBy(() -> a.trekIn(AANGEMELD.plusWeeks(4))).isInstanceOf(OngeldigeStapException.class);
        }
    }

    @Nested
    class UitzonderingenVanDeZorgplicht {

        @Test
        void wpo40lid2_eenAanmeldingVoorDeDerdeVerjaardagIsEenVooraanmeldingDieOpDieVerjaardagEenAanmeldingWordt() {
            var geboren = LocalDate.of(2024, 1, 15);
            var a = Aanmelding.nieuw(SWV, SCHOOL, 1, geboren, AANGEMELD, LocalDate.of(2027, 8, 30), false, Map.of(), AANGEMELD);

            assertThat(a.isVooraanmelding(AANGEMELD)).isTrue();
            assertThat(a.isVooraanmelding(LocalDate.of(2027, 1, 15))).as("de derde verjaardag").isFalse();
            assertThat(a.uiterlijkeBeslisdatum(WETTELIJK)).as("zes weken vanaf de derde verjaardag").isEqualTo(LocalDate.of(2027, 2, 26));
            assertThat(a.termijnOverschreden(LocalDate.of(2027, 1, 1), WETTELIJK)).isFalse();
            assertThat(aanmelding().isVooraanmelding(AANGEMELD)).as("een kind van zes").isFalse();
        }

        @Test
        void wpo63lid4_wachtenOpGevraagdeInformatieSchuiftDeBeslistermijnOpMetDeGewachteDagen() {
            var a = aanmelding();
            a.vraagAanvulling("het verslag van de logopedist", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 14));
            assertThat(a.uiterlijkeBeslisdatum(WETTELIJK)).as("zolang het open staat: tot de gestelde datum").isEqualTo(LocalDate.of(2026, 11, 2));

            a.ontvangAanvulling(LocalDate.of(2026, 9, 21));

            assertThat(a.opgeschorteDagen()).isEqualTo(7);
            assertThat(a.uiterlijkeBeslisdatum(WETTELIJK)).as("19-10 plus zeven dagen").isEqualTo(LocalDate.of(2026, 10, 26));
            assertThat(a.voorlopigeToelatingVanaf(WETTELIJK)).isEqualTo(LocalDate.of(2026, 11, 24));
        }

        @Test
        void wpo63lid4_informatieDieNaDeGesteldeDatumKomtSchortAlleenOpTotDieDatum() {
            var a = aanmelding();
            a.vraagAanvulling("het verslag van de logopedist", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 14));
            a.ontvangAanvulling(LocalDate.of(2026, 10, 5));

            assertThat(a.opgeschorteDagen()).isEqualTo(7);
        }

        @Test
        void wpo63lid4_zonderDeInformatieMagDeSchoolNaDeGesteldeDatumEnBinnenVierWekenNietInBehandelingNemen() {
            var a = aanmelding();
            a.vraagAanvulling("het verslag van de logopedist", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 14));

            assertThatThrownBy(() -> a.neemNietInBehandeling("verslag ontbreekt", LocalDate.of(2026, 9, 28)))
                    .isInstanceOf(OngeldigeStapException.class).hasMessageContaining("hebben tot 28-9-2026");
            assertThatThrownBy(() -> a.neemNietInBehandeling("verslag ontbreekt", LocalDate.of(2026, 10, 27)))
                    .isInstanceOf(OngeldigeStapException.class).hasMessageContaining("vier weken");
            assertThat(a.mogelijkeStappen(LocalDate.of(2026, 10, 26))).contains(Aanmeldingstap.NIET_IN_BEHANDELING_NEMEN);

            a.neemNietInBehandeling("verslag ontbreekt", LocalDate.of(2026, 10, 26));

            assertThat(a.status()).isEqualTo(AanmeldingStatus.NIET_IN_BEHANDELING);
            assertThat(a.status().isOpen()).as("geen zorgplicht meer").isFalse();
            assertThat(a.besluitToelichting()).isEqualTo("verslag ontbreekt");
        }

        @Test
        void eenVraagOmInformatieHeeftEenOmschrijvingEnEenDatumNaVandaag() {
            assertThatThrownBy(() -> aanmelding().vraagAanvulling(" ", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 14)))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("welke informatie");
            assertThatThrownBy(() -> aanmelding().vraagAanvulling("verslag", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 14)))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("na vandaag");
        }

        @Test
        void wpo40lid5_weigerenOmdatDeSchoolVolIsOfOmDeGrondslagLaatGeenZorgplichtAchterMaarVraagtDeReden() {
            var vol = aanmelding();
            assertThatThrownBy(() -> vol.neemBesluit(AanmeldingStatus.GEWEIGERD_VOL, " ", LocalDate.of(2026, 9, 20)))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("toelatingsregel");
            vol.neemBesluit(AanmeldingStatus.GEWEIGERD_VOL, "groep 3 is vol: maximaal 28 leerlingen, voor iedereen", LocalDate.of(2026, 9, 20));
            assertThat(vol.status().isOpen()).isFalse();
            assertThat(vol.mogelijkeStappen(LocalDate.of(2026, 9, 21))).doesNotContain(Aanmeldingstap.SCHOOL_VOORSTELLEN);

            var grondslag = aanmelding();
            grondslag.neemBesluit(AanmeldingStatus.GEWEIGERD_GRONDSLAG, "ouders weigeren de godsdienstlessen", LocalDate.of(2026, 9, 20));
            assertThat(grondslag.status().isOpen()).isFalse();
        }

        @Test
        void wpo40lid4_zonderOndersteuningsbehoefteGeldtDeBeslistermijnMaarZoektDeSchoolGeenAndereSchool() {
            var zonder = Aanmelding.nieuw(SWV, SCHOOL, 1, GEBOREN, AANGEMELD, AANGEMELD.plusWeeks(12), false, Map.of(), AANGEMELD);

            assertThat(zonder.uiterlijkeBeslisdatum(WETTELIJK)).isEqualTo(LocalDate.of(2026, 10, 19));
            assertThatThrownBy(() -> zonder.neemBesluit(AanmeldingStatus.NIET_TOEGELATEN, "past niet", LocalDate.of(2026, 9, 20)))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("zoekt de school geen andere school");
        }

        @Test
        void wpo40lid7_naTienWekenZonderBesluitTijdelijkIngeschrevenEnEenWeigeringBeeindigtDatDeDagNaHetBesluit() {
            var a = aanmelding();
            assertThat(a.tijdelijkeInschrijving(LocalDate.of(2026, 11, 16), WETTELIJK)).as("tien weken zijn nog niet om").isEmpty();
            assertThat(a.tijdelijkeInschrijving(LocalDate.of(2026, 11, 17), WETTELIJK))
                    .contains(new Aanmelding.TijdelijkeInschrijving(LocalDate.of(2026, 11, 17), null, false));

            a.neemBesluit(AanmeldingStatus.NIET_TOEGELATEN, "intensieve gedragsbegeleiding nodig", LocalDate.of(2026, 11, 20));

            assertThat(a.tijdelijkeInschrijving(LocalDate.of(2026, 11, 23), WETTELIJK))
                    .contains(new Aanmelding.TijdelijkeInschrijving(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 21), false));
            var toegelaten = aanmelding();
            toegelaten.neemBesluit(AanmeldingStatus.TOEGELATEN, null, LocalDate.of(2026, 11, 20));
            assertThat(toegelaten.tijdelijkeInschrijving(LocalDate.of(2026, 11, 23), WETTELIJK).orElseThrow().definitief()).isTrue();
            var opTijd = aanmelding();
            opTijd.neemBesluit(AanmeldingStatus.TOEGELATEN, null, LocalDate.of(2026, 10, 1));
            assertThat(opTijd.tijdelijkeInschrijving(LocalDate.of(2026, 11, 23), WETTELIJK)).as("op tijd besloten").isEmpty();
        }
    }
}
