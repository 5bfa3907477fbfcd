package nl.thuisnabij.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The budget of an SWV for school year 2015–2016, worked out by hand with the amounts of the
 * Regeling of 15-10-2015 (regels.md, "Funding"). A financial employee can check every line:
 *
 * <pre>
 * Teldatum 1-10-2014, leerlingtelling peiljaar 2014: bo 9.500, sbo 250, so 180 (so telt niet mee)
 *
 * BATEN                                   leerlingen   per leerling          totaal
 *   lichte ondersteuning                       9.750       € 156,61   € 1.526.947,50
 *   zware ondersteuning                        9.750       € 318,83   € 3.108.592,50
 *   totaal                                                            € 4.635.540,00
 *
 * INHOUDINGEN DOOR DUO
 *   SO, jonger dan 8, laag (6 en 7 jaar)           2     € 9.059,77      € 18.119,54
 *   SO, 8 en ouder, midden (8 op de teldatum)      1    € 14.381,55      € 14.381,55
 *   VSO, hoog                                      1    € 20.186,72      € 20.186,72
 *   SBO boven 2 % (2 % van 9.750 = 195; 250-195)  55     € 4.268,84     € 234.786,20
 *   totaal                                                              € 287.474,01
 *
 * BESCHIKBAAR  4.635.540,00 - 287.474,01                              € 4.348.065,99
 *
 * VERPLICHT (arrangementen, deel in 1-8-2015 t/m 31-7-2016)
 *   school A  € 3.650,00, 1-8-2015 t/m 31-7-2016, geheel                 € 3.650,00
 *   school A  € 1.000,00, 1-6-2016 t/m 31-8-2016: 61 van 92 dagen          € 663,04
 *   school B  €   500,00, 1-3-2015 t/m 31-7-2015: niet in dit jaar      (telt niet)
 *   totaal                                                                € 4.313,04
 *
 * NOG VRIJ     4.348.065,99 - 4.313,04                                 € 4.343.752,95
 *
 * GEREALISEERD (betaald, factuurdatum in het jaar)
 *   school A  factuur 1-3-2016                                            € 1.200,00
 *   school A  factuur 15-8-2016: na het jaar                            (telt niet)
 *   school B  factuur 1-9-2015, op het arrangement van vorig jaar           € 450,00
 *   totaal                                                                € 1.650,00
 *
 * PER SCHOOL            arrangementen   verplicht in het jaar   gerealiseerd
 *   school A                        2              € 4.313,04     € 1.200,00
 *   school B                        0                  € 0,00       € 450,00
 * </pre>
 */
class BegrotingTest {

    static final Bekostigingsjaar JAAR = new Bekostigingsjaar("2015-2016");
    static final LocalDate TELDATUM = LocalDate.of(2014, 10, 1);

    static Map<Bedragsoort, Bedrag> bedragen2015() {
        var bedragen = new EnumMap<Bedragsoort, Bedrag>(Bedragsoort.class);
        bedragen.put(Bedragsoort.LICHTE_ONDERSTEUNING, Bedrag.van("156.61"));
        bedragen.put(Bedragsoort.ZWARE_ONDERSTEUNING, Bedrag.van("318.83"));
        bedragen.put(Bedragsoort.SO_JONGER_DAN_8_LAAG, Bedrag.van("9059.77"));
        bedragen.put(Bedragsoort.SO_JONGER_DAN_8_MIDDEN, Bedrag.van("13281.76"));
        bedragen.put(Bedragsoort.SO_JONGER_DAN_8_HOOG, Bedrag.van("20228.81"));
        bedragen.put(Bedragsoort.SO_8_EN_OUDER_LAAG, Bedrag.van("8220.95"));
        bedragen.put(Bedragsoort.SO_8_EN_OUDER_MIDDEN, Bedrag.van("14381.55"));
        bedragen.put(Bedragsoort.SO_8_EN_OUDER_HOOG, Bedrag.van("21328.60"));
        bedragen.put(Bedragsoort.VSO_LAAG, Bedrag.van("9144.59"));
        bedragen.put(Bedragsoort.VSO_MIDDEN, Bedrag.van("16229.51"));
        bedragen.put(Bedragsoort.VSO_HOOG, Bedrag.van("20186.72"));
        bedragen.put(Bedragsoort.SBO_BOVEN_DREMPEL, Bedrag.van("4268.84"));
        return bedragen;
    }

    static Bekostigingsregeling regeling2015() {
        return new Bekostigingsregeling(JAAR, TELDATUM, new BigDecimal("2"), "Regeling 15-10-2015, PO/FenV/813493", bedragen2015(), 0);
    }

    static Begroting.TlvOpTeldatum tlv(long id, String soort, Bekostigingscategorie categorie, LocalDate geboren) {
        return new Begroting.TlvOpTeldatum(id, 100 + id, "Leerling " + id, geboren, soort, categorie, LocalDate.of(2014, 8, 1), LocalDate.of(2016, 7, 31));
    }

    static Begroting uitgewerktVoorbeeld() {
        var telling = new Leerlingtelling(2014, Map.of(TypePo.BO, 9_500, TypePo.SBO, 250, TypePo.SO, 180));
        var tlvs = List.of(
                tlv(1, "SO", Bekostigingscategorie.LAAG, LocalDate.of(2008, 3, 15)),
                tlv(2, "SO", Bekostigingscategorie.LAAG, LocalDate.of(2007, 5, 1)),
                tlv(3, "SO", Bekostigingscategorie.MIDDEN, LocalDate.of(2006, 10, 1)),
                tlv(4, "VSO", Bekostigingscategorie.HOOG, LocalDate.of(2001, 1, 1)));
        var verplichtingen = List.of(
                new Begroting.Verplichting(10, 1, Bedrag.van("3650.00"), LocalDate.of(2015, 8, 1), LocalDate.of(2016, 7, 31)),
                new Begroting.Verplichting(11, 1, Bedrag.van("1000.00"), LocalDate.of(2016, 6, 1), LocalDate.of(2016, 8, 31)),
                new Begroting.Verplichting(12, 2, Bedrag.van("500.00"), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 7, 31)));
        var realisaties = List.of(
                new Begroting.Realisatie(10, 1, LocalDate.of(2016, 3, 1), Bedrag.van("1200.00")),
                new Begroting.Realisatie(11, 1, LocalDate.of(2016, 8, 15), Bedrag.van("300.00")),
                new Begroting.Realisatie(12, 2, LocalDate.of(2015, 9, 1), Bedrag.van("450.00")));
        return Begroting.bereken(regeling2015(), telling, tlvs, verplichtingen, realisaties);
    }

    @Test
    void hetUitgewerkteVoorbeeldVan2015TotDeCentKlopt() {
        var b = uitgewerktVoorbeeld();

        assertThat(b.baten()).extracting(r -> r.omschrijving(), r -> r.aantal(), r -> r.totaal().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Bedragsoort.LICHTE_ONDERSTEUNING.omschrijving(), 9_750L, "€ 1.526.947,50"),
                org.assertj.core.groups.Tuple.tuple(Bedragsoort.ZWARE_ONDERSTEUNING.omschrijving(), 9_750L, "€ 3.108.592,50"));
        assertThat(b.totaalBaten()).hasToString("€ 4.635.540,00");
        assertThat(b.inhoudingen()).extracting(r -> r.aantal(), r -> r.totaal().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "€ 18.119,54"),
                org.assertj.core.groups.Tuple.tuple(1L, "€ 14.381,55"),
                org.assertj.core.groups.Tuple.tuple(1L, "€ 20.186,72"),
                org.assertj.core.groups.Tuple.tuple(55L, "€ 234.786,20"));
        assertThat(b.totaalInhoudingen()).hasToString("€ 287.474,01");
        assertThat(b.beschikbaar()).hasToString("€ 4.348.065,99");
        assertThat(b.perSchool()).extracting(s -> s.vestigingId(), s -> s.arrangementen(), s -> s.bedrag().toString(), s -> s.gerealiseerd().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2, "€ 4.313,04", "€ 1.200,00"),
                        org.assertj.core.groups.Tuple.tuple(2L, 0, "€ 0,00", "€ 450,00"));
        assertThat(b.gerealiseerd()).hasToString("€ 1.650,00");
        assertThat(b.verplicht()).hasToString("€ 4.313,04");
        assertThat(b.nogVrij()).hasToString("€ 4.343.752,95");
        assertThat(b.waarschuwingen()).isEmpty();
    }

    @Test
    void eenSoLeerlingTeltAlsAchtJarigVanafDeAchtsteVerjaardagOpOfVoorDeTeldatum() {
        var b = uitgewerktVoorbeeld();

        assertThat(b.leerlingen()).extracting(i -> i.tlv().aanvraagId(), Begroting.Inhouding::leeftijdOpTeldatum, Begroting.Inhouding::soort)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 6, Bedragsoort.SO_JONGER_DAN_8_LAAG),
                        org.assertj.core.groups.Tuple.tuple(2L, 7, Bedragsoort.SO_JONGER_DAN_8_LAAG),
                        org.assertj.core.groups.Tuple.tuple(3L, 8, Bedragsoort.SO_8_EN_OUDER_MIDDEN),
                        org.assertj.core.groups.Tuple.tuple(4L, 13, Bedragsoort.VSO_HOOG));
    }

    @Test
    void zonderSboDrempelHoudtDuoNietsAfVoorHetSbo() {
        var zonder = new Bekostigingsregeling(JAAR, TELDATUM, null, "bron", bedragen2015(), 0);
        var b = Begroting.bereken(zonder, new Leerlingtelling(2014, Map.of(TypePo.BO, 100, TypePo.SBO, 50)), List.of(), List.of(), List.of());

        assertThat(b.inhoudingen()).isEmpty();
        assertThat(b.beschikbaar()).hasToString("€ 71.316,00");
    }

    @Test
    void deSboInhoudingMaaktDeLichteOndersteuningNooitNegatief() {
        var nul = new Bekostigingsregeling(new Bekostigingsjaar("2024"), LocalDate.of(2024, 2, 1), BigDecimal.ZERO, "bron", bedragen2015(), 0);
        var b = Begroting.bereken(nul, new Leerlingtelling(2024, Map.of(TypePo.BO, 100, TypePo.SBO, 50)), List.of(), List.of(), List.of());

        // 150 x 156,61 = 23.491,50 lichte ondersteuning; 50 x 4.268,84 = 213.442,00 would be more
        assertThat(b.inhoudingen()).singleElement().satisfies(r -> assertThat(r.totaal()).hasToString("€ 23.491,50"));
    }

    @Test
    void eenOntbrekendBedragWordtGemeldInPlaatsVanStilNulGerekend() {
        var bedragen = new EnumMap<>(bedragen2015());
        bedragen.remove(Bedragsoort.VSO_HOOG);
        var regeling = new Bekostigingsregeling(JAAR, TELDATUM, null, "bron", bedragen, 0);

        var b = Begroting.bereken(regeling, new Leerlingtelling(2014, Map.of(TypePo.BO, 10)),
                List.of(tlv(4, "VSO", Bekostigingscategorie.HOOG, LocalDate.of(2001, 1, 1))), List.of(), List.of());

        assertThat(b.waarschuwingen()).singleElement().asString().contains("VSO, categorie hoog").contains("ontbreekt");
    }

    @Test
    void zonderLeerlingtellingZegtHetOverzichtDatErNietsIsIngelezen() {
        var b = Begroting.bereken(regeling2015(), new Leerlingtelling(2014, Map.of()), List.of(), List.of(), List.of());

        assertThat(b.totaalBaten()).isEqualTo(Bedrag.NUL);
        assertThat(b.waarschuwingen()).anySatisfy(w -> assertThat(w).contains("geen leerlingtelling van 2014"));
    }

    @Test
    void eenScenarioMetTienExtraSoLeerlingenMiddenRekentOpEenKopieEnLaatDeEchteInvoerStaan() {
        var telling = new Leerlingtelling(2014, Map.of(TypePo.BO, 9_500, TypePo.SBO, 250));
        var tlvs = List.of(tlv(3, "SO", Bekostigingscategorie.MIDDEN, LocalDate.of(2006, 10, 1)));
        var scenario = new Scenario(Map.of(Bedragsoort.SO_8_EN_OUDER_MIDDEN, 10), -100, 0, Bedrag.van("25000.00"));

        var echt = Begroting.bereken(regeling2015(), telling, tlvs, List.of(), List.of());
        var anders = Begroting.bereken(regeling2015(), scenario.pasToe(telling), scenario.pasToe(tlvs, TELDATUM), scenario.pasToe(List.of(), JAAR), List.of());

        // 10 x 14.381,55 = 143.815,50 more deducted; 100 pupils fewer x 475,44 = 47.544,00 less income;
        // the SBO threshold falls from 195 to 193 (2 % of 9.650): 2 x 4.268,84 = 8.537,68 more deducted
        assertThat(anders.totaalInhoudingen().min(echt.totaalInhoudingen())).isEqualTo(Bedrag.van("152353.18"));
        assertThat(echt.totaalBaten().min(anders.totaalBaten())).isEqualTo(Bedrag.van("47544.00"));
        assertThat(anders.verplicht()).isEqualTo(Bedrag.van("25000.00"));
        assertThat(telling.aantal(TypePo.BO)).as("de echte telling is niet veranderd").isEqualTo(9_500);
        assertThat(tlvs).hasSize(1);
    }

    @Test
    void wpo125b_tot2023HieldDuoOokDeGroeiVanHetVsoTotDeTweedeTeldatumAf() {
        var regeling = new Bekostigingsregeling(JAAR, TELDATUM, null, "Regeling 15-10-2015", bedragen2015(), 0, LocalDate.of(2015, 2, 1));
        var opTeldatum = List.of(tlv(4, "VSO", Bekostigingscategorie.HOOG, LocalDate.of(2001, 1, 1)),
                tlv(5, "SO", Bekostigingscategorie.MIDDEN, LocalDate.of(2005, 1, 1)));
        var opGroeidatum = List.of(tlv(4, "VSO", Bekostigingscategorie.HOOG, LocalDate.of(2001, 1, 1)),
                tlv(6, "VSO", Bekostigingscategorie.HOOG, LocalDate.of(2000, 5, 1)), tlv(7, "VSO", Bekostigingscategorie.HOOG, LocalDate.of(2001, 9, 1)),
                tlv(8, "SO", Bekostigingscategorie.LAAG, LocalDate.of(2008, 6, 1)));

        var b = Begroting.bereken(regeling, new Leerlingtelling(2014, Map.of()), opTeldatum, opGroeidatum, List.of(), List.of(), List.of());

        // VSO hoog 1 -> 3: 2 x 20.186,72; SO laag (6 jaar op 1-2-2015) 0 -> 1: 9.059,77; SO midden 1 -> 0 geeft niets terug
        assertThat(b.inhoudingen()).filteredOn(r -> r.omschrijving().startsWith("Groei")).extracting(r -> r.aantal(), r -> r.totaal().toString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2L, "€ 40.373,44"), org.assertj.core.groups.Tuple.tuple(1L, "€ 9.059,77"));
    }

    @Test
    void eigenKostenGaanAfVanWatNogVrijIs() {
        var kosten = List.of(new Begroting.Kostenpost(1, "Personeel loket", Bedrag.van("120000.00")), new Begroting.Kostenpost(2, "Huisvesting",
                Bedrag.van("30000.50")));
        var zonder = uitgewerktVoorbeeld();
        var met = Begroting.bereken(regeling2015(), zonder.telling(), List.of(), List.of(), List.of(), List.of(), kosten);

        assertThat(met.totaalEigenKosten()).hasToString("€ 150.000,50");
        assertThat(met.nogVrij()).isEqualTo(met.beschikbaar().min(Bedrag.van("150000.50")));
    }

    @Test
    void eenTellingZonderCijfersWordtDoorgetrokkenMetDeVeranderingTussenDeLaatsteTwee() {
        var tellingen = List.of(new Leerlingtelling(2024, Map.of(TypePo.BO, 9_000, TypePo.SBO, 200)),
                new Leerlingtelling(2026, Map.of(TypePo.BO, 9_400, TypePo.SBO, 190)));

        var over2Jaar = Budgetten.doorgetrokken(tellingen, 2028);

        assertThat(over2Jaar.aantal(TypePo.BO)).as("200 per jaar erbij").isEqualTo(9_800);
        assertThat(over2Jaar.aantal(TypePo.SBO)).as("5 per jaar eraf").isEqualTo(180);
        assertThat(Budgetten.doorgetrokken(tellingen.subList(0, 1), 2030).aantal(TypePo.BO)).as("één telling: gelijk").isEqualTo(9_000);
    }

    @Nested
    class RegelsAlsGegevens {

        @Test
        void eenBekostigingsjaarIsEenSchooljaarTot2023OfEenKalenderjaar() {
            assertThat(new Bekostigingsjaar("2015-2016").begin()).isEqualTo(LocalDate.of(2015, 8, 1));
            assertThat(new Bekostigingsjaar("2015-2016").einde()).isEqualTo(LocalDate.of(2016, 7, 31));
            assertThat(new Bekostigingsjaar("2024").begin()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(new Bekostigingsjaar("2024").einde()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThatThrownBy(() -> new Bekostigingsjaar("2015-2017")).isInstanceOf(OngeldigeInvoerException.class);
            assertThatThrownBy(() -> new Bekostigingsjaar("2013")).hasMessageContaining("2014");
        }

        @Test
        void deTeldatumLigtInHetJaarOfInHetJaarErvoor() {
            assertThatThrownBy(() -> new Bekostigingsregeling(JAAR, LocalDate.of(2016, 10, 1), null, "bron", Map.of(), 0))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("teldatum");
            assertThatThrownBy(() -> new Bekostigingsregeling(JAAR, LocalDate.of(2013, 10, 1), null, "bron", Map.of(), 0))
                    .isInstanceOf(OngeldigeInvoerException.class);
        }

        @Test
        void elkeRegelingNoemtHaarBron() {
            assertThatThrownBy(() -> new Bekostigingsregeling(JAAR, TELDATUM, null, " ", Map.of(), 0)).hasMessageContaining("bron");
        }

        @Test
        void eenSboDrempelZonderBedragPerLeerlingWordtGeweigerd() {
            assertThatThrownBy(() -> new Bekostigingsregeling(JAAR, TELDATUM, new BigDecimal("2"), "bron", Map.of(), 0))
                    .hasMessageContaining("bedrag per leerling boven de drempel");
        }

        @Test
        void bedragenWordenGelezenZoalsMensenZeTypen() {
            assertThat(Bedrag.lees("x", "9.059,77")).isEqualTo(Bedrag.van("9059.77"));
            assertThat(Bedrag.lees("x", "€ 9059,77")).isEqualTo(Bedrag.van("9059.77"));
            assertThat(Bedrag.lees("x", "9059.77")).isEqualTo(Bedrag.van("9059.77"));
            assertThat(Bedrag.lees("x", "1.000")).isEqualTo(Bedrag.van("1000"));
            assertThatThrownBy(() -> Bedrag.lees("x", "9,059,77")).isInstanceOf(OngeldigeInvoerException.class);
            assertThatThrownBy(() -> Bedrag.van("1.234")).hasMessageContaining("twee cijfers");
        }
    }
}
