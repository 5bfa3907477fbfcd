package nl.thuisnabij.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.thuisnabij.IntegratieTest;
import org.springframework.mock.web.MockMultipartFile;
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
        register.wijzigProfiel(UTRECHT_VO, "Eerste naam", Contactgegevens.leeg(), null, gelezen);

        var conflict = org.assertj.core.api.Assertions.catchThrowable(
                () -> register.wijzigProfiel(UTRECHT_VO, "Tweede naam", Contactgegevens.leeg(), null, gelezen));

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
    void eenTeLichteHuisstijlkleurWordtGeweigerdEnEenDonkereKleurtDeOpenbarePagina() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        int versie = register.bestaandSamenwerkingsverband(new SwvCode("PO2707")).versie();

        mvc.perform(post("/swv/PO2707/profiel").param("naam", "SWV Amsterdam-Diemen PO").param("huisstijlkleur", "#FFD700")
                        .param("versie", String.valueOf(versie)).with(user(beheerder)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("te licht voor witte tekst")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"#FFD700\"")));
        mvc.perform(post("/swv/PO2707/profiel").param("naam", "SWV Amsterdam-Diemen PO").param("huisstijlkleur", "#0b5d1e")
                        .param("versie", String.valueOf(versie)).with(user(beheerder)).with(csrf()))
                .andExpect(redirectedUrl("/swv/PO2707/profiel"));

        mvc.perform(get("/samenwerkingsverbanden/PO2707")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/samenwerkingsverbanden/PO2707/huisstijl.css\"")));
        mvc.perform(get("/samenwerkingsverbanden/PO2707/huisstijl.css")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("--swv-kleur: #0b5d1e")));
        mvc.perform(get("/samenwerkingsverbanden/PO2601"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("huisstijl.css"))));
    }

    @Test
    void hetLogoIsEenEchteAfbeeldingVanHetEigenSwvEnStaatOpDeOpenbarePagina() throws Exception {
        var beheerder = gebruikers.loadUserByUsername("swvbeheer");
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);

        mvc.perform(multipart("/swv/PO2707/profiel/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", png.toByteArray()))
                        .with(user(beheerder)).with(csrf()))
                .andExpect(redirectedUrl("/swv/PO2707/profiel"));
        mvc.perform(get("/samenwerkingsverbanden/PO2707/logo")).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andExpect(content().bytes(png.toByteArray()));
        mvc.perform(get("/samenwerkingsverbanden/PO2707")).andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"swv-logo\"")));

        mvc.perform(multipart("/swv/PO2707/profiel/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
                        .with(user(beheerder)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("moet een PNG- of JPEG-afbeelding zijn")));
        mvc.perform(get("/samenwerkingsverbanden/PO2707/logo")).andExpect(content().bytes(png.toByteArray()));
        mvc.perform(multipart("/swv/PO2601/profiel/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", png.toByteArray()))
                        .with(user(beheerder)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/samenwerkingsverbanden/PO2601/logo")).andExpect(status().isNotFound());
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
