package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.aanvraag.TlvBevoegdheid.Grond;
import nl.thuisnabij.aanvraag.TlvBevoegdheid.Inschrijving;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/** Which SWV decides a TLV: WEC art. 40 lid 11 (SO) and 13 (VSO), WPO art. 40 lid 8 (SBO). */
class TlvBevoegdheidTest {

    static final LocalDate DATUM = LocalDate.of(2024, 8, 20);

    static Inschrijving school(Schoolsoort soort, String swv, LocalDate tot) {
        return new Inschrijving(soort, swv, soort + " in " + swv, DATUM, tot);
    }

    @Test
    void wec40lid11a_deVerwijzerBetaalt_hetSwvVanDeBasisschoolWaarDeLeerlingIngeschrevenStaat() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, null, List.of(school(Schoolsoort.BO, "PO2707", null)), "PO2601",
                "3511 AB", null);

        assertThat(uitkomst.swv()).as("niet het SWV van het woonadres").isEqualTo("PO2707");
        assertThat(uitkomst.grond()).isEqualTo(Grond.VORIGE_SCHOOL);
        assertThat(uitkomst.toelichting()).contains("WEC art. 40 lid 11", "ingeschreven op BO in PO2707");
    }

    @Test
    void wec40lid11a_eenAangemeldeLeerlingVanEenSchoolInEenAnderSwvKrijgtDeTlvVanDatSwv() {
        var historie = List.of(school(Schoolsoort.BO, "PO2601", null));

        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, null, historie, "PO2707", "1016 AB", null);

        assertThat(uitkomst.swv()).isEqualTo("PO2601");
    }

    @Test
    void wec40lid11a_deLaatsteSchoolTeltAlsDeLeerlingNuNergensStaatIngeschreven() {
        var historie = List.of(school(Schoolsoort.BO, "PO2601", DATUM.plusYears(1)), school(Schoolsoort.SBO, "PO2707", DATUM.plusYears(3)));

        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, null, historie, "PO2601", "3511 AB", null);

        assertThat(uitkomst.swv()).isEqualTo("PO2707");
        assertThat(uitkomst.feit()).startsWith("laatst ingeschreven op SBO");
    }

    @Test
    void wec40lid13a_voorVsoTeltDeSchoolVoorVoortgezetOnderwijsOokPraktijkonderwijs() {
        var historie = List.of(school(Schoolsoort.BO, "PO2707", DATUM.plusYears(1)), school(Schoolsoort.PRO, "VO2708", null));

        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_VSO, "VO2601", false, null, historie, "VO2601", "3511 AB", null);

        assertThat(uitkomst.swv()).as("de basisschool telt niet voor het vso").isEqualTo("VO2708");
    }

    @Test
    void overPraktijkonderwijsEnLwooBeslistHetVoSwvVanDeSchoolVanAanmeldingOfInschrijving() {
        var pro = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_PRO, "VO2701", false, null, List.of(school(Schoolsoort.BO, "PO2601", null)), "VO2601", "3511 AB",
                null);
        var lwoo = TlvBevoegdheid.bepaal(Aanvraagsoort.LWOO, "VO2701", false, null, List.of(), "VO2601", "3511 AB", null);

        assertThat(pro.swv()).isEqualTo("VO2701");
        assertThat(pro.grond()).isEqualTo(Grond.PRO_LWOO);
        assertThat(lwoo.swv()).isEqualTo("VO2701");
    }

    @Test
    void wec40lid11b_eenLeerlingUitHetBuitenlandZonderSchoolInNederlandKrijgtDeTlvVanHetSwvVanDeSchoolVanAanmelding() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, null, List.of(), null, null, "België");

        assertThat(uitkomst.swv()).isEqualTo("PO2707");
        assertThat(uitkomst.grond()).isEqualTo(Grond.BUITENLAND);
        assertThat(uitkomst.toelichting()).contains("buitenland", "woont in België");
    }

    @Test
    void wec40lid11a_eenLeerlingUitHetBuitenlandDieHierOpSchoolStondKrijgtDeTlvVanDieSchool() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, null, List.of(school(Schoolsoort.BO, "PO2601", null)), null, null,
                "Duitsland");

        assertThat(uitkomst.swv()).isEqualTo("PO2601");
        assertThat(uitkomst.grond()).isEqualTo(Grond.VORIGE_SCHOOL);
    }

    @Test
    void wec40lid11b_eenLeerlingZonderSchoolKrijgtDeTlvVanHetSwvVanZijnWoonadres() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, null, List.of(), "PO2601", "3511 AB", null);

        assertThat(uitkomst.swv()).isEqualTo("PO2601");
        assertThat(uitkomst.grond()).isEqualTo(Grond.WOONADRES);
        assertThat(uitkomst.feit()).contains("3511 AB");
        assertThatThrownBy(() -> TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, null, List.of(), null, "3197 AA", null))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("3197 AA");
    }

    @Test
    void wec40lid11c_eenLeerlingZonderSchoolAangemeldBijEenSchoolVanEenLandelijkSwvKrijgtDeTlvVanDatLandelijkSwv() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO9001", true, null, List.of(), "PO2601", "3511 AB", null);

        assertThat(uitkomst.swv()).as("niet het SWV van het woonadres").isEqualTo("PO9001");
        assertThat(uitkomst.grond()).isEqualTo(Grond.LANDELIJK);
        assertThat(uitkomst.toelichting()).contains("landelijk samenwerkingsverband", "onder c");
    }

    @Test
    void wec40lid13a_ookBijEenLandelijkSwvBetaaltDeVerwijzerAlsDeLeerlingOpEenSchoolStond() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_VSO, "VO9001", true, null, List.of(school(Schoolsoort.VO, "VO2601", null)), "VO2601",
                "3511 AB", null);

        assertThat(uitkomst.swv()).isEqualTo("VO2601");
        assertThat(uitkomst.grond()).isEqualTo(Grond.VORIGE_SCHOOL);
    }

    @Test
    void wpo40lid8_eenSboTlvKomtVanHetSwvWaartoeDeSboSchoolBehoort() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SBO, "PO2707", false, null, List.of(school(Schoolsoort.BO, "PO2601", null)), "PO2601",
                "3511 AB", null);

        assertThat(uitkomst.swv()).isEqualTo("PO2707");
        assertThat(uitkomst.grond()).isEqualTo(Grond.SBO);
    }

    @Test
    void eenVervolgTlvKomtVanHetSwvDatDeEerdereAfgaf() {
        var uitkomst = TlvBevoegdheid.bepaal(Aanvraagsoort.TLV_SO, "PO2707", false, "PO2707", List.of(school(Schoolsoort.SO, "PO2601", null)), "PO2601",
                "3511 AB", null);

        assertThat(uitkomst.swv()).isEqualTo("PO2707");
        assertThat(uitkomst.grond()).isEqualTo(Grond.VERVOLG);
    }
}
