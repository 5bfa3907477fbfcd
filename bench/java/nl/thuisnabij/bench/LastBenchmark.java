package nl.thuisnabij.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import nl.thuisnabij.HttpSessie;
import nl.thuisnabij.ThuisnabijApplication;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.aanvraag.Aanvraagcijfers;
import nl.thuisnabij.aanvraag.Termijnbewaking;
import nl.thuisnabij.opp.Opps;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main pages under load on a national-size database: start times of the application as its own
 * process (first start with demo data, restart), then every main page at 1 and 64 concurrent
 * connections with Debian's {@code hey}, beside the static-file ceiling measured in the same run;
 * heap during and after the run; the daily jobs over the whole country. Prints figures, checks only
 * that the work was done (run by hand: ./mvnw -Pbench test -Dtest=LastBenchmark; -Dschaal=0.1 for a
 * tenth of the country).
 */
class LastBenchmark {

    static final double SCHAAL = Double.parseDouble(System.getProperty("schaal", "1.0"));
    static final Duration DUUR = Duration.ofSeconds(Long.parseLong(System.getProperty("seconden", "8")));

    record Pagina(String naam, String gebruiker, String pad) {
    }

    record Meting(String naam, int gelijktijdig, double perSeconde, double p50, double p99, long fouten, String statussen) {
    }

    @Test
    void hoofdpaginasOpLandelijkeSchaal() throws Exception {
        var starttijden = starttijden();
        try (var context = new SpringApplicationBuilder(ThuisnabijApplication.class)
                .run("--server.port=0", "--thuisnabij.database.data-directory=", "--logging.level.root=WARN")) {
            var jdbc = context.getBean(JdbcClient.class);
            // the national data set is loaded, and its statistics gathered, as the owner of the schema
            var eigenaar = JdbcClient.create(context.getBean("eigenaarDataSource", javax.sql.DataSource.class));
            var opbouw = new LandelijkeData(eigenaar, SCHAAL, context.getBean(Aanvraagcijfers.class)).vul();
            var omvang = jdbc.sql("""
                    select (select count(*) from vestiging) || ' vestigingen, ' || (select count(*) from leerling) || ' leerlingen, '
                        || (select count(*) from aanvraag) || ' aanvragen (PO2707: ' || (select count(*) from aanvraag where swv_code = 'PO2707')
                        || '), ' || (select count(*) from aanmelding) || ' aanmeldingen, ' || (select count(*) from bijlage) || ' bijlagen, '
                        || (select count(*) from auditregel) || ' auditregels'""").query(String.class).single();

            long start = System.nanoTime();
            int herinneringen = context.getBean(Termijnbewaking.class).bewaak();
            double termijnbewaking = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            int escalaties = context.getBean(Aanmeldingen.class).escaleerVerlopen();
            double escalatie = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            int oppTermijnen = context.getBean(Opps.class).signaleerTermijnen(java.time.LocalDate.now());
            double oppTermijn = (System.nanoTime() - start) / 1e9;
            var kengetallen = context.getBean(nl.thuisnabij.kengetallen.Kengetallen.class);
            start = System.nanoTime();
            int swvsMetKengetallen = kengetallen.vanAlleSwvs().size();
            double kengetallenEerst = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            kengetallen.vanAlleSwvs();
            double kengetallenNogmaals = (System.nanoTime() - start) / 1e9;

            wachtTotMeldingenVerwerkt(jdbc);

            var basis = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            long aanvraag = jdbc.sql("select max(a.id) from aanvraag a join besluit b on b.aanvraag_id = a.id where a.swv_code = 'PO2707'")
                    .query(Long.class).single();
            long school = jdbc.sql("select vestiging_id from gebruiker where gebruikersnaam = 'ib'").query(Long.class).single();
            long opp = jdbc.sql("""
                    select max(o.id) from opp o join opp_casus c on c.swv_code = o.swv_code and c.leerling_id = o.leerling_id
                     where o.swv_code = 'PO2707'""").query(Long.class).single();
            long leerlingVanDeAanvraag = jdbc.sql("select leerling_id from aanvraag where id = ?").param(aanvraag).query(Long.class).single();
            var paginas = List.of(
                    new Pagina("statisch bestand (plafond)", null, "/css/thuisnabij.css"),
                    new Pagina("openbaar: postcode zoeken", null, "/samenwerkingsverbanden?postcode=1011"),
                    new Pagina("API: postcode", null, "/api/v1/samenwerkingsverbanden?postcode=1011"),
                    new Pagina("werkvoorraad", "coordinator", "/swv/PO2707/aanvragen"),
                    new Pagina("werkvoorraad gezocht", "coordinator", "/swv/PO2707/aanvragen?zoek=landelijk+1"),
                    new Pagina("aanvraag", "coordinator", "/swv/PO2707/aanvragen/" + aanvraag),
                    new Pagina("TLV-register", "coordinator", "/swv/PO2707/tlv-register"),
                    new Pagina("aanmeldingen (zorgplicht)", "coordinator", "/swv/PO2707/zorgplicht"),
                    new Pagina("dekkend aanbod", "coordinator", "/swv/PO2707/dekkend-aanbod"),
                    new Pagina("aanvragen van de school", "ib", "/swv/PO2707/vestigingen/%d/aanvragen".formatted(school)),
                    new Pagina("auditlog", "privacy", "/swv/PO2707/auditlog"),
                    new Pagina("auditlog: geweigerd", "privacy", "/swv/PO2707/auditlog?actie=GEWEIGERD"),
                    new Pagina("auditlog: per gebruiker", "privacy", "/swv/PO2707/auditlog?gebruiker=coordinator"),
                    new Pagina("auditlog: per leerling", "privacy", "/swv/PO2707/auditlog?leerling=" + leerlingVanDeAanvraag),
                    new Pagina("OPP's van het SWV", "coordinator", "/swv/PO2707/opp"),
                    new Pagina("OPP", "coordinator", "/swv/PO2707/opp/" + opp),
                    new Pagina("OPP-rapportage SWV", "coordinator", "/swv/PO2707/opp/rapportage"),
                    new Pagina("OPP's van de school", "ib", "/swv/PO2707/vestigingen/%d/opp".formatted(school)),
                    new Pagina("thuiszitters", "coordinator", "/swv/PO2707/thuiszitters"),
                    new Pagina("budget", "financien", "/swv/PO2707/budget"),
                    new Pagina("kengetallen van het SWV", "directeur", "/swv/PO2707/kengetallen"));

            var heap = ManagementFactory.getMemoryMXBean();
            var piek = new AtomicLong();
            var meter = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    piek.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            var metingen = new ArrayList<Meting>();
            for (var pagina : paginas) {
                var cookie = pagina.gebruiker() == null ? null : HttpSessie.ingelogd(basis, pagina.gebruiker()).cookie();
                hey(pagina, basis, cookie, 1, Duration.ofSeconds(2));
                metingen.add(hey(pagina, basis, cookie, 1, DUUR));
                metingen.add(hey(pagina, basis, cookie, 64, DUUR));
            }
            meter.interrupt();
            System.gc();
            long naGc = heap.getHeapMemoryUsage().getUsed();

            var plafond = metingen.stream().filter(m -> m.naam().startsWith("statisch")).toList();
            var uit = new StringBuilder();
            uit.append("\n=== Thuisnabij load benchmark (%d cores, Java %s, max heap %d MB, schaal %.2f) ===\n".formatted(
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), SCHAAL));
            uit.append("database: ").append(omvang).append('\n');
            uit.append("generated in: ");
            opbouw.forEach((stap, s) -> uit.append("%s %.1f s; ".formatted(stap, s)));
            uit.append("\nstart as a process: first start with demo data %.1f s to the first page; restart %.1f s\n".formatted(starttijden[0],
                    starttijden[1]));
            uit.append("daily jobs nationally: term check %.2f s (%d reminders), zorgplicht escalation %.2f s (%d escalated), OPP terms %.2f s (%d marked)\n"
                    .formatted(termijnbewaking, herinneringen, escalatie, escalaties, oppTermijn, oppTermijnen));
            uit.append("kengetallen of all %d SWVs at once: %.2f s the first time, %.2f s the second\n".formatted(swvsMetKengetallen, kengetallenEerst,
                    kengetallenNogmaals));
            uit.append("| page | conc. | req/s | p50 ms | p99 ms | errors | of ceiling |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (var m : metingen) {
                double ceiling = plafond.stream().filter(p -> p.gelijktijdig() == m.gelijktijdig()).findFirst().orElseThrow().perSeconde();
                uit.append("| %s | %d | %.0f | %.1f | %.1f | %d %s | %.0f %% |\n".formatted(m.naam(), m.gelijktijdig(), m.perSeconde(), m.p50(),
                        m.p99(), m.fouten(), m.statussen(), 100 * m.perSeconde() / ceiling));
            }
            uit.append("heap: peak in use during the load run %d MB, in use after GC %d MB\n".formatted(piek.get() / (1024 * 1024),
                    naGc / (1024 * 1024)));
            System.out.println(uit);
            Files.writeString(Path.of("target", "last-benchmark.md"), uit);
            assertThat(metingen).hasSize(paginas.size() * 2);
        }
    }

    /** The daily jobs' reminder mails are sent by listeners in the background; the load run starts when they are done. */
    private static void wachtTotMeldingenVerwerkt(JdbcClient jdbc) throws InterruptedException {
        long vorige = -1;
        long nu = jdbc.sql("select coalesce(sum(pogingen), 0) from bericht").query(Long.class).single();
        while (nu != vorige) {
            Thread.sleep(2000);
            vorige = nu;
            nu = jdbc.sql("select coalesce(sum(pogingen), 0) from bericht").query(Long.class).single();
        }
    }

    private static final Pattern PER_SECONDE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("50%+ in ([0-9.]+) secs");
    private static final Pattern P99 = Pattern.compile("99%+ in ([0-9.]+) secs");
    private static final Pattern STATUS = Pattern.compile("\\[(\\d{3})]\\s+(\\d+) responses");

    private static Meting hey(Pagina pagina, String basis, String cookie, int gelijktijdig, Duration duur) throws IOException, InterruptedException {
        var opdracht = new ArrayList<>(List.of("hey", "-z", duur.toSeconds() + "s", "-c", String.valueOf(gelijktijdig), "-disable-redirects"));
        if (cookie != null) {
            opdracht.addAll(List.of("-H", "Cookie: " + cookie));
        }
        opdracht.add(basis + pagina.pad());
        var proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        var uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        proces.waitFor();
        long fouten = 0;
        var statussen = new StringBuilder();
        var status = STATUS.matcher(uitvoer);
        while (status.find()) {
            if (!status.group(1).equals("200")) {
                fouten += Long.parseLong(status.group(2));
                statussen.append("[").append(status.group(1)).append("×").append(status.group(2)).append("]");
            }
        }
        if (uitvoer.contains("Error distribution")) {
            fouten += 1;
            statussen.append("[verbindingsfouten]");
        }
        return new Meting(pagina.naam(), gelijktijdig, getal(PER_SECONDE, uitvoer), 1000 * getal(P50, uitvoer), 1000 * getal(P99, uitvoer), fouten,
                statussen.toString());
    }

    private static double getal(Pattern patroon, String tekst) {
        var m = patroon.matcher(tekst);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** Seconds from launching the application as its own process to its first page: on a fresh data directory, then again on it. */
    private static double[] starttijden() throws Exception {
        var data = Files.createTempDirectory("thuisnabij-start");
        var tijden = new double[2];
        for (int i = 0; i < 2; i++) {
            int poort = 18080 + i;
            var proces = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), ThuisnabijApplication.class.getName(), "--server.port=" + poort,
                    "--thuisnabij.database.data-directory=" + data, "--logging.level.root=WARN")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long start = System.nanoTime();
            var http = HttpClient.newHttpClient();
            while (true) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:%d/".formatted(poort))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException nogNiet) {
                    if (!proces.isAlive()) {
                        throw new IllegalStateException("de toepassing stopte tijdens het starten");
                    }
                }
                Thread.sleep(50);
            }
            tijden[i] = (System.nanoTime() - start) / 1e9;
            proces.destroy();
            proces.waitFor();
        }
        return tijden;
    }
}
