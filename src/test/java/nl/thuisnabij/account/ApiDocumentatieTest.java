package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.thuisnabij.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The README promises the API documentation without logging in; over HTTPS the browser is told to stay on HTTPS. */
@IntegratieTest
class ApiDocumentatieTest {

    @Autowired
    MockMvc mvc;

    @Test
    void deApiDocumentatieIsZonderInloggenTeLezen() throws Exception {
        var docs = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).as("/api/docs").isBetween(200, 399);
        var ui = docs.getRedirectedUrl() == null ? docs : mvc.perform(get(docs.getRedirectedUrl())).andReturn().getResponse();
        assertThat(ui.getStatus()).as("swagger-ui at %s", docs.getRedirectedUrl()).isEqualTo(200);
        assertThat(ui.getContentAsString()).containsIgnoringCase("swagger");

        var spec = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(spec.getStatus()).isEqualTo(200);
        assertThat(spec.getContentAsString()).contains("/api/v1/samenwerkingsverbanden");
        assertThat(mvc.perform(get("/v3/api-docs/swagger-config")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void overHttpsVraagtDeApplicatieDeBrowserOmBijHttpsTeBlijven() throws Exception {
        var antwoord = mvc.perform(get("/").secure(true)).andReturn().getResponse();
        assertThat(antwoord.getHeader("Strict-Transport-Security")).contains("max-age=");
    }
}
