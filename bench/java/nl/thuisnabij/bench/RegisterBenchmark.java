package nl.thuisnabij.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisnabij.ThuisnabijApplication;
import nl.thuisnabij.register.RegioIndelingImport;
import nl.thuisnabij.register.SchoolImport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * National-scale figures for the register: loading the full division and ~9,000 school sites into
 * PostgreSQL, and the latency of the public postcode look-up over HTTP. Prints its figures; it
 * checks only that the work was done, never how fast (run by hand: ./mvnw -Pbench test).
 */
class RegisterBenchmark {

    static final int SCHOLEN = 9_000;
    static final int OPWARMEN = 1_000;
    static final int METINGEN = 10_000;
    static final int PARALLEL = 4;

    @Test
    void registerOpLandelijkeSchaal() throws Exception {
        try (var context = new SpringApplicationBuilder(ThuisnabijApplication.class)
                .run("--server.port=0", "--thuisnabij.database.data-directory=", "--thuisnabij.demo.enabled=false",
                        "--logging.level.root=WARN")) {
            var indeling = new ClassPathResource("referentiedata/regio-indeling-pc4.csv").getContentAsByteArray();
            var regioImport = context.getBean(RegioIndelingImport.class);
            var schoolImport = context.getBean(SchoolImport.class);
            var jdbc = context.getBean(JdbcClient.class);

            long start = System.nanoTime();
            var rapport = regioImport.importeer("regio-indeling-pc4.csv", new ByteArrayInputStream(indeling), "bench");
            double indelingEerste = ms(start);
            assertThat(rapport.geslaagd()).isTrue();
            start = System.nanoTime();
            regioImport.importeer("regio-indeling-pc4.csv", new ByteArrayInputStream(indeling), "bench");
            double indelingOpnieuw = ms(start);

            var postcodes = jdbc.sql("select postcode4 from postcodegebied where swv_po is not null order by postcode4")
                    .query(String.class).list();
            var scholen = scholenCsv(postcodes);
            start = System.nanoTime();
            var scholenRapport = schoolImport.importeer(new ByteArrayInputStream(scholen));
            double scholenEerste = ms(start);
            assertThat(scholenRapport.geslaagd()).as(scholenRapport.fouten().stream().limit(5).toList().toString()).isTrue();
            start = System.nanoTime();
            schoolImport.importeer(new ByteArrayInputStream(scholen));
            double scholenOpnieuw = ms(start);
            long vestigingen = jdbc.sql("select count(*) from vestiging").query(Long.class).single();

            int poort = ((WebServerApplicationContext) context).getWebServer().getPort();
            var http = HttpClient.newHttpClient();
            var willekeurig = new Random(42);
            for (int i = 0; i < OPWARMEN; i++) {
                zoek(http, poort, postcodes.get(willekeurig.nextInt(postcodes.size())));
            }
            var sequentieel = new long[METINGEN];
            long sequentieelStart = System.nanoTime();
            for (int i = 0; i < METINGEN; i++) {
                sequentieel[i] = zoek(http, poort, postcodes.get(willekeurig.nextInt(postcodes.size())));
            }
            double sequentieelSeconden = ms(sequentieelStart) / 1000;

            var parallel = new long[METINGEN];
            long parallelStart = System.nanoTime();
            try (var pool = Executors.newFixedThreadPool(PARALLEL)) {
                var taken = new ArrayList<Future<?>>();
                for (int t = 0; t < PARALLEL; t++) {
                    int draad = t;
                    taken.add(pool.submit(() -> {
                        var r = new Random(draad);
                        for (int i = draad; i < METINGEN; i += PARALLEL) {
                            parallel[i] = zoek(http, poort, postcodes.get(r.nextInt(postcodes.size())));
                        }
                        return null;
                    }));
                }
                for (var taak : taken) {
                    taak.get();
                }
            }
            double parallelSeconden = ms(parallelStart) / 1000;

            System.gc();
            var runtime = Runtime.getRuntime();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);

            System.out.printf("""

                    === Thuisnabij register benchmark (%d cores, %s) ===
                    regio-indeling (4,046 postcodes), first load : %8.0f ms
                    regio-indeling, re-import (update in place) : %8.0f ms
                    school sites generated and imported         : %8d sites
                    school import, first load                   : %8.0f ms
                    school import, re-import (update)           : %8.0f ms
                    GET /api/v1/samenwerkingsverbanden?postcode=, %d requests after %d warm-up
                      sequential  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %6.0f req/s
                      %d clients   p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %6.0f req/s
                    JVM heap in use after GC (app + embedded PG client side): %d MB
                    """, runtime.availableProcessors(), System.getProperty("java.version"), indelingEerste, indelingOpnieuw,
                    vestigingen, scholenEerste, scholenOpnieuw, METINGEN, OPWARMEN,
                    percentiel(sequentieel, 50), percentiel(sequentieel, 99), percentiel(sequentieel, 100), METINGEN / sequentieelSeconden,
                    PARALLEL, percentiel(parallel, 50), percentiel(parallel, 99), percentiel(parallel, 100), METINGEN / parallelSeconden,
                    heapMb);
            assertThat(vestigingen).isGreaterThanOrEqualTo(SCHOLEN);
        }
    }

    private static long zoek(HttpClient http, int poort, String postcode) {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:%d/api/v1/samenwerkingsverbanden?postcode=%s".formatted(poort, postcode)))
                .GET().build();
        long start = System.nanoTime();
        try {
            var antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("postcode %s gaf %d".formatted(postcode, antwoord.statusCode()));
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    /** About 9,000 sites over random postcodes, in the DUO layout the importer accepts. */
    private static byte[] scholenCsv(List<String> postcodes) {
        var r = new Random(7);
        var csv = new StringBuilder("BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;"
                + "HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;SOORT ONDERWIJS;CLUSTER;ONDERWIJSSTRUCTUUR\n");
        String[] soorten = {"BO", "BO", "BO", "BO", "BO", "BO", "SBO", "SO", "VO", "VO", "PRO", "VSO"};
        int sites = 0;
        for (int brinNummer = 0; sites < SCHOLEN; brinNummer++) {
            var brin = "%02d%c%c".formatted(brinNummer / 676, (char) ('A' + brinNummer % 676 / 26), (char) ('A' + brinNummer % 26));
            var soort = soorten[r.nextInt(soorten.length)];
            int aantal = 1 + r.nextInt(2);
            for (int v = 0; v < aantal && sites < SCHOLEN; v++, sites++) {
                var postcode = postcodes.get(r.nextInt(postcodes.size())) + "AB";
                var cluster = soort.equals("SO") || soort.equals("VSO") ? String.valueOf(3 + r.nextInt(2)) : "";
                var structuur = soort.equals("VO") ? "VMBO-GT/HAVO/VWO" : "";
                csv.append("%05d;%s;%s%02d;School %d;Straat;%d;%s;PLAATS;%s;%s;%s\n".formatted(10000 + brinNummer / 3, brin, brin, v,
                        sites, 1 + r.nextInt(200), postcode, soort, cluster, structuur));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double percentiel(long[] nanos, int p) {
        var gesorteerd = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(gesorteerd);
        int index = Math.min(gesorteerd.length - 1, (int) Math.ceil(p / 100.0 * gesorteerd.length) - 1);
        return gesorteerd[Math.max(0, index)] / 1_000_000.0;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
