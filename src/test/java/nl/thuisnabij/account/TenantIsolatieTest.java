package nl.thuisnabij.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.audit.AuditZoekopdracht;
import nl.thuisnabij.audit.Auditactie;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

/**
 * Walks every endpoint of an SWV, as every demo role, against another SWV's data, and expects a
 * refusal each time. New endpoints under /swv/{swv} are picked up by themselves.
 */
@IntegratieTest
class TenantIsolatieTest {

    static final String EIGEN_SWV = "PO2707";
    static final String VREEMDE_SWV = "PO2601";
    static final List<String> ALLE_DEMO_ACCOUNTS = List.of("beheer", "swvbeheer", "directeur", "coordinator", "commissie", "deskundige",
            "financien", "privacy", "schooldirecteur", "ib", "leerplicht", "beleid", "ouder");
    // every SWV endpoint must be found, so a renamed path variable cannot silently skip the walk
    static final int MINIMAAL_AANTAL_EINDPUNTEN = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    Register register;
    @Autowired
    AuditLog auditLog;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Eindpunt(HttpMethod methode, String patroon) {
    }

    private List<Eindpunt> eindpuntenVanEenSamenwerkingsverband() {
        var eindpunten = new ArrayList<Eindpunt>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(patroon -> patroon.startsWith("/swv/{swv}"))
                .forEach(patroon -> {
                    var methoden = info.getMethodsCondition().getMethods();
                    (methoden.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methoden))
                            .forEach(m -> eindpunten.add(new Eindpunt(m.asHttpMethod(), patroon)));
                }));
        return eindpunten;
    }

    private String invullen(String patroon, String swv, long vestiging) {
        var template = new UriTemplate(patroon);
        var waarden = new java.util.HashMap<String, Object>();
        template.getVariableNames().forEach(naam -> waarden.put(naam, "1"));
        waarden.put("swv", swv);
        waarden.put("id", vestiging);
        waarden.put("vestiging", vestiging);
        return template.expand(Map.copyOf(waarden)).toString();
    }

    @Test
    void geenEnkeleRolKomtBijDeGegevensVanEenAnderSamenwerkingsverband() throws Exception {
        var eindpunten = eindpuntenVanEenSamenwerkingsverband();
        assertThat(eindpunten).hasSizeGreaterThanOrEqualTo(MINIMAAL_AANTAL_EINDPUNTEN);
        long vreemdeVestiging = register.vestigingen(new SwvCode(VREEMDE_SWV)).getFirst().id();
        var doorgelaten = new ArrayList<String>();

        for (var account : ALLE_DEMO_ACCOUNTS) {
            var gebruiker = gebruikers.loadUserByUsername(account);
            for (var eindpunt : eindpunten) {
                var pad = invullen(eindpunt.patroon(), VREEMDE_SWV, vreemdeVestiging);
                var antwoord = mvc.perform(request(eindpunt.methode(), pad).with(user(gebruiker)).with(csrf()))
                        .andReturn().getResponse();
                if (antwoord.getStatus() != 403) {
                    doorgelaten.add("%s %s %s → %d".formatted(account, eindpunt.methode(), pad, antwoord.getStatus()));
                }
            }
        }

        assertThat(doorgelaten).isEmpty();
        assertThat(auditLog.zoek(VREEMDE_SWV, new AuditZoekopdracht("coordinator", "tenant", null, null, Auditactie.GEWEIGERD, null, null, null, null), 10))
                .isNotEmpty();
    }

    @Test
    void eenSchoolgebruikerKomtNietBijEenAndereVestigingVanZijnEigenSamenwerkingsverband() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        long andereVestiging = register.vestigingen(new SwvCode(EIGEN_SWV)).stream()
                .filter(v -> v.id() != ib.vestigingId()).findFirst().orElseThrow().id();

        var eigen = mvc.perform(request(HttpMethod.GET, "/swv/%s/vestigingen/%d".formatted(EIGEN_SWV, ib.vestigingId()))
                .with(user(ib))).andReturn().getResponse().getStatus();
        var ander = mvc.perform(request(HttpMethod.GET, "/swv/%s/vestigingen/%d".formatted(EIGEN_SWV, andereVestiging))
                .with(user(ib))).andReturn().getResponse().getStatus();
        var lijst = mvc.perform(request(HttpMethod.GET, "/swv/%s/vestigingen".formatted(EIGEN_SWV))
                .with(user(ib))).andReturn().getResponse().getStatus();

        assertThat(eigen).isEqualTo(200);
        assertThat(ander).isEqualTo(403);
        assertThat(lijst).isEqualTo(403);
    }

    @Test
    void binnenHetEigenSamenwerkingsverbandBepaaltDeRolWatMag() throws Exception {
        var coordinator = gebruikers.loadUserByUsername("coordinator");
        var privacy = gebruikers.loadUserByUsername("privacy");

        assertThat(status("GET", "/swv/PO2707/profiel", coordinator)).isEqualTo(200);
        assertThat(status("POST", "/swv/PO2707/profiel", coordinator)).isEqualTo(403);
        assertThat(status("GET", "/swv/PO2707/vestigingen/import", coordinator)).isEqualTo(403);
        assertThat(status("GET", "/swv/PO2707/auditlog", coordinator)).isEqualTo(403);
        assertThat(status("GET", "/swv/PO2707/auditlog", privacy)).isEqualTo(200);
    }

    @Test
    void eenVestigingVanEenAnderSamenwerkingsverbandIsNietViaHetEigenPadTeOpenen() throws Exception {
        var directeur = gebruikers.loadUserByUsername("directeur");
        long vreemdeVestiging = register.vestigingen(new SwvCode(VREEMDE_SWV)).getFirst().id();

        assertThat(status("GET", "/swv/PO2707/vestigingen/" + vreemdeVestiging, directeur)).isEqualTo(404);
    }

    @Test
    void anoniemeBezoekersMoetenInloggen() throws Exception {
        var antwoord = mvc.perform(request(HttpMethod.GET, "/swv/PO2707/profiel")).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(302);
        assertThat(antwoord.getRedirectedUrl()).endsWith("/inloggen");
    }

    private int status(String methode, String pad, Gebruiker gebruiker) throws Exception {
        return mvc.perform(request(HttpMethod.valueOf(methode), pad).param("naam", "Naam").param("versie", "0")
                        .with(user(gebruiker)).with(csrf()))
                .andReturn().getResponse().getStatus();
    }
}
