package nl.thuisnabij;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page skeleton exists once: every page hands its title and main part to the one layout. */
class PaginaopbouwTest {

    static final Path SJABLONEN = Path.of("src/main/resources/templates");
    static final Pattern PAGINA = Pattern.compile("<html [^>]*th:replace=\"~\\{fragments/layout :: pagina\\(.+, ~\\{::main}\\)}\">");

    @Test
    void elkePaginaGebruiktDeEneOpbouwEnAlleenDieHeeftKopMenuEnVoet() throws IOException {
        try (Stream<Path> bestanden = Files.walk(SJABLONEN)) {
            var sjablonen = bestanden.filter(p -> p.toString().endsWith(".html")).toList();
            int paginas = 0;
            for (var sjabloon : sjablonen) {
                var tekst = Files.readString(sjabloon);
                var naam = SJABLONEN.relativize(sjabloon).toString();
                if (naam.equals("fragments/layout.html")) {
                    assertThat(tekst).contains("<header", "<footer", "aria-label=\"Hoofdmenu\"", "aria-label=\"Kruimelpad\"");
                    continue;
                }
                assertThat(tekst).as(naam).doesNotContain("<header", "<footer", "<head>", "<head ", "class=\"skiplink\"");
                if (!tekst.contains("th:fragment=")) {
                    assertThat(tekst).as("een pagina: " + naam).containsPattern(PAGINA).contains("<main id=\"inhoud\"");
                    paginas++;
                }
            }
            assertThat(paginas).isGreaterThan(30);
        }
    }
}
