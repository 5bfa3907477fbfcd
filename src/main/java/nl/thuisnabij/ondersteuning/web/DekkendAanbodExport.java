package nl.thuisnabij.ondersteuning.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import nl.thuisnabij.ondersteuning.DekkendAanbod;
import nl.thuisnabij.shared.Spreadsheettekst;
import org.apache.commons.csv.CSVFormat;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The dekkend-aanbod matrix as a spreadsheet-ready CSV and as a PDF for the ondersteuningsplan. */
@Component
class DekkendAanbodExport {

    static final String WITTE_VLEK = "WITTE VLEK";

    /** Semicolon-separated UTF-8 with byte order mark: opens correctly in Dutch spreadsheet programs. */
    byte[] csv(DekkendAanbod.Matrix matrix) throws IOException {
        var uit = new ByteArrayOutputStream();
        uit.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(new OutputStreamWriter(uit, StandardCharsets.UTF_8))) {
            var kop = new ArrayList<String>();
            kop.add("ondersteuningsdomein");
            kop.add("vereist niveau (basisondersteuning)");
            matrix.gemeenten().forEach(gemeente -> kop.add(Spreadsheettekst.veilig(gemeente)));
            kop.add("heel samenwerkingsverband");
            printer.printRecord(kop);
            for (var rij : matrix.rijen()) {
                var waarden = new ArrayList<String>();
                waarden.add(Spreadsheettekst.veilig(rij.domein().naam()));
                waarden.add(rij.domein().vereistNiveau().omschrijving());
                rij.perGemeente().forEach(cel -> waarden.add(tekst(cel)));
                waarden.add(tekst(rij.heleSwv()));
                printer.printRecord(waarden);
            }
        }
        return uit.toByteArray();
    }

    byte[] pdf(DekkendAanbod.Matrix matrix, String swvNaam) {
        var uit = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 24, 24, 28, 28);
        PdfWriter.getInstance(document, uit);
        document.addTitle("Dekkend aanbod " + swvNaam + " " + matrix.schooljaar());
        document.open();
        var titel = new Font(Font.HELVETICA, 14, Font.BOLD);
        var klein = new Font(Font.HELVETICA, 7);
        var kop = new Font(Font.HELVETICA, 7, Font.BOLD);
        document.add(new Paragraph("Dekkend aanbod — " + swvNaam + " (" + matrix.swv() + "), schooljaar " + matrix.schooljaar(), titel));
        document.add(new Paragraph("Hoogste niveau van ondersteuning per gemeente volgens de schoolondersteuningsprofielen. "
                + WITTE_VLEK + ": nergens aangeboden. Witte vlekken: " + matrix.wittePlekken() + ".", klein));
        document.add(new Paragraph(" ", klein));
        var tabel = new PdfPTable(matrix.gemeenten().size() + 2);
        tabel.setWidthPercentage(100);
        tabel.setHeaderRows(1);
        tabel.addCell(cel("Ondersteuningsdomein", kop, null));
        matrix.gemeenten().forEach(g -> tabel.addCell(cel(g, kop, null)));
        tabel.addCell(cel("Heel SWV", kop, null));
        for (var rij : matrix.rijen()) {
            tabel.addCell(cel(rij.domein().naam(), kop, null));
            rij.perGemeente().forEach(c -> tabel.addCell(cel(tekst(c), klein, c.witteVlek() ? new Color(255, 214, 214) : null)));
            tabel.addCell(cel(tekst(rij.heleSwv()), klein, rij.heleSwv().witteVlek() ? new Color(255, 214, 214) : null));
        }
        document.add(tabel);
        document.close();
        return uit.toByteArray();
    }

    private static PdfPCell cel(String tekst, Font font, Color achtergrond) {
        var cel = new PdfPCell(new Phrase(tekst, font));
        cel.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (achtergrond != null) {
            cel.setBackgroundColor(achtergrond);
        }
        return cel;
    }

    static String tekst(DekkendAanbod.Cel cel) {
        return cel.witteVlek() ? WITTE_VLEK : "%s (%d %s)".formatted(cel.hoogste().omschrijving(), cel.scholen().size(),
                cel.scholen().size() == 1 ? "school" : "scholen");
    }
}
