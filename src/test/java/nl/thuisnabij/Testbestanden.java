package nl.thuisnabij;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real files of the kinds schools attach, built in the test, so uploads are checked on what they really are. */
public final class Testbestanden {

    private Testbestanden() {
    }

    /** A one-page PDF with this text; with a script when asked, as a PDF that runs JavaScript on opening. */
    public static byte[] pdf(String tekst, String javascript) {
        var uit = new ByteArrayOutputStream();
        var document = new Document();
        var schrijver = PdfWriter.getInstance(document, uit);
        document.open();
        if (javascript != null) {
            schrijver.addJavaScript(javascript);
        }
        document.add(new Paragraph(tekst));
        document.close();
        return uit.toByteArray();
    }

    public static byte[] pdf(String tekst) {
        return pdf(tekst, null);
    }

    /** A minimal Word document (docx) with the parts Word itself needs. */
    public static byte[] docx(Map<String, byte[]> extraDelen) {
        var delen = new LinkedHashMap<String, byte[]>();
        delen.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/></Types>""".getBytes(StandardCharsets.UTF_8));
        delen.put("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>Groeidocument</w:t></w:r></w:p></w:body></w:document>""".getBytes(StandardCharsets.UTF_8));
        delen.putAll(extraDelen);
        return zip(delen);
    }

    /** A zip with these entries, in the map's order (pass an ordered map where the format needs one). */
    public static byte[] zip(Map<String, byte[]> delen) {
        var uit = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(uit)) {
            for (var deel : delen.entrySet()) {
                zip.putNextEntry(new ZipEntry(deel.getKey()));
                zip.write(deel.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}
