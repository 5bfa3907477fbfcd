package nl.thuisnabij.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.thuisnabij.Testbestanden;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

class BijlagecontroleTest {

    @Test
    void eenEchtePdfEnEenEchtWorddocumentWordenAanvaard() throws IOException {
        assertThat(Bijlagecontrole.reden("pdf", Testbestanden.pdf("Groeidocument van Sem"))).isEmpty();
        assertThat(Bijlagecontrole.reden("docx", Testbestanden.docx(Map.of()))).isEmpty();
        assertThat(Bijlagecontrole.reden("doc", oudWorddocument(false))).isEmpty();
        var odt = new java.util.LinkedHashMap<String, byte[]>(); // OpenDocument wants "mimetype" as the first entry
        odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        odt.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        assertThat(Bijlagecontrole.reden("odt", Testbestanden.zip(odt))).isEmpty();
    }

    @Test
    void eenPdfDieJavascriptUitvoertWordtGeweigerd() {
        assertThat(Bijlagecontrole.reden("pdf", Testbestanden.pdf("Groeidocument", "app.alert('hallo');"))).hasValueSatisfying(
                reden -> assertThat(reden).contains("script"));
    }

    @Test
    void eenPdfDieOokEenWebpaginaIsWordtGeweigerd() {
        var pdf = Testbestanden.pdf("Groeidocument");
        var ookHtml = new ByteArrayOutputStream();
        ookHtml.writeBytes(pdf);
        ookHtml.writeBytes("\n%<html><body><script>fetch('/swv/PO2707/aanvragen')</script></body></html>\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(Bijlagecontrole.reden("pdf", ookHtml.toByteArray())).hasValueSatisfying(reden -> assertThat(reden).contains("webpagina"));
    }

    @Test
    void eenBestandDatAlleenBegintAlsPdfWordtGeweigerd() {
        assertThat(Bijlagecontrole.reden("pdf", "%PDF-1.7 en verder niets".getBytes(StandardCharsets.US_ASCII)))
                .hasValueSatisfying(reden -> assertThat(reden).contains("beschadigd"));
    }

    @Test
    void eenZipbomWordtGeweigerdVoordatHijHelemaalIsUitgepakt() {
        var bom = Testbestanden.docx(Map.of("word/media/nul.bin", new byte[20 * 1024 * 1024]));

        assertThat(bom.length).as("klein verstuurd").isLessThan(100_000);
        assertThat(Bijlagecontrole.reden("docx", bom)).hasValueSatisfying(reden -> assertThat(reden).contains("pakt uit"));
    }

    @Test
    void eenProgrammaMetDocxAlsExtensieWordtGeweigerd() {
        var jar = Testbestanden.zip(Map.of("META-INF/MANIFEST.MF", "Main-Class: Aanval\n".getBytes(StandardCharsets.US_ASCII),
                "Aanval.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}));

        assertThat(Bijlagecontrole.reden("docx", jar)).hasValueSatisfying(reden -> assertThat(reden).contains("programma"));
        assertThat(Bijlagecontrole.reden("docx", Testbestanden.zip(Map.of("iets.txt", new byte[] {1}))))
                .as("een zip zonder de delen van een Word-document").isPresent();
    }

    @Test
    void documentenMetMacrosWordenGeweigerd() throws IOException {
        assertThat(Bijlagecontrole.reden("docx", Testbestanden.docx(Map.of("word/vbaProject.bin", new byte[] {1, 2, 3}))))
                .hasValueSatisfying(reden -> assertThat(reden).contains("macro"));
        assertThat(Bijlagecontrole.reden("doc", oudWorddocument(true))).hasValueSatisfying(reden -> assertThat(reden).contains("macro"));
    }

    @Test
    void eenBestandsnaamVerliestStuurtekensEnOmkeringenEnIsHoogstens255TekensLang() {
        assertThat(Bijlagen.bestandsnaam("verslag\u202Efdp.exe")).isEqualTo("verslagfdp.exe");
        assertThat(Bijlagen.bestandsnaam("map/../verslag\u0000.pdf")).isEqualTo("map_.._verslag.pdf");
        assertThatThrownBy(() -> Bijlagen.bestandsnaam("a".repeat(252) + ".pdf")).hasMessageContaining("ten hoogste 255 tekens");
    }

    /** A legacy Word file (OLE2), with a macro storage when asked. */
    private static byte[] oudWorddocument(boolean metMacros) throws IOException {
        try (var bestand = new POIFSFileSystem(); var uit = new ByteArrayOutputStream()) {
            bestand.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            if (metMacros) {
                bestand.getRoot().createDirectory("Macros");
            }
            bestand.writeFilesystem(uit);
            return uit.toByteArray();
        }
    }
}
