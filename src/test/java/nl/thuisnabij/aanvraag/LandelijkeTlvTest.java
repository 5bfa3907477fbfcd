package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.LandelijkeSamenwerkingsverbanden;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SchoolImport;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * WEC art. 40 lid 11 onder c: a pupil who was at no school, registered at a school of a landelijk
 * SWV, gets the TLV of that landelijk SWV — not of the SWV of the area the pupil lives in.
 */
@IntegratieTest
@Transactional
class LandelijkeTlvTest {

    static final SwvCode LANDELIJK = new SwvCode("PO9001");

    @Autowired
    LandelijkeSamenwerkingsverbanden landelijke;
    @Autowired
    SchoolImport schoolImport;
    @Autowired
    Aanmeldingen aanmeldingen;
    @Autowired
    Aanvragen aanvragen;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eenLeerlingZonderSchoolAangemeldBijEenSchoolVanEenLandelijkSwvKrijgtDeTlvVanDatLandelijkSwv() {
        schoolImport.importeer(new ByteArrayInputStream("""
                BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;SOORT ONDERWIJS
                80001;88LA;88LA00;Basisschool De Richting;Kerkstraat;1;1011AB;AMSTERDAM;BO
                """.getBytes(StandardCharsets.UTF_8)));
        landelijke.legVast(LANDELIJK.waarde(), "Landelijk SWV De Richting", "88LA", null);
        long vestiging = jdbc.sql("select id from vestiging where brin = '88LA'").query(Long.class).single();
        jdbc.sql("insert into gebruiker (gebruikersnaam, naam, wachtwoord_hash, rollen, swv_code, vestiging_id) values ('ib-richting', 'IB De Richting', '{noop}niet-gebruikt', '{INTERN_BEGELEIDER}', ?, ?)")
                .params(LANDELIJK.waarde(), vestiging).update();
        var ib = gebruikers.loadUserByUsername("ib-richting");

        long aanmelding = aanmeldingen.registreer(LANDELIJK, vestiging, new NieuweLeerling("Ruben", "Richting", LocalDate.now().minusYears(6),
                Postcode.volledig("3511AB"), null), LocalDate.now().minusWeeks(1), LocalDate.now().plusWeeks(10), false, Map.of());
        long leerling = aanmeldingen.overzicht(LANDELIJK, vestiging, aanmelding, ib).leerling().id();
        long id = aanvragen.maakConcept(LANDELIJK, vestiging, leerling, Aanvraagsoort.TLV_SO, null);
        aanvragen.wijzigInhoud(LANDELIJK, id, versie(id), ib, "Welke plek past?", "Intensieve zorg.", "Observatie tijdens de aanmelding.", null);
        aanvragen.legOudergesprekVast(LANDELIJK, id, versie(id), ib, "De ouders willen een SO-plek.", true);
        aanvragen.dienIn(LANDELIJK, id, versie(id), ib);

        var tlvBevoegdheid = aanvragen.detail(LANDELIJK, id, ib).aanvraag().tlvBevoegdheid();
        assertThat(tlvBevoegdheid).as("woont in het gebied van PO2601, maar de school hoort bij het landelijk SWV")
                .contains("landelijk samenwerkingsverband", "WEC art. 40 lid 11 en 13, onder c");
    }

    private int versie(long id) {
        return jdbc.sql("select versie from aanvraag where id = ?").param(id).query(Integer.class).single();
    }
}
