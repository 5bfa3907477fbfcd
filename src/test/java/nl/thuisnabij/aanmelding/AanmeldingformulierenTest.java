package nl.thuisnabij.aanmelding;

import static nl.thuisnabij.Formuliercontrole.met;
import static nl.thuisnabij.Formuliercontrole.velden;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.thuisnabij.Formuliercontrole;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forms of the zorgplicht come back whole when refused: the registration, each step of a
 * registration and the SWV's holidays, with the message at the field and nothing saved.
 */
@IntegratieTest
class AanmeldingformulierenTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Catalogus catalogus;
    @Autowired
    Aanmeldingen aanmeldingen;
    @Autowired
    JdbcClient jdbc;

    Gebruiker ib;
    Formuliercontrole formulier;
    String pad;

    @BeforeEach
    void school() {
        ib = gebruikers.loadUserByUsername("ib");
        formulier = new Formuliercontrole(mvc);
        pad = "/swv/PO2707/vestigingen/%d/aanmeldingen".formatted(ib.vestigingId());
    }

    @Test
    void eenGeweigerdeAanmeldingKomtTerugMetAllesWatGetyptIsEnLaatGeenLeerlingAchter() throws Exception {
        long leerlingenVoor = jdbc.sql("select count(*) from leerling").query(Long.class).single();
        var domein = catalogus.actieveDomeinen(SWV).getFirst().id();
        var aanmelding = velden("voornaam", "Getypt", "achternaam", "Formulier", "geboortedatum", "2018-03-02", "postcode", "1016 AB",
                "datumAanmelding", LocalDate.now().minusDays(3).toString(), "gewensteStartdatum", LocalDate.now().plusMonths(2).toString(),
                "ondersteuningsbehoefte", "true", "behoefte[" + domein + "]", "EXTRA");

        formulier.weigert(ib, pad, met(aanmelding, "postcode", "10"), "postcode", Set.of("ondersteuningsbehoefte", "behoefte[" + domein + "]"));
        formulier.weigert(ib, pad, met(aanmelding, "geboortedatum", ""), "geboortedatum", Set.of("ondersteuningsbehoefte", "behoefte[" + domein + "]"));
        formulier.weigert(ib, pad, met(aanmelding, "datumAanmelding", "gisteren"), "datumAanmelding",
                Set.of("ondersteuningsbehoefte", "behoefte[" + domein + "]"));
        formulier.weigert(ib, pad, met(aanmelding, "behoefte[" + domein + "]", "VEEL"), "behoefte[" + domein + "]",
                Set.of("ondersteuningsbehoefte", "behoefte[" + domein + "]"));
        formulier.weigert(ib, pad, met(aanmelding, "datumAanmelding", LocalDate.now().plusDays(2).toString()), "datumAanmelding",
                Set.of("ondersteuningsbehoefte", "behoefte[" + domein + "]"));

        assertThat(jdbc.sql("select count(*) from leerling").query(Long.class).single()).isEqualTo(leerlingenVoor);
    }

    @Test
    void deStappenVanEenAanmeldingKomenTerugMetDeFoutBijHetVeld() throws Exception {
        long id = aanmeldingen.registreer(SWV, ib.vestigingId(), new NieuweLeerling("Stap", "Formulier", LocalDate.now().minusYears(7),
                Postcode.volledig("1016AB"), null), LocalDate.now().minusDays(1), LocalDate.now().plusMonths(1), true, Map.of());
        var stap = pad + "/" + id + "/";
        var versie = String.valueOf(versie(id));

        formulier.weigert(ib, stap + "verlengen", velden("versie", versie, "reden", " "), "reden", Set.of());
        formulier.weigert(ib, stap + "besluit", velden("versie", versie, "uitkomst", "NIET_TOEGELATEN", "toelichting", ""), "toelichting",
                Set.of("uitkomst"));
        formulier.weigert(ib, stap + "besluit", velden("versie", versie, "uitkomst", "MISSCHIEN", "toelichting", "Getypte motivering"), "uitkomst",
                Set.of("uitkomst"));
        formulier.weigert(ib, stap + "zorgplicht-beeindigen", velden("versie", versie, "reden", "Getypte reden", "bevestigd", ""), "bevestigd",
                Set.of());
        formulier.weigert(ib, stap + "onderzoek", velden("versie", versie, "onderzoek", "o".repeat(20_001)), "onderzoek", Set.of());

        assertThat(versie(id)).as("niets opgeslagen").isEqualTo(Integer.parseInt(versie));
    }

    @Test
    void eenVakantieMetEenEinddatumVoorHetBeginKomtTerugMetDeFoutBijDeEinddatum() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        formulier.weigert(beheerder, "/swv/PO2707/zorgplicht/vakanties", velden("naam", "Getypte vakantie", "van", "2026-12-19",
                "totEnMet", "2026-12-01"), "totEnMet", Set.of());
        formulier.weigert(beheerder, "/swv/PO2707/zorgplicht/vakanties", velden("naam", "Getypte vakantie", "van", "19-12-2026",
                "totEnMet", "31-12"), "totEnMet", Set.of());
    }

    @Test
    void tweeKeerTegelijkVerstuurdIsEenAanmelding() throws Exception {
        long voor = jdbc.sql("select count(*) from aanmelding").query(Long.class).single();
        var sleutel = java.util.UUID.randomUUID().toString();
        var start = new java.util.concurrent.CountDownLatch(1);
        var taken = java.util.concurrent.Executors.newFixedThreadPool(2);
        var antwoorden = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        for (int i = 0; i < 2; i++) {
            antwoorden.add(taken.submit(() -> {
                start.await();
                return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pad)
                                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(ib))
                                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                                .param("voornaam", "Tegelijk").param("achternaam", "Verstuurd").param("geboortedatum", "2018-04-05")
                                .param("postcode", "1016 AB").param("datumAanmelding", LocalDate.now().toString())
                                .param("gewensteStartdatum", LocalDate.now().plusMonths(3).toString()).param("eenmalig", sleutel))
                        .andReturn().getResponse().getRedirectedUrl();
            }));
        }
        start.countDown();
        var adressen = new java.util.HashSet<String>();
        for (var antwoord : antwoorden) {
            adressen.add(antwoord.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        taken.shutdown();

        assertThat(adressen).as("beide naar dezelfde aanmelding").hasSize(1).allMatch(a -> a.matches(".*/aanmeldingen/\\d+"));
        assertThat(jdbc.sql("select count(*) from aanmelding").query(Long.class).single()).isEqualTo(voor + 1);
    }

    private int versie(long id) {
        return jdbc.sql("select versie from aanmelding where id = ?").param(id).query(Integer.class).single();
    }
}
