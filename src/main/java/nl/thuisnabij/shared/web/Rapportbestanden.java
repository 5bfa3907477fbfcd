package nl.thuisnabij.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.thuisnabij.shared.Rapport;
import nl.thuisnabij.shared.Spreadsheettekst;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A {@link Rapport} as a file to download: CSV for any program, xlsx for spreadsheets, PDF to send on. */
public final class Rapportbestanden {

    private static final java.util.regex.Pattern BEDRAG = java.util.regex.Pattern.compile("(-?)€ (\\d{1,3}(\\.\\d{3}){0,4},\\d{2})");

    private Rapportbestanden() {
    }

    /** The report as a file download in the format asked for: csv, xlsx or pdf; any other is not found. */
    public static org.springframework.http.ResponseEntity<byte[]> alsDownload(Rapport rapport, String formaat, String naam) {
        var inhoud = switch (formaat) {
            case "csv" -> csv(rapport);
            case "xlsx" -> xlsx(rapport);
            case "pdf" -> pdf(rapport);
            default -> throw new nl.thuisnabij.shared.NietGevondenException("geen rapport als ." + formaat + ": kies csv, xlsx of pdf");
        };
        var soort = switch (formaat) {
            case "csv" -> "text/csv;charset=UTF-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/pdf";
        };
        return org.springframework.http.ResponseEntity.ok().header(org.springframework.http.HttpHeaders.CONTENT_TYPE, soort)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(naam + "." + formaat).build().toString())
                .body(inhoud);
    }

    /** Semicolon-separated UTF-8 with byte order mark, as Dutch spreadsheet programs open it; one block per table. */
    public static byte[] csv(Rapport rapport) {
        return csv(printer -> {
            printer.printRecord(Spreadsheettekst.veilig(rapport.titel()));
            for (var tabel : rapport.tabellen()) {
                printer.println();
                printer.printRecord(Spreadsheettekst.veilig(tabel.titel()));
                regels(printer, tabel);
            }
        });
    }

    /** One table as a file of its own: the header line and the rows, nothing above them (a layout another system reads). */
    public static byte[] csv(Rapport.Tabel tabel) {
        return csv(printer -> regels(printer, tabel));
    }

    private interface Schrijver {
        void schrijf(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(Schrijver schrijver) {
        var uit = new ByteArrayOutputStream();
        uit.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(new OutputStreamWriter(uit, StandardCharsets.UTF_8))) {
            schrijver.schrijf(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static void regels(CSVPrinter printer, Rapport.Tabel tabel) throws IOException {
        printer.printRecord(tabel.kolommen().stream().map(Spreadsheettekst::veilig).toList());
        for (var rij : tabel.rijen()) {
            printer.printRecord(rij.stream().map(Spreadsheettekst::veilig).toList());
        }
    }

    /** One sheet per table; whole numbers and amounts in euros are numbers, so the spreadsheet can add them up. */
    public static byte[] xlsx(Rapport rapport) {
        var uit = new ByteArrayOutputStream();
        try (var werkboek = new Workbook(uit, "Thuisnabij", "1.0")) {
            int nummer = 1;
            for (var tabel : rapport.tabellen()) {
                var blad = werkboek.newWorksheet(bladnaam(nummer++, tabel.titel()));
                blad.value(0, 0, tabel.titel());
                blad.style(0, 0).bold().set();
                for (int k = 0; k < tabel.kolommen().size(); k++) {
                    blad.value(1, k, tabel.kolommen().get(k));
                    blad.style(1, k).bold().set();
                }
                for (int r = 0; r < tabel.rijen().size(); r++) {
                    var rij = tabel.rijen().get(r);
                    for (int k = 0; k < rij.size(); k++) {
                        var cel = rij.get(k);
                        var bedrag = BEDRAG.matcher(cel);
                        var getal = Rapport.geheelGetal(cel);
                        if (getal != null) {
                            blad.value(r + 2, k, getal);
                        } else if (bedrag.matches()) {
                            blad.value(r + 2, k, new java.math.BigDecimal(bedrag.group(1) + bedrag.group(2).replace(".", "").replace(',', '.')));
                            blad.style(r + 2, k).format("€ #,##0.00").set();
                        } else {
                            blad.value(r + 2, k, cel);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** Sheet names are at most 31 characters and unique; the number keeps them apart. */
    private static String bladnaam(int nummer, String titel) {
        var naam = nummer + " " + titel.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return naam.length() > 31 ? naam.substring(0, 31) : naam;
    }

    public static byte[] pdf(Rapport rapport) {
        var uit = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, uit);
        document.addTitle(rapport.titel());
        document.open();
        document.add(new Paragraph(rapport.titel(), new Font(Font.HELVETICA, 14, Font.BOLD)));
        document.add(new Paragraph(rapport.toelichting(), new Font(Font.HELVETICA, 9)));
        var kop = new Font(Font.HELVETICA, 8, Font.BOLD);
        var tekst = new Font(Font.HELVETICA, 8);
        for (var tabel : rapport.tabellen()) {
            var titel = new Paragraph(tabel.titel(), new Font(Font.HELVETICA, 11, Font.BOLD));
            titel.setSpacingBefore(10);
            titel.setSpacingAfter(4);
            document.add(titel);
            var pdfTabel = new PdfPTable(tabel.kolommen().size());
            pdfTabel.setWidthPercentage(100);
            pdfTabel.setHeaderRows(1);
            tabel.kolommen().forEach(k -> pdfTabel.addCell(new PdfPCell(new Phrase(k, kop))));
            tabel.rijen().forEach(rij -> rij.forEach(cel -> pdfTabel.addCell(new PdfPCell(new Phrase(cel, tekst)))));
            document.add(pdfTabel);
        }
        document.close();
        return uit.toByteArray();
    }
}
