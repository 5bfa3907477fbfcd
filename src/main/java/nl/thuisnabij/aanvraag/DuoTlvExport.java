package nl.thuisnabij.aanvraag;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.thuisnabij.register.SwvCode;
import org.apache.commons.csv.CSVFormat;

/**
 * The TLV register in the fields DUO needs to register a TLV (see docs/duo-tlv-export.md for each
 * field and its source). One line per granted TLV decision.
 */
final class DuoTlvExport {

    static final List<String> KOLOMMEN = List.of("SWV_CODE", "PERSOONSNUMMER_SOORT", "PERSOONSNUMMER", "GEBOORTEDATUM", "SOORT_TLV",
            "BEKOSTIGINGSCATEGORIE", "INGANGSDATUM", "EINDDATUM", "DATUM_BESLUIT", "KENMERK", "TLV_VOLGNUMMER", "MUTATIE");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;

    private DuoTlvExport() {
    }

    static String csv(SwvCode swv, List<DuoRegistratie.DuoRegel> regels) {
        var uit = new StringWriter();
        try (var printer = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(KOLOMMEN.toArray(String[]::new)).get().print(uit)) {
            for (var regel : regels) {
                var besluit = regel.besluit();
                var nummer = regel.leerling().persoonsnummer();
                printer.printRecord(swv.waarde(), nummer.soort().name(), nummer.nummer(), DATUM.format(regel.leerling().geboortedatum()),
                        besluit.tlvSoort(), besluit.categorie() == null ? "" : String.valueOf(besluit.categorie().ordinal() + 1),
                        DATUM.format(besluit.startdatum()), besluit.einddatum() == null ? "" : DATUM.format(besluit.einddatum()),
                        DATUM.format(besluit.beslotenOp()), swv + "-" + regel.aanvraag().id() + "-" + besluit.volgnummer(),
                        regel.aanvraag().tlvVolgnummer(), regel.mutatie().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
