package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.thuisnabij.register.Sector;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AanvraagTest {

    static final SwvCode SWV = new SwvCode("PO2707");
    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 2);
    static final Aanvraagbeleid BELEID = Aanvraagbeleid.standaard();
    static final long COORDINATOR = 5;
    static final long ORTHOPEDAGOOG = 7;
    static final long ARTS = 8;

    static Aanvraag ingediend(Aanvraagsoort soort) {
        var a = Aanvraag.concept(SWV, 1, 2, soort, null);
        a.wijzigInhoud("vraag", "behoeften", "geprobeerd", soort == Aanvraagsoort.ARRANGEMENT ? 3L : null);
        a.legOudergesprekVast("ouders steunen de aanvraag", true);
        a.dienIn(VANDAAG);
        return a;
    }

    static Aanvraag tlvMetTweeAdviezen(Aanvraagsoort soort) {
        var a = ingediend(soort);
        a.neemInBehandeling(COORDINATOR);
        a.vraagAdvies(ORTHOPEDAGOOG, ARTS);
        a.voegAdviesToe(ORTHOPEDAGOOG, "Orthopedagoog", Deskundigheid.ORTHOPEDAGOOG, true, "past in SO", VANDAAG, true);
        a.voegAdviesToe(ARTS, "Arts", Deskundigheid.ARTS, true, "medisch past SO", VANDAAG, true);
        return a;
    }

    static Besluit tlvBesluit(String soort, Bekostigingscategorie categorie, LocalDate start, LocalDate einde) {
        return new Besluit(1, Besluituitkomst.TOEGEKEND, "twee positieve adviezen", VANDAAG, "Cora", "aanvraag", null, null, null, null, soort,
                categorie, "PO2707", start, einde);
    }

    static Besluit arrangementBesluit(int volgnummer, Besluituitkomst uitkomst) {
        return new Besluit(volgnummer, uitkomst, "nodig boven de basis", VANDAAG, "Cora", "aanvraag", 3L, new BigDecimal("40"),
                new BigDecimal("75.00"), new BigDecimal("3000.00"), null, null, null, VANDAAG.plusDays(7), VANDAAG.plusMonths(6));
    }

    @Nested
    class DuurVanEenTlv {

        @Test
        void wec40lid15_eenTlvEindigtOp31JuliEnKrijgtDeRestVanHetSchooljaarErbij() {
            var besluit = tlvBesluit("SO", Bekostigingscategorie.LAAG, LocalDate.of(2026, 11, 23), LocalDate.of(2028, 3, 1));

            assertThat(besluit.einddatum()).isEqualTo(LocalDate.of(2028, 7, 31));
            assertThat(besluit.vroegsteTlvEinde()).as("rest van 2026-2027 plus één schooljaar").isEqualTo(LocalDate.of(2028, 7, 31));
            assertThat(tlvBesluit("SO", Bekostigingscategorie.LAAG, LocalDate.of(2027, 8, 1), LocalDate.of(2028, 7, 31)).vroegsteTlvEinde())
                    .as("vanaf 1 augustus is één schooljaar genoeg").isEqualTo(LocalDate.of(2028, 7, 31));
        }

        @Test
        void wec40lid15_eenTlvVanMinderDanEenHeelSchooljaarWordtGeweigerd() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            var kort = tlvBesluit("SO", Bekostigingscategorie.LAAG, LocalDate.of(2026, 11, 23), LocalDate.of(2027, 7, 31));

            var zonderMinimum = new Aanvraagbeleid(BELEID.beslistermijnWeken(), BELEID.aanvullingDagen(), 1, BELEID.tlvHerinneringDagen(), BELEID.bezwaarcommissie());

            assertThatThrownBy(() -> a.neemBesluit(kort, zonderMinimum))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("WEC art. 40 lid 15").hasMessageContaining("31 juli 2028");
        }

        @Test
        void hetMinimumVanHetBeleidTeltDeEinddatumMee() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            var schooljaar = tlvBesluit("SO", Bekostigingscategorie.LAAG, LocalDate.of(2027, 8, 1), LocalDate.of(2028, 7, 31));

            a.neemBesluit(schooljaar, BELEID);
            assertThat(a.status()).as("1-8-2027 t/m 31-7-2028 is twaalf maanden").isEqualTo(AanvraagStatus.BESLOTEN);
        }
    }

    @Nested
    class Indienen {

        @Test
        void eenOnvolledigConceptKanNietWordenIngediend() {
            var a = Aanvraag.concept(SWV, 1, 2, Aanvraagsoort.ARRANGEMENT, null);
            a.wijzigInhoud("vraag", null, null, null);

            assertThatThrownBy(() -> a.dienIn(VANDAAG)).isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessage("de aanvraag is nog niet compleet: vul de ondersteuningsbehoeften, wat de school al heeft gedaan, "
                            + "de zienswijze van de ouders, het gevraagde arrangement in");
        }

        @Test
        void eenIngediendeAanvraagIsNietMeerDoorDeSchoolTeWijzigen() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            assertThat(a.status()).isEqualTo(AanvraagStatus.INGEDIEND);
            assertThat(a.ingediendOp()).isEqualTo(VANDAAG);
            assertThatThrownBy(() -> a.wijzigInhoud("anders", "b", "g", 3L)).isInstanceOf(OngeldigeStapException.class);
            assertThatThrownBy(() -> a.dienIn(VANDAAG)).isInstanceOf(OngeldigeStapException.class);
        }

        @Test
        void awb7_13_hetSamenwerkingsverbandKiestZijnBezwaaradviescommissieDeLbtOfEenEigen() {
            assertThat(Aanvraagbeleid.standaard().bezwaarcommissie()).contains("Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring");
            assertThat(new Aanvraagbeleid(6, 14, 12, 90, " de eigen adviescommissie ").bezwaarcommissie()).isEqualTo("de eigen adviescommissie");
            assertThatThrownBy(() -> new Aanvraagbeleid(6, 14, 12, 90, " ")).isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessageContaining("adviescommissie");
        }

        @Test
        void deBeslistermijnIsBeleidVanHetSamenwerkingsverband() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            assertThat(a.beslistermijnTot(BELEID)).isEqualTo(VANDAAG.plusWeeks(6));
            assertThat(a.beslistermijnOverschreden(VANDAAG.plusWeeks(6), BELEID)).isFalse();
            assertThat(a.beslistermijnOverschreden(VANDAAG.plusWeeks(6).plusDays(1), BELEID)).isTrue();
            assertThat(a.beslistermijnTot(new Aanvraagbeleid(4, 14, 12, 90, Aanvraagbeleid.LBT))).isEqualTo(VANDAAG.plusWeeks(4));
        }
    }

    @Nested
    class Behandeling {

        @Test
        void eenAanvullingHeeftEenTermijnEnBrengtDeAanvraagTerugBijDeSchool() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.neemInBehandeling(COORDINATOR);
            assertThatThrownBy(() -> a.vraagAanvulling("handelingsplan", VANDAAG, VANDAAG)).hasMessageContaining("in de toekomst");
            assertThat(a.compleetOp()).as("compleet bij indienen").isEqualTo(a.ingediendOp());
            a.vraagAanvulling("handelingsplan", VANDAAG.plusDays(14), VANDAAG);

            assertThat(a.status()).isEqualTo(AanvraagStatus.AANVULLING_GEVRAAGD);
            assertThat(a.compleetOp()).as("niet compleet zolang de aanvulling uitstaat").isNull();
            assertThat(a.aanvullingTeLaat(VANDAAG.plusDays(15))).isTrue();
            a.wijzigInhoud("vraag", "behoeften", "handelingsplan toegevoegd", 3L);
            a.vulAan(VANDAAG.plusDays(9));
            assertThat(a.status()).isEqualTo(AanvraagStatus.IN_BEHANDELING);
            assertThat(a.compleetOp()).as("compleet op de dag van de aanvulling").isEqualTo(VANDAAG.plusDays(9));
        }

        @Test
        void eenArrangementKrijgtGeenDeskundigenadvies() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.neemInBehandeling(COORDINATOR);
            assertThatThrownBy(() -> a.vraagAdvies(ORTHOPEDAGOOG, ARTS)).isInstanceOf(OngeldigeStapException.class);
        }

        @Test
        void wpo18aLid11_eenVanBeideDeskundigenIsOrthopedagoogOfPsycholoog() {
            var a = ingediend(Aanvraagsoort.TLV_SO);
            a.neemInBehandeling(COORDINATOR);
            a.vraagAdvies(ARTS, 77);

            a.voegAdviesToe(ARTS, "Arts", Deskundigheid.ARTS, true, "medisch gezien past een kleine groep", VANDAAG, true);
            assertThatThrownBy(() -> a.voegAdviesToe(77, "Pedagoog", Deskundigheid.PEDAGOOG, true, "de groep thuis en op school vraagt structuur",
                    VANDAAG, true)).hasMessage("een van beide deskundigen is een orthopedagoog of een psycholoog");
        }

        @Test
        void lbt108582_eenGezamenlijkOfCommissieadviesTeltNietAlsEigenAdvies() {
            var a = ingediend(Aanvraagsoort.TLV_SO);
            a.neemInBehandeling(COORDINATOR);
            a.vraagAdvies(ORTHOPEDAGOOG, ARTS);

            assertThatThrownBy(() -> a.voegAdviesToe(ORTHOPEDAGOOG, "Ortho", Deskundigheid.ORTHOPEDAGOOG, true,
                    "Namens de commissie: de leerling is toelaatbaar tot het SO.", VANDAAG, true))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("eigen schriftelijk advies");
            a.voegAdviesToe(ORTHOPEDAGOOG, "Ortho", Deskundigheid.ORTHOPEDAGOOG, true,
                    "Het gedrag vraagt om een kleine groep met veel structuur; het SO cluster 4 sluit daarop aan.", VANDAAG, true);
            assertThatThrownBy(() -> a.voegAdviesToe(ARTS, "Arts", Deskundigheid.ARTS, true,
                    "Het gedrag vraagt om een kleine groep met veel structuur: het SO cluster 4 sluit daar op aan!", VANDAAG, true))
                    .as("bijna dezelfde tekst").hasMessageContaining("(bijna) gelijk");
            a.voegAdviesToe(ARTS, "Arts", Deskundigheid.ARTS, true, "Medisch is er geen bezwaar; de epilepsie is goed ingesteld.", VANDAAG, true);
            assertThat(a.adviezen()).hasSize(2);
        }

        @Test
        void deTweedeDeskundigeIsEenAnderDanDeEerste() {
            var a = ingediend(Aanvraagsoort.TLV_SO);
            a.neemInBehandeling(COORDINATOR);
            assertThatThrownBy(() -> a.vraagAdvies(ORTHOPEDAGOOG, ORTHOPEDAGOOG)).hasMessageContaining("twee verschillende deskundigen");
            a.vraagAdvies(ORTHOPEDAGOOG, ARTS);

            assertThatThrownBy(() -> a.voegAdviesToe(99, "Onbekend", Deskundigheid.PSYCHOLOOG, true, "ok", VANDAAG, true))
                    .hasMessageContaining("alleen een gevraagde deskundige");
            assertThatThrownBy(() -> a.voegAdviesToe(ORTHOPEDAGOOG, "Ortho", Deskundigheid.ORTHOPEDAGOOG, true, "ok", VANDAAG, false))
                    .hasMessageContaining("onafhankelijk");
            assertThatThrownBy(() -> a.voegAdviesToe(ORTHOPEDAGOOG, "Ortho", Deskundigheid.ORTHOPEDAGOOG, true, " ", VANDAAG, true))
                    .hasMessageContaining("gemotiveerd");
            a.voegAdviesToe(ORTHOPEDAGOOG, "Ortho", Deskundigheid.ORTHOPEDAGOOG, true, "past in SO", VANDAAG, true);
            assertThatThrownBy(() -> a.voegAdviesToe(ORTHOPEDAGOOG, "Ortho", Deskundigheid.ORTHOPEDAGOOG, false, "toch niet", VANDAAG, true))
                    .hasMessageContaining("een ander dan de eerste");
            a.voegAdviesToe(ARTS, "Arts", Deskundigheid.ARTS, false, "medisch niet nodig", VANDAAG, true);

            assertThat(a.adviezenEensluidend()).isFalse();
            assertThatThrownBy(() -> a.voegAdviesToe(ARTS, "Arts", Deskundigheid.ARTS, true, "derde", VANDAAG, true))
                    .hasMessageContaining("al twee");
        }

        @Test
        void eenDeskundigeWiensAdviesNogOntbreektWordtVervangenEnDeVervangingBlijftInDeGeschiedenis() {
            long vervanger = 9;
            var a = ingediend(Aanvraagsoort.TLV_SO);
            a.neemInBehandeling(COORDINATOR);
            a.vraagAdvies(ORTHOPEDAGOOG, ARTS);
            a.voegAdviesToe(ORTHOPEDAGOOG, "Ortho", Deskundigheid.ORTHOPEDAGOOG, true, "past in SO", VANDAAG, true);

            assertThatThrownBy(() -> a.vervangDeskundige(ORTHOPEDAGOOG, vervanger, VANDAAG)).hasMessageContaining("al advies gegeven");
            assertThatThrownBy(() -> a.vervangDeskundige(ARTS, ORTHOPEDAGOOG, VANDAAG)).hasMessageContaining("al gevraagd");
            a.vervangDeskundige(ARTS, vervanger, VANDAAG);

            assertThat(a.deskundigen()).containsExactlyInAnyOrder(ORTHOPEDAGOOG, vervanger);
            assertThat(a.gevraagdeDeskundigen()).contains(new Aanvraag.GevraagdeDeskundige(ARTS, VANDAAG));
            assertThat(a.isDeskundigeVan(ARTS)).as("de vervangen deskundige ziet de aanvraag niet meer").isFalse();
            assertThatThrownBy(() -> a.voegAdviesToe(ARTS, "Arts", Deskundigheid.ARTS, true, "te laat", VANDAAG, true))
                    .hasMessageContaining("alleen een gevraagde deskundige");
            assertThat(a.gebeurtenissen()).anySatisfy(e -> assertThat(e).isEqualTo(new AdviesGevraagd(a.id(), "PO2707", List.of(vervanger))));

            a.voegAdviesToe(vervanger, "Psycholoog", Deskundigheid.PSYCHOLOOG, true, "cognitief past SO", VANDAAG, true);
            assertThat(a.mogelijkeStappen(new Aanvraagstap.Betrokkene(Set.of(Aanvraagstap.Hoedanigheid.BEHANDELAAR), COORDINATOR)))
                    .as("beide adviezen binnen: niets meer te vervangen").doesNotContain(Aanvraagstap.DESKUNDIGE_VERVANGEN)
                    .contains(Aanvraagstap.BESLUITEN);
        }
    }

    @Nested
    class Besluiten {

        @Test
        void overEenTlvWordtPasBeslotenNaTweeAdviezen() {
            var a = ingediend(Aanvraagsoort.TLV_SO);
            a.neemInBehandeling(COORDINATOR);
            assertThatThrownBy(() -> a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.LAAG, VANDAAG, VANDAAG.plusYears(1)), BELEID))
                    .hasMessageContaining("twee deskundigenadviezen");
        }

        @Test
        void eenSoTlvHeeftEenCategorieEnLooptTenMinsteDeMinimaleDuur() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            assertThatThrownBy(() -> a.neemBesluit(tlvBesluit("SO", null, VANDAAG, VANDAAG.plusYears(1)), BELEID))
                    .hasMessageContaining("bekostigingscategorie");
            assertThatThrownBy(() -> a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.MIDDEN, VANDAAG, VANDAAG.plusMonths(6)), BELEID))
                    .hasMessageContaining("ten minste 12 maanden");
            assertThatThrownBy(() -> a.neemBesluit(tlvBesluit("SBO", null, VANDAAG, VANDAAG.plusYears(1)), BELEID))
                    .hasMessageContaining("TLV SO");
            var vreemdSwv = new Besluit(1, Besluituitkomst.TOEGEKEND, "m", VANDAAG, "Cora", "aanvraag", null, null, null, null, "SO",
                    Bekostigingscategorie.LAAG, "PO2601", VANDAAG, VANDAAG.plusYears(1));
            assertThatThrownBy(() -> a.neemBesluit(vreemdSwv, BELEID)).hasMessageContaining("niet bevoegd");

            assertThatThrownBy(() -> a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.MIDDEN, VANDAAG, null), BELEID))
                    .hasMessageContaining("één of meer schooljaren");
            a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.MIDDEN, VANDAAG, VANDAAG.plusYears(1)), BELEID);
            assertThat(a.status()).isEqualTo(AanvraagStatus.BESLOTEN);
        }

        @Test
        void eenArrangementKrijgtGeenNegatieveUrenOfEenNegatiefBedrag() {
            assertThatThrownBy(() -> new Besluit(1, Besluituitkomst.TOEGEKEND, "m", VANDAAG, "Cora", "aanvraag", 3L, new BigDecimal("-1"),
                    new BigDecimal("75.00"), new BigDecimal("-75.00"), null, null, null, VANDAAG, null)).hasMessageContaining("uren");
            assertThatThrownBy(() -> new Besluit(1, Besluituitkomst.TOEGEKEND, "m", VANDAAG, "Cora", "aanvraag", 3L, null, null,
                    new BigDecimal("-0.01"), null, null, null, VANDAAG, null)).hasMessageContaining("bedrag");
        }

        @Test
        void eenBesluitIsAltijdGemotiveerd() {
            assertThatThrownBy(() -> new Besluit(1, Besluituitkomst.AFGEWEZEN, " ", VANDAAG, "Cora", "aanvraag", null, null, null, null, null,
                    null, null, null, null)).hasMessageContaining("gemotiveerd");
        }

        @Test
        void eenToegekendeTlvWordtBijDuoGeregistreerdEnIsActiefVanafDeStartdatum() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SBO);
            a.neemBesluit(tlvBesluit("SBO", null, VANDAAG.plusDays(10), VANDAAG.plusYears(2)), BELEID);

            assertThat(a.activeer(VANDAAG.plusDays(10))).as("zonder DUO-registratie niet actief").isFalse();
            a.registreerBijDuo();
            assertThat(a.activeer(VANDAAG.plusDays(9))).isFalse();
            assertThat(a.activeer(VANDAAG.plusDays(10))).isTrue();
            assertThat(a.loopAf(LocalDate.of(2029, 7, 31))).as("t/m 31 juli van het schooljaar van de gekozen einddatum").isFalse();
            assertThat(a.loopAf(LocalDate.of(2029, 8, 1))).isTrue();
            assertThat(a.status()).isEqualTo(AanvraagStatus.AFGELOPEN);
        }

        @Test
        void eenArrangementWordtNietBijDuoGeregistreerdMaarIsDirectActiefVanafDeStart() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.neemInBehandeling(COORDINATOR);
            a.neemBesluit(arrangementBesluit(1, Besluituitkomst.TOEGEKEND), BELEID);

            assertThatThrownBy(a::registreerBijDuo).isInstanceOf(OngeldigeStapException.class);
            assertThat(a.activeer(VANDAAG.plusDays(7))).isTrue();
        }

        @Test
        void intrekkenKanAlleenVoordatErBeslotenIs() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.trekIn();
            assertThat(a.status()).isEqualTo(AanvraagStatus.INGETROKKEN);
            var besloten = ingediend(Aanvraagsoort.ARRANGEMENT);
            besloten.neemInBehandeling(COORDINATOR);
            besloten.neemBesluit(arrangementBesluit(1, Besluituitkomst.AFGEWEZEN), BELEID);
            assertThatThrownBy(besloten::trekIn).isInstanceOf(OngeldigeStapException.class);
        }
    }

    @Nested
    class PraktijkonderwijsEnLwoo {

        @Test
        void eenVoSwvBeslistOverPraktijkonderwijsEnLwooEenPoSwvNiet() {
            assertThat(Aanvraagsoort.TLV_PRO.hoortBij(Sector.VO)).isTrue();
            assertThat(Aanvraagsoort.LWOO.hoortBij(Sector.PO)).isFalse();
            assertThat(Aanvraagsoort.TLV_SO.hoortBij(Sector.VO)).isFalse();
            assertThat(Aanvraagsoort.ARRANGEMENT.hoortBij(Sector.VO)).isTrue();
        }

        @Test
        void wvo17a_overPraktijkonderwijsWordtBeslotenZonderDeTweeDeskundigenadviezenVanEenTlvVso() {
            var a = Aanvraag.concept(new SwvCode("VO2701"), 1, 2, Aanvraagsoort.TLV_PRO, null);
            a.wijzigInhoud("vraag", "behoeften", "geprobeerd", null);
            a.legOudergesprekVast("ouders steunen de aanvraag", true);
            a.dienIn(VANDAAG);
            a.neemInBehandeling(COORDINATOR);

            assertThatThrownBy(() -> a.vraagAdvies(ORTHOPEDAGOOG, ARTS)).hasMessageContaining("SBO, SO of VSO");
            a.neemBesluit(new Besluit(1, Besluituitkomst.TOEGEKEND, "IQ en leerachterstand volgens de criteria", VANDAAG, "Cora", "aanvraag", null, null,
                    null, null, "PRO", null, "VO2701", VANDAAG, LocalDate.of(2030, 7, 31)), BELEID);

            assertThat(a.huidigBesluit().orElseThrow().uitkomst()).isEqualTo(Besluituitkomst.TOEGEKEND);
            assertThat(a.gebeurtenissen()).anySatisfy(e -> assertThat(e).isInstanceOf(TlvGewijzigd.class));
        }
    }

    @Nested
    class IntrekkenEnBeeindigen {

        private Aanvraag geregistreerdeTlv() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.MIDDEN, VANDAAG, LocalDate.of(2028, 7, 31)), BELEID);
            a.registreerBijDuo();
            a.activeer(VANDAAG);
            return a;
        }

        @Test
        void eenIngetrokkenTlvGeldtNietMeerEnDeWijzigingGaatNaarBudgetEnDuo() {
            var a = geregistreerdeTlv();

            a.trekToekenningIn("afgegeven op onjuiste gegevens", VANDAAG.plusDays(3), "Cora");

            assertThat(a.huidigBesluit().orElseThrow().uitkomst()).isEqualTo(Besluituitkomst.INGETROKKEN);
            assertThat(a.status()).isEqualTo(AanvraagStatus.AFGELOPEN);
            assertThat(a.besluiten()).hasSize(2);
            assertThat(a.gebeurtenissen()).filteredOn(TlvGewijzigd.class::isInstance).map(TlvGewijzigd.class::cast)
                    .extracting(TlvGewijzigd::wijziging, TlvGewijzigd::bijDuoGeregistreerd, TlvGewijzigd::leerlingId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Toekenningswijziging.TOEGEKEND, false, 2L),
                            org.assertj.core.groups.Tuple.tuple(Toekenningswijziging.INGETROKKEN, true, 2L));
            assertThatThrownBy(() -> a.trekToekenningIn("nog eens", VANDAAG.plusDays(4), "Cora")).isInstanceOf(OngeldigeStapException.class);
        }

        @Test
        void eenVoortijdigBeeindigdeTlvLooptTotDeLaatsteDagEnKrijgtGeenSchooljaarErbij() {
            var a = geregistreerdeTlv();
            assertThatThrownBy(() -> a.beeindigToekenning("terug naar regulier", LocalDate.of(2028, 7, 31), VANDAAG.plusDays(3), "Cora"))
                    .hasMessageContaining("voor het einde");

            a.beeindigToekenning("de leerling gaat terug naar het regulier onderwijs", LocalDate.of(2027, 1, 31), VANDAAG.plusDays(3), "Cora");

            var huidig = a.huidigBesluit().orElseThrow();
            assertThat(huidig.uitkomst()).isEqualTo(Besluituitkomst.VOORTIJDIG_BEEINDIGD);
            assertThat(huidig.einddatum()).as("niet afgerond op 31 juli").isEqualTo(LocalDate.of(2027, 1, 31));
            assertThat(a.status()).as("loopt tot de laatste dag").isEqualTo(AanvraagStatus.ACTIEF);
            assertThat(a.loopAf(LocalDate.of(2027, 2, 1))).isTrue();
            assertThat(a.gebeurtenissen()).filteredOn(TlvGewijzigd.class::isInstance).map(TlvGewijzigd.class::cast).last()
                    .satisfies(e -> assertThat(e.wijziging()).isEqualTo(Toekenningswijziging.VOORTIJDIG_BEEINDIGD));
        }

        private Aanvraag toegekendArrangementVanEenJaar() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.neemInBehandeling(COORDINATOR);
            a.neemBesluit(new Besluit(1, Besluituitkomst.TOEGEKEND, "nodig boven de basis", VANDAAG, "Cora", "aanvraag", 3L, null, null,
                    new BigDecimal("3650.00"), null, null, null, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)), BELEID);
            return a;
        }

        @Test
        void eenIngetrokkenArrangementLegtGeenBudgetMeerVast() {
            var a = toegekendArrangementVanEenJaar();

            a.trekToekenningIn("de leerling is verhuisd voordat het arrangement begon", VANDAAG.plusDays(3), "Cora");

            assertThat(a.status()).isEqualTo(AanvraagStatus.AFGELOPEN);
            assertThat(a.gebeurtenissen()).filteredOn(ArrangementGewijzigd.class::isInstance).map(ArrangementGewijzigd.class::cast)
                    .extracting(ArrangementGewijzigd::wijziging, e -> e.bedrag().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Toekenningswijziging.TOEGEKEND, "3650.00"),
                            org.assertj.core.groups.Tuple.tuple(Toekenningswijziging.INGETROKKEN, "0.00"));
        }

        @Test
        void eenVoortijdigBeeindigdArrangementKostNaarRatoVanDeDagenDatHetLiep() {
            var a = toegekendArrangementVanEenJaar();

            // 1 August 2026 to 31 January 2027 inclusive is 184 of the 365 days: 3650.00 x 184 / 365
            a.beeindigToekenning("de leerling gaat naar het SBO", LocalDate.of(2027, 1, 31), VANDAAG.plusDays(3), "Cora");

            assertThat(a.huidigBesluit().orElseThrow().bedrag()).isEqualByComparingTo("1840.00");
            assertThat(a.gebeurtenissen()).filteredOn(ArrangementGewijzigd.class::isInstance).map(ArrangementGewijzigd.class::cast).last()
                    .satisfies(e -> {
                        assertThat(e.wijziging()).isEqualTo(Toekenningswijziging.VOORTIJDIG_BEEINDIGD);
                        assertThat(e.totEnMet()).isEqualTo(LocalDate.of(2027, 1, 31));
                        assertThat(e.bedrag()).isEqualByComparingTo("1840.00");
                    });
        }

        @Test
        void intrekkenOfBeeindigenIsGeenUitkomstVanEenBesluitOpDeAanvraag() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            var ingetrokken = new Besluit(1, Besluituitkomst.INGETROKKEN, "zomaar", VANDAAG, "Cora", "aanvraag", null, null, null, null, "SO",
                    Bekostigingscategorie.LAAG, "PO2707", VANDAAG, null);

            assertThatThrownBy(() -> a.neemBesluit(ingetrokken, BELEID)).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("eigen stappen");
        }
    }

    @Nested
    class Bezwaren {

        @Test
        void eenTeLaatBezwaarWordtGemarkeerdMetDeTermijn() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.neemInBehandeling(COORDINATOR);
            a.neemBesluit(arrangementBesluit(1, Besluituitkomst.AFGEWEZEN), BELEID);

            var bezwaar = a.dienBezwaarIn(Bezwaar.Indiener.OUDERS, "oneens", VANDAAG.plusWeeks(6).plusDays(1));

            assertThat(bezwaar.termijnTot()).isEqualTo(VANDAAG.plusWeeks(6));
            assertThat(bezwaar.teLaat()).isTrue();
            assertThatThrownBy(() -> a.dienBezwaarIn(Bezwaar.Indiener.SCHOOL, "ook oneens", VANDAAG)).hasMessageContaining("loopt al een bezwaar");
        }

        @Test
        void opEenTlvBezwaarWordtBeslotenNaHetAdviesVanDeLbtEnEenGegrondBezwaarGeeftEenNieuweVersie() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.LAAG, VANDAAG, VANDAAG.plusYears(2)), BELEID);
            a.dienBezwaarIn(Bezwaar.Indiener.OUDERS, "categorie te laag", VANDAAG.plusWeeks(2));
            var nieuw = new Besluit(2, Besluituitkomst.TOEGEKEND_MET_AANPASSING, "LBT: categorie hoog", VANDAAG.plusWeeks(10), "Cora",
                    "beslissing op bezwaar", null, null, null, null, "SO", Bekostigingscategorie.HOOG, "PO2707", VANDAAG, VANDAAG.plusYears(2));

            assertThatThrownBy(() -> a.beslisOpBezwaar(true, false, "gegrond", nieuw, VANDAAG, BELEID))
                    .hasMessageContaining("advies van de bezwaaradviescommissie");
            assertThatThrownBy(() -> a.registreerLbtAdvies("hoog", VANDAAG)).hasMessageContaining("vraag eerst");
            a.vraagLbtAdvies(VANDAAG.plusWeeks(3));
            a.registreerLbtAdvies("De categorie hoog past bij de zorgbehoefte.", VANDAAG.plusWeeks(9));
            assertThatThrownBy(() -> a.beslisOpBezwaar(true, false, "gegrond", null, VANDAAG, BELEID)).hasMessageContaining("nieuw besluit");
            a.beslisOpBezwaar(true, false, "gegrond na advies LBT", nieuw, VANDAAG.plusWeeks(10), BELEID);

            assertThat(a.besluiten()).extracting(Besluit::categorie).containsExactly(Bekostigingscategorie.LAAG, Bekostigingscategorie.HOOG);
            assertThat(a.huidigBesluit()).get().extracting(Besluit::volgnummer).isEqualTo(2);
            assertThat(a.bezwaren().getFirst().beslissing()).isEqualTo(Bezwaar.Beslissing.GEGROND);
            assertThat(a.status()).isEqualTo(AanvraagStatus.BESLOTEN);
        }

        @Test
        void eenOngegrondBezwaarLaatHetBesluitStaan() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.neemInBehandeling(COORDINATOR);
            a.neemBesluit(arrangementBesluit(1, Besluituitkomst.AFGEWEZEN), BELEID);
            a.dienBezwaarIn(Bezwaar.Indiener.SCHOOL, "oneens", VANDAAG);
            a.beslisOpBezwaar(false, false, "de basisondersteuning volstaat", null, VANDAAG.plusWeeks(4), BELEID);

            assertThat(a.besluiten()).hasSize(1);
            assertThat(a.bezwaren().getFirst().beslissing()).isEqualTo(Bezwaar.Beslissing.ONGEGROND);
        }

        @Test
        void awb7_10_opEenTlvBezwaarWordtBinnenTwaalfWekenNaDeBezwaartermijnBeslistEenmaalZesWekenTeVerdagen() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.LAAG, VANDAAG, VANDAAG.plusYears(2)), BELEID);
            var bezwaar = a.dienBezwaarIn(Bezwaar.Indiener.ANDERE_BELANGHEBBENDE, "de ontvangende school is het oneens", VANDAAG.plusWeeks(2));
            assertThat(bezwaar.termijnTot()).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(bezwaar.beslissenUiterlijk(Aanvraagsoort.TLV_SO)).isEqualTo(LocalDate.of(2027, 3, 8));

            assertThatThrownBy(() -> a.verdaagBezwaar(" ", VANDAAG.plusWeeks(8))).hasMessageContaining("reden");
            a.verdaagBezwaar("het advies van de commissie komt later", VANDAAG.plusWeeks(8));

            assertThat(a.bezwaren().getFirst().beslissenUiterlijk(Aanvraagsoort.TLV_SO)).isEqualTo(LocalDate.of(2027, 4, 19));
            assertThatThrownBy(() -> a.verdaagBezwaar("nog eens", VANDAAG.plusWeeks(9))).hasMessageContaining("één keer");
        }

        @Test
        void awb7_10_opEenBezwaarTegenEenArrangementWordtBinnenZesWekenNaDeBezwaartermijnBeslist() {
            var a = ingediend(Aanvraagsoort.ARRANGEMENT);
            a.neemInBehandeling(COORDINATOR);
            a.neemBesluit(arrangementBesluit(1, Besluituitkomst.AFGEWEZEN), BELEID);

            assertThat(a.dienBezwaarIn(Bezwaar.Indiener.SCHOOL, "oneens", VANDAAG).beslissenUiterlijk(Aanvraagsoort.ARRANGEMENT))
                    .isEqualTo(LocalDate.of(2027, 1, 25));
        }

        @Test
        void awb7_13_hetAdviesVanDeCommissieWordtBinnenTweeWekenNaOntvangstGevraagd() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.LAAG, VANDAAG, VANDAAG.plusYears(2)), BELEID);
            var bezwaar = a.dienBezwaarIn(Bezwaar.Indiener.OUDERS, "categorie te laag", VANDAAG.plusWeeks(2));

            assertThat(bezwaar.adviesVragenUiterlijk()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(bezwaar.adviesTeLaatGevraagd(LocalDate.of(2026, 11, 30))).isFalse();
            assertThat(bezwaar.adviesTeLaatGevraagd(LocalDate.of(2026, 12, 1))).isTrue();
            a.vraagLbtAdvies(LocalDate.of(2026, 11, 25));
            assertThat(a.bezwaren().getFirst().adviesTeLaatGevraagd(LocalDate.of(2026, 12, 10))).as("op tijd gevraagd").isFalse();
        }

        @Test
        void awb7_17_zonderAdviesWordtAlleenBeslistAlsHetBezwaarVolledigWordtTegemoetgekomen() {
            var a = tlvMetTweeAdviezen(Aanvraagsoort.TLV_SO);
            a.neemBesluit(tlvBesluit("SO", Bekostigingscategorie.LAAG, VANDAAG, VANDAAG.plusYears(2)), BELEID);
            a.dienBezwaarIn(Bezwaar.Indiener.OUDERS, "categorie hoog nodig", VANDAAG.plusWeeks(2));
            var hoog = new Besluit(2, Besluituitkomst.TOEGEKEND_MET_AANPASSING, "categorie hoog, zoals gevraagd", VANDAAG.plusWeeks(3), "Cora",
                    "beslissing op bezwaar", null, null, null, null, "SO", Bekostigingscategorie.HOOG, "PO2707", VANDAAG, VANDAAG.plusYears(2));

            assertThatThrownBy(() -> a.beslisOpBezwaar(false, true, "ongegrond", null, VANDAAG.plusWeeks(3), BELEID))
                    .hasMessageContaining("alleen een gegrond bezwaar");
            a.beslisOpBezwaar(true, true, "gegrond: de ouders krijgen wat zij vroegen", hoog, VANDAAG.plusWeeks(3), BELEID);

            assertThat(a.bezwaren().getFirst().zonderAdviesTegemoetgekomen()).isTrue();
            assertThat(a.huidigBesluit().orElseThrow().categorie()).isEqualTo(Bekostigingscategorie.HOOG);
        }
    }
}
