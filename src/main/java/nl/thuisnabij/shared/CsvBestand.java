package nl.thuisnabij.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file (UTF-8, with or without byte order mark, comma or semicolon
 * separated, RFC 4180 quoting) into rows keyed by upper-case column name.
 */
public final class CsvBestand {

    public record Rij(int regel, Map<String, String> waarden) {
        public String get(String kolom) {
            var waarde = waarden.get(kolom);
            return waarde == null ? "" : waarde.trim();
        }
    }

    /** The file as a whole cannot be read; named at the line where that shows (1, the header, when it is the whole file). */
    public static final class Onleesbaar extends OngeldigeInvoerException {
        private final int regel;

        Onleesbaar(int regel, String bericht) {
            super(bericht);
            this.regel = regel;
        }

        public Regelfout regelfout() {
            return new Regelfout(regel, getMessage());
        }
    }

    private final List<String> kolommen;
    private final List<Rij> rijen;

    private CsvBestand(List<String> kolommen, List<Rij> rijen) {
        this.kolommen = kolommen;
        this.rijen = rijen;
    }

    public static CsvBestand lees(InputStream invoer) {
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(invoer.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Onleesbaar(1, "het bestand is geen UTF-8-tekst; sla het op als CSV UTF-8");
        } catch (IOException e) {
            throw new Onleesbaar(1, "het bestand kon niet worden gelezen");
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        if (tekst.isBlank()) {
            throw new Onleesbaar(1, "het bestand is leeg");
        }
        int nul = tekst.indexOf('\u0000');
        if (nul >= 0) {
            // PostgreSQL cannot store it in text; spreadsheet programs write it when a file is saved as UTF-16
            throw new Onleesbaar(1 + (int) tekst.substring(0, nul).chars().filter(c -> c == '\n').count(),
                    "deze regel bevat een onleesbaar teken (NUL); sla het bestand op als CSV UTF-8");
        }
        var eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = eersteRegel.chars().filter(c -> c == ';').count() > eersteRegel.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        var formaat = CSVFormat.RFC4180.builder().setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (var parser = formaat.parse(new StringReader(tekst))) {
            var kolommen = parser.getHeaderNames().stream().map(k -> k.trim().toUpperCase(Locale.ROOT)).toList();
            var rijen = new ArrayList<Rij>();
            int regel = 1;
            long gelezenTot = 0;
            for (CSVRecord record : parser) {
                for (long i = gelezenTot; i < record.getCharacterPosition(); i++) {
                    if (tekst.charAt((int) i) == '\n') {
                        regel++;
                    }
                }
                gelezenTot = record.getCharacterPosition();
                var waarden = new TreeMap<String, String>();
                for (int i = 0; i < kolommen.size() && i < record.size(); i++) {
                    waarden.put(kolommen.get(i), record.get(i));
                }
                rijen.add(new Rij(regel, waarden));
            }
            return new CsvBestand(kolommen, rijen);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new Onleesbaar(1, "het bestand is geen geldig CSV-bestand: " + e.getMessage());
        }
    }

    /** Reads the file and insists on these columns; {@code verwacht} tells the user which file it should have been. */
    public static CsvBestand lees(InputStream invoer, List<String> verplicht, String verwacht) {
        var csv = lees(invoer);
        var ontbrekend = csv.ontbrekendeKolommen(verplicht);
        if (!ontbrekend.isEmpty()) {
            throw new Onleesbaar(1, "de kolom(men) " + String.join(", ", ontbrekend) + " ontbreken; verwacht: " + verwacht);
        }
        return csv;
    }

    public List<String> ontbrekendeKolommen(List<String> verplicht) {
        return verplicht.stream().filter(kolom -> !kolommen.contains(kolom)).toList();
    }

    public List<Rij> rijen() {
        return rijen;
    }
}
