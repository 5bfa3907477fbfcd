package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.thuisnabij.account.Gebruiker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Sends a form as a person would and checks that a refused form came back whole (see {@link #weigert}). */
public final class Formuliercontrole {

    private final MockMvc mvc;

    public Formuliercontrole(MockMvc mvc) {
        this.mvc = mvc;
    }

    /**
     * Sends the form and asserts it came back refused: 400, the message at the field, and everything
     * else typed back in its field: text as its value, the fields named in {@code keuzes} (radio
     * buttons, checkboxes, lists) chosen.
     */
    public void weigert(Gebruiker wie, String pad, Map<String, String> getypt, String foutveld, Set<String> keuzes) throws Exception {
        var verzoek = post(pad).with(user(wie)).with(csrf());
        getypt.forEach(verzoek::param);
        var antwoord = mvc.perform(verzoek).andReturn().getResponse();
        var pagina = antwoord.getContentAsString(StandardCharsets.UTF_8);
        var waar = pad + " met " + foutveld + "='" + getypt.get(foutveld) + "'";
        assertThat(antwoord.getStatus()).as(waar).isEqualTo(400);
        assertThat(pagina).as("melding bij het veld: " + waar).contains("id=\"fout-" + foutveld + "\"").contains("id=\"foutsamenvatting\"");
        getypt.forEach((veld, waarde) -> {
            if (waarde.isBlank() || veld.equals("versie")) {
                return;
            }
            var html = HtmlUtils.htmlEscape(waarde);
            if (keuzes.contains(veld) && veld.equals(foutveld)) {
                return; // a value that is not in the list cannot be shown as chosen; the message says so instead
            }
            if (keuzes.contains(veld)) {
                assertThat(pagina).as("gekozen %s bij %s".formatted(veld, waar))
                        .containsPattern(Pattern.compile("name=\"" + veld + "\"[^>]*value=\"" + Pattern.quote(html) + "\"[^>]*checked"
                                + "|value=\"" + Pattern.quote(html) + "\"[^>]*selected"));
            } else {
                assertThat(pagina.contains("value=\"" + html + "\"") || pagina.contains(">" + html + "</textarea>"))
                        .as("getypt %s staat er nog bij %s".formatted(veld, waar)).isTrue();
            }
        });
    }

    public static Map<String, String> velden(String... paren) {
        var velden = new LinkedHashMap<String, String>();
        for (int i = 0; i < paren.length; i += 2) {
            velden.put(paren[i], paren[i + 1]);
        }
        return velden;
    }

    public static Map<String, String> met(Map<String, String> velden, String veld, String waarde) {
        var anders = new LinkedHashMap<>(velden);
        anders.put(veld, waarde);
        return anders;
    }

}
