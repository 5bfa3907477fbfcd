package nl.thuisnabij.ondersteuning;

import static nl.thuisnabij.Formuliercontrole.met;
import static nl.thuisnabij.Formuliercontrole.velden;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Set;
import nl.thuisnabij.Formuliercontrole;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A school's support profile and the SWV's catalogue come back whole when refused, with the message at the field. */
@IntegratieTest
class OndersteuningsformulierenTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Catalogus catalogus;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eenProfielZonderNiveauBijEenDomeinKomtTerugMetAllesWatGetyptIs() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        var formulier = new Formuliercontrole(mvc);
        var pad = "/swv/PO2707/vestigingen/%d/ondersteuningsprofiel".formatted(ib.vestigingId());
        var domeinen = catalogus.actieveDomeinen(SWV);
        var profiel = new LinkedHashMap<>(velden("schooljaar", "2031-2032", "vastgesteldOp", LocalDate.now().toString(),
                "beschikbarePlaatsen", "4", "toelichting", "Getypte toelichting bij het profiel"));
        var keuzes = new java.util.HashSet<String>();
        for (var domein : domeinen) {
            profiel.put("niveau[" + domein.id() + "]", domein.vereistNiveau().name());
            profiel.put("expertise[" + domein.id() + "]", "Getypte expertise " + domein.id());
            keuzes.add("niveau[" + domein.id() + "]");
        }
        var laatste = "niveau[" + domeinen.getLast().id() + "]";
        long profielenVoor = jdbc.sql("select count(*) from schoolondersteuningsprofiel").query(Long.class).single();

        formulier.weigert(ib, pad, met(profiel, laatste, ""), laatste, keuzes);
        formulier.weigert(ib, pad, met(profiel, laatste, "ALLES"), laatste, keuzes);
        formulier.weigert(ib, pad, met(profiel, "beschikbarePlaatsen", "vier"), "beschikbarePlaatsen", keuzes);
        formulier.weigert(ib, pad, met(profiel, "vastgesteldOp", LocalDate.now().plusDays(5).toString()), "vastgesteldOp", keuzes);

        assertThat(jdbc.sql("select count(*) from schoolondersteuningsprofiel").query(Long.class).single()).isEqualTo(profielenVoor);
    }

    @Test
    void eenDomeinMetEenOnbekendNiveauKomtTerugMetDeGetypteNaam() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var formulier = new Formuliercontrole(mvc);
        formulier.weigert(coordinator, "/swv/PO2707/ondersteuningsdomeinen", velden("naam", "Getypt domein", "vereistNiveau", "HEEL_VEEL"),
                "vereistNiveau", Set.of("vereistNiveau"));
        formulier.weigert(coordinator, "/swv/PO2707/ondersteuningsdomeinen", velden("naam", "", "vereistNiveau", "BASIS"), "naam",
                Set.of("vereistNiveau"));
    }
}
