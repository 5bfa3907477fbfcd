package nl.thuisnabij.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class ProfielTest {

    static final SwvCode UTRECHT_VO = new SwvCode("VO2601");

    @Autowired
    MockMvc mvc;
    @Autowired
    Register register;
    @Autowired
    UserDetailsService gebruikers;

    @Test
    void deTweedeVanTweeGelijktijdigeWijzigingenKrijgtEenConflictEnOverschrijftNiets() {
        int gelezen = register.bestaandSamenwerkingsverband(UTRECHT_VO).versie();
        register.wijzigProfiel(UTRECHT_VO, "Eerste naam", Contactgegevens.leeg(), gelezen);

        var conflict = org.assertj.core.api.Assertions.catchThrowable(
                () -> register.wijzigProfiel(UTRECHT_VO, "Tweede naam", Contactgegevens.leeg(), gelezen));

        assertThat(conflict).hasMessageStartingWith("Iemand anders heeft het profiel van Eerste naam intussen gewijzigd.");
        assertThat(register.bestaandSamenwerkingsverband(UTRECHT_VO).naam()).isEqualTo("Eerste naam");
    }

    @Test
    void deSwvBeheerderWijzigtHetProfielViaHetFormulier() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        int versie = register.bestaandSamenwerkingsverband(new SwvCode("PO2707")).versie();

        mvc.perform(post("/swv/PO2707/profiel").param("naam", "SWV Amsterdam-Diemen PO").param("email", "info@swv.example")
                        .param("postcode", "1011 ab").param("versie", String.valueOf(versie)).with(user(beheerder)).with(csrf()))
                .andExpect(redirectedUrl("/swv/PO2707/profiel"));

        var swv = register.bestaandSamenwerkingsverband(new SwvCode("PO2707"));
        assertThat(swv.naam()).isEqualTo("SWV Amsterdam-Diemen PO");
        assertThat(swv.contact().postcode()).isEqualTo("1011AB");
    }

    @Test
    void eenVerouderdFormulierToontEenConflictmeldingInPlaatsVanTeOverschrijven() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        int verouderd = register.bestaandSamenwerkingsverband(new SwvCode("PO2707")).versie() - 1;

        mvc.perform(post("/swv/PO2707/profiel").param("naam", "Verouderd").param("versie", String.valueOf(verouderd))
                        .with(user(beheerder)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Iemand anders heeft het profiel")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Verouderd\"")));
        assertThat(register.bestaandSamenwerkingsverband(new SwvCode("PO2707")).naam()).isNotEqualTo("Verouderd");
    }

    @Test
    void eenOngeldigePostcodeInHetProfielGeeftEenNederlandseFout() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        int versie = register.bestaandSamenwerkingsverband(new SwvCode("PO2707")).versie();

        mvc.perform(post("/swv/PO2707/profiel").param("naam", "Naam").param("postcode", "12").param("versie", String.valueOf(versie))
                        .with(user(beheerder)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is geen geldige postcode")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"fout-postcode\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"12\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Naam\"")));
    }
}
