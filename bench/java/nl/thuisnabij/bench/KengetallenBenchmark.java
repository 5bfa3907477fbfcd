package nl.thuisnabij.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.thuisnabij.ThuisnabijApplication;
import nl.thuisnabij.aanmelding.Aanmeldingkengetallen;
import nl.thuisnabij.aanvraag.Aanvraagcijfers;
import nl.thuisnabij.budget.Budgetkengetallen;
import nl.thuisnabij.kengetallen.Kengetallen;
import nl.thuisnabij.opp.Oppkengetallen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.thuiszitter.Thuiszitterkengetallen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kengetallen of every SWV at once on a national-size database (without the audit log, which
 * they do not read), and of one SWV: each source separately, then the whole, three times. Prints
 * figures (run by hand: ./mvnw -Pbench test -Dtest=KengetallenBenchmark).
 */
class KengetallenBenchmark {

    @Test
    void kengetallenOpLandelijkeSchaal() throws Exception {
        try (var context = new SpringApplicationBuilder(ThuisnabijApplication.class)
                .run("--server.port=0", "--thuisnabij.database.data-directory=", "--logging.level.root=WARN")) {
            var eigenaar = JdbcClient.create(context.getBean("eigenaarDataSource", javax.sql.DataSource.class));
            var opbouw = new LandelijkeData(eigenaar, LastBenchmark.SCHAAL, context.getBean(Aanvraagcijfers.class)).vul(false);
            var uit = new StringBuilder("\n=== Kengetallen on national data (%d cores) ===\ngenerated in: ".formatted(Runtime.getRuntime().availableProcessors()));
            opbouw.forEach((stap, s) -> uit.append("%s %.1f s; ".formatted(stap, s)));
            uit.append('\n');
            int vanaf = java.time.LocalDate.now().getYear() - 5;
            for (var bereik : new Optional[] {Optional.empty(), Optional.of(new SwvCode("PO2707"))}) {
                @SuppressWarnings("unchecked")
                Optional<SwvCode> swv = bereik;
                var naam = swv.map(SwvCode::waarde).orElse("all SWVs");
                uit.append("%s: toekenningen %.0f ms, doorlooptijden %.0f ms, aanmeldingen %.0f ms, OPP's %.0f ms, thuiszitters %.0f ms, tellingen %.0f ms\n"
                        .formatted(naam,
                                ms(() -> context.getBean(Aanvraagcijfers.class).toekenningen(swv, vanaf)),
                                ms(() -> context.getBean(Aanvraagcijfers.class).doorlooptijden(swv, vanaf)),
                                ms(() -> context.getBean(Aanmeldingkengetallen.class).perSchooljaar(swv, vanaf)),
                                ms(() -> context.getBean(Oppkengetallen.class).vastgesteld(swv, vanaf)),
                                ms(() -> context.getBean(Thuiszitterkengetallen.class).perSchooljaar(swv, vanaf)),
                                ms(() -> context.getBean(Budgetkengetallen.class).tellingen(swv))));
            }
            var kengetallen = context.getBean(Kengetallen.class);
            for (int keer = 1; keer <= 3; keer++) {
                long start = System.nanoTime();
                int swvs = kengetallen.vanAlleSwvs().size();
                double alle = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                kengetallen.vanSwv(new SwvCode("PO2707"), "PO2707", false);
                double een = (System.nanoTime() - start) / 1e6;
                uit.append("run %d: all %d SWVs %.0f ms, PO2707 %.0f ms\n".formatted(keer, swvs, alle, een));
                assertThat(swvs).isGreaterThan(100);
            }
            System.out.println(uit);
            Files.writeString(Path.of("target", "kengetallen-benchmark.md"), uit);
        }
    }

    private static double ms(Runnable werk) {
        werk.run();
        long start = System.nanoTime();
        werk.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
