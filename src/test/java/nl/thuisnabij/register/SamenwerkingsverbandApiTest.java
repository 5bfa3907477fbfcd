package nl.thuisnabij.register;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class SamenwerkingsverbandApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void eenPostcodeGeeftHetPoEnHetVoSamenwerkingsverband() throws Exception {
        mvc.perform(get("/api/v1/samenwerkingsverbanden").param("postcode", "1011"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].code").value("PO2707"))
                .andExpect(jsonPath("$[1].code").value("VO2708"))
                .andExpect(jsonPath("$[0].gemeenten", hasItem("Amsterdam")));
    }

    @Test
    void eenVolledigePostcodeMetLettersWerktOok() throws Exception {
        mvc.perform(get("/api/v1/samenwerkingsverbanden").param("postcode", "3511 ab"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("PO2601", "VO2601")));
    }

    @Test
    void zonderParameterAlleSamenwerkingsverbanden() throws Exception {
        mvc.perform(get("/api/v1/samenwerkingsverbanden")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(150)));
    }

    @Test
    void europoortGeeft404MetUitleg() throws Exception {
        mvc.perform(get("/api/v1/samenwerkingsverbanden").param("postcode", "3197"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("valt onder geen samenwerkingsverband")))
                .andExpect(jsonPath("$.detail", containsString("Europoort")));
    }

    @Test
    void eenOnbekendePostcodeGeeft404() throws Exception {
        mvc.perform(get("/api/v1/samenwerkingsverbanden").param("postcode", "1000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("postcode 1000 is onbekend in de regio-indeling"));
    }

    @Test
    void eenOngeldigePostcodeGeeft400InHetNederlands() throws Exception {
        mvc.perform(get("/api/v1/samenwerkingsverbanden").param("postcode", "10A1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("is geen geldige postcode")));
    }

    @Test
    void eenGesplitsteGemeenteGeeftAlleSamenwerkingsverbandenMetToelichtingInDeHtml() throws Exception {
        mvc.perform(get("/samenwerkingsverbanden").param("gemeente", "Utrecht"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PO2601")));
    }

    @Test
    void eenSamenwerkingsverbandMetZijnScholen() throws Exception {
        mvc.perform(get("/api/v1/samenwerkingsverbanden/PO2707"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.samenwerkingsverband.code").value("PO2707"))
                .andExpect(jsonPath("$.scholen[*].soort", hasItem("SBO")));
        mvc.perform(get("/api/v1/samenwerkingsverbanden/PO0000")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/samenwerkingsverbanden/onzin")).andExpect(status().isBadRequest());
    }

    @Test
    void deHtmlPaginaToontDeZoekresultaten() throws Exception {
        mvc.perform(get("/samenwerkingsverbanden").param("postcode", "1011"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo-SWV Passend Primair Onderwijs Amsterdam-Diemen")))
                .andExpect(content().string(containsString("VO2708")));
        mvc.perform(get("/samenwerkingsverbanden").param("postcode", "3197"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hier is geen samenwerkingsverband ingedeeld")));
        mvc.perform(get("/samenwerkingsverbanden").param("postcode", "xyz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is geen geldige postcode")));
    }

    @Test
    void deApiIsBeschrevenInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/samenwerkingsverbanden'].get.parameters[*].name", hasItem("postcode")));
    }
}
