package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisnabij.account.Gebruikers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages for parents are written at B1 level, as Dutch public services write for everyone: short
 * sentences (on average at most 15 words, none longer than 25), and every term of the trade a parent
 * meets on a page explained on that same page under "Wat betekent dit?".
 */
@IntegratieTest
class EenvoudigeTaalTest {

    /**
     * Terms parents do not know from daily life, each with the words that show it is used; an
     * abbreviation counts only in capitals (a pupil called Opp is no OPP).
     */
    static final Map<String, List<String>> VAKTERMEN = Map.of(
            "zienswijze", List.of("zienswijze"),
            "toelaatbaarheidsverklaring", List.of("toelaatbaarheidsverklaring", "TLV"),
            "arrangement", List.of("arrangement"),
            "ontwikkelingsperspectief", List.of("ontwikkelingsperspectief", "OPP"),
            "handelingsdeel", List.of("handelingsdeel"),
            "bezwaar", List.of("bezwaar"),
            "samenwerkingsverband", List.of("samenwerkingsverband"));

    @Autowired
    MockMvc mvc;
    @Autowired
    Gebruikers gebruikers;
    @Autowired
    JdbcClient jdbc;

    private List<String> paginasVoorOuders() {
        long aanvraag = jdbc.sql("""
                select a.id from aanvraag a join leerling_ouderaccount k on k.leerling_id = a.leerling_id join gebruiker g on g.id = k.gebruiker_id
                 where g.gebruikersnaam = 'ouder' and a.status <> 'CONCEPT' order by a.id limit 1""").query(Long.class).single();
        return List.of("/ouder/kinderen", "/ouder/aanvragen", "/ouder/aanvragen/PO2707/" + aanvraag, "/ouder/aanmeldingen", "/ouder/opp",
                "/ouder/thuiszitters", "/scholen-in-de-buurt?postcode=1075");
    }

    private org.jsoup.nodes.Element inhoud(String pad) throws Exception {
        var antwoord = mvc.perform(get(pad).with(user(gebruikers.loadUserByUsername("ouder")))).andReturn().getResponse();
        assertThat(antwoord.getStatus()).as(pad).isEqualTo(200);
        return Jsoup.parse(antwoord.getContentAsString(StandardCharsets.UTF_8)).selectFirst("main");
    }

    @Test
    void dePaginasVoorOudersHebbenKorteZinnen() throws Exception {
        for (var pad : paginasVoorOuders()) {
            var main = inhoud(pad);
            // tables, lists of facts and form options are not prose
            main.select("table, dl, select, nav, .tijdlijn-datum").remove();
            // each block of text (a paragraph, a list item, a heading, a label) ends a sentence too
            var zinnen = main.getAllElements().stream().filter(e -> e.isBlock() && e.children().stream().noneMatch(org.jsoup.nodes.Element::isBlock))
                    .flatMap(e -> Arrays.stream(e.text().split("(?<=[.?!:])\\s+"))).map(String::strip).filter(z -> z.split("\\s+").length >= 3).toList();
            var lengtes = zinnen.stream().mapToInt(z -> z.split("\\s+").length).toArray();
            assertThat(Arrays.stream(lengtes).average().orElse(0)).as("gemiddelde zinslengte op %s", pad).isLessThanOrEqualTo(15);
            assertThat(zinnen).as("zinnen van meer dan 25 woorden op %s", pad).allSatisfy(z -> assertThat(z.split("\\s+").length).as(z).isLessThanOrEqualTo(25));
        }
    }

    @Test
    void elkVaktermOpEenPaginaVoorOudersWordtOpDieBladzijdeUitgelegd() throws Exception {
        for (var pad : paginasVoorOuders()) {
            var main = inhoud(pad);
            var uitleg = main.select("details").text().toLowerCase(Locale.ROOT);
            var tekst = main.text();
            VAKTERMEN.forEach((term, vormen) -> {
                if (vormen.stream().anyMatch(v -> java.util.regex.Pattern.compile("\\b" + v + "\\b", v.equals(v.toUpperCase(Locale.ROOT)) ? 0
                        : java.util.regex.Pattern.CASE_INSENSITIVE).matcher(tekst).find())) {
                    assertThat(uitleg).as("'%s' gebruikt op %s, maar niet uitgelegd onder 'Wat betekent dit?'", term, pad).contains(term);
                }
            });
        }
    }
}
