package nl.thuisnabij.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The outside tester's classes of input, kept: every form of the application (found from its
 * handler mappings, so a new form is included by itself) gets, one field at a time, what an attacker
 * or a slip of the keyboard sends — empty, NUL, huge and negative numbers, impossible dates, unknown
 * choices, 100,000 characters, an id of nothing — with the other fields filled in plausibly, as
 * the person the page is for. None may answer 5xx. It runs on an application and database of its
 * own (the property below), because what it sends is really carried out, as in production; so it
 * can run in a thread of its own beside the other tests.
 */
@IntegratieTest
@TestPropertySource(properties = "thuisnabij.test.eigen-database=onzininvoer")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("onzininvoer")
class OnzinInvoerTest {

    static final List<String> ONZIN = List.of("", "\u0000", "-1", "99999999999999999999", "2026-13-45", "ONBEKEND-ENUM", "x".repeat(100_001));

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void geenEnkelFormulierAntwoordtMetEenServerfoutOpOnzinInEenVeld() throws Exception {
        var ib = gebruikers.loadUserByUsername("ib");
        var waarden = padwaarden(ib);
        var fouten = new ArrayList<String>();
        var willekeur = new Random(20261123);
        int verstuurd = 0;
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (var patroon : mapping.getKey().getPatternValues()) {
                var pad = invullen(patroon, waarden);
                var wie = gebruikers.loadUserByUsername(patroon.startsWith("/beheer") ? "beheer"
                        : patroon.startsWith("/ouder") ? "ouder" : patroon.contains("/vestigingen/{vestiging}") ? "ib" : "coordinator");
                var velden = velden(mapping.getValue());
                for (var veld : velden) {
                    for (var onzin : ONZIN) {
                        var formulier = new LinkedHashMap<String, String>();
                        velden.forEach(v -> formulier.put(v, aannemelijk(v, willekeur)));
                        formulier.put(veld, onzin);
                        int status = verstuur(wie, pad, formulier);
                        verstuurd++;
                        if (status >= 500) {
                            fouten.add("%s %s=%s → %d".formatted(pad, veld, onzin.length() > 30 ? onzin.substring(0, 30) + "…" : onzin, status));
                        }
                    }
                }
            }
        }
        assertThat(verstuurd).as("formulieren verstuurd").isGreaterThan(700);
        assertThat(fouten).as("serverfouten; uitzonderingen per pad: %s", uitzonderingen).isEmpty();
    }

    private final Map<String, String> uitzonderingen = new LinkedHashMap<>();

    /** The status of the answer; an exception that escapes the application counts as the 500 a server would send. */
    private int verstuur(Gebruiker wie, String pad, Map<String, String> formulier) {
        var verzoek = post(pad).with(user(wie)).with(csrf());
        formulier.forEach(verzoek::param);
        try {
            return mvc.perform(verzoek).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            var oorzaak = NestedExceptionUtils.getMostSpecificCause(e);
            uitzonderingen.putIfAbsent(pad, oorzaak.getClass().getSimpleName() + ": " + oorzaak.getMessage());
            return 500;
        }
    }

    /** The names a handler reads from the form: its form record's components and its request parameters. */
    private static Set<String> velden(HandlerMethod methode) {
        var namen = new LinkedHashSet<String>();
        for (MethodParameter parameter : methode.getMethodParameters()) {
            var soort = parameter.getParameterType();
            if (soort.isRecord() && soort.getName().startsWith("nl.thuisnabij")) {
                for (RecordComponent component : soort.getRecordComponents()) {
                    namen.add(component.getName());
                }
            }
            var param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                namen.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getParameterName());
            }
        }
        return namen;
    }

    private static String aannemelijk(String veld, Random willekeur) {
        var naam = veld.toLowerCase();
        if (naam.contains("versie")) {
            return "0";
        }
        if (naam.contains("datum") || naam.endsWith("op") || naam.contains("van") || naam.contains("tot")) {
            return "2026-11-20";
        }
        if (naam.contains("bevestigd") || naam.contains("akkoord") || naam.contains("positief")) {
            return "true";
        }
        return String.valueOf(1 + willekeur.nextInt(5));
    }

    private Map<String, String> padwaarden(Gebruiker ib) {
        var waarden = new LinkedHashMap<String, String>();
        waarden.put("swv", "PO2707");
        waarden.put("vestiging", String.valueOf(ib.vestigingId()));
        waarden.put("aanvraag", String.valueOf(jdbc.sql("select min(id) from aanvraag where vestiging_id = ?").param(ib.vestigingId())
                .query(Long.class).single()));
        waarden.put("aanmelding", String.valueOf(jdbc.sql("select min(id) from aanmelding where vestiging_id = ?").param(ib.vestigingId())
                .query(Long.class).single()));
        waarden.put("vergadering", String.valueOf(jdbc.sql("select coalesce(min(id), 1) from commissievergadering where swv_code = 'PO2707'")
                .query(Long.class).single()));
        waarden.put("domein", String.valueOf(jdbc.sql("select min(id) from ondersteuningsdomein where swv_code = 'PO2707'")
                .query(Long.class).single()));
        return waarden;
    }

    private static String invullen(String patroon, Map<String, String> waarden) {
        var pad = patroon;
        for (var waarde : waarden.entrySet()) {
            pad = pad.replace("{" + waarde.getKey() + "}", waarde.getValue());
        }
        return pad.replaceAll("\\{[^}]+}", "1");
    }
}
