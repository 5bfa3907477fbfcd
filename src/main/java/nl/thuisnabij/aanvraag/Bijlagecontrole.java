package nl.thuisnabij.aanvraag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSName;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an uploaded attachment whole before it is stored, because the documents go to commission
 * members' and parents' computers: the first bytes alone let through a PDF that is also a web page,
 * a PDF that runs JavaScript, a zip bomb or a program renamed .docx. PDFs are read with PDFBox,
 * legacy Word with POI's OLE2 reader, the zip-based formats entry by entry with limits on what they
 * unpack to. {@link #reden} gives, in Dutch, why a file is refused, or nothing.
 */
final class Bijlagecontrole {

    /** An office document unpacks to far less than this; more is a zip bomb. */
    static final long MAXIMAAL_UITGEPAKT = 100L * 1024 * 1024;
    /** Text and XML compress about tenfold; a hundredfold and more is built to explode. */
    static final long MAXIMALE_VERHOUDING = 100;
    static final int MAXIMAAL_AANTAL_DELEN = 10_000;

    private static final Pattern HTML = Pattern.compile("<\\s*(html|script|body|iframe|svg)[\\s>]|<!doctype\\s+html", Pattern.CASE_INSENSITIVE);
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private Bijlagecontrole() {
    }

    static Optional<String> reden(String extensie, byte[] inhoud) {
        try {
            return switch (extensie) {
                case "pdf" -> pdf(inhoud);
                case "docx" -> zip(inhoud, "word/document.xml");
                case "xlsx" -> zip(inhoud, "xl/workbook.xml");
                case "odt" -> odt(inhoud);
                case "doc" -> doc(inhoud);
                default -> Optional.of("dit soort bestand is niet toegestaan");
            };
        } catch (IOException | RuntimeException onleesbaar) {
            return Optional.of("het bestand is beschadigd of geen echt ." + extensie + "-bestand");
        }
    }

    private static Optional<String> pdf(byte[] inhoud) throws IOException {
        if (!begintMet(inhoud, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("het bestand is geen PDF");
        }
        // ISO-8859-1 maps every byte to one character, so markup hidden between the PDF's objects is found wherever it sits
        if (HTML.matcher(new String(inhoud, StandardCharsets.ISO_8859_1)).find()) {
            return Optional.of("de PDF bevat ook een webpagina; sla het document opnieuw op als PDF en probeer het nog eens");
        }
        try (var document = Loader.loadPDF(inhoud)) {
            if (voertIetsUit(document.getDocument().getTrailer(), java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))) {
                return Optional.of("de PDF bevat een script of start een programma; sla het document opnieuw op als PDF zonder scripts");
            }
            if (document.getNumberOfPages() == 0) {
                return Optional.of("de PDF heeft geen pagina's");
            }
        }
        return Optional.empty();
    }

    /** Walks everything the document can reach for a JavaScript or launch action, inline or as an object of its own. */
    private static boolean voertIetsUit(COSBase deel, java.util.Set<COSBase> gezien) {
        var inhoud = deel instanceof COSObject verwijzing ? verwijzing.getObject() : deel;
        if (inhoud == null || !gezien.add(inhoud)) {
            return false;
        }
        if (inhoud instanceof COSDictionary woordenboek) {
            if (woordenboek.containsKey(COSName.JS) || JAVASCRIPT.equals(woordenboek.getCOSName(COSName.S))
                    || LAUNCH.equals(woordenboek.getCOSName(COSName.S))) {
                return true;
            }
            for (var waarde : woordenboek.getValues()) {
                if (voertIetsUit(waarde, gezien)) {
                    return true;
                }
            }
        } else if (inhoud instanceof COSArray rij) {
            for (var waarde : rij) {
                if (voertIetsUit(waarde, gezien)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> odt(byte[] inhoud) throws IOException {
        var reden = zip(inhoud, "content.xml");
        if (reden.isPresent()) {
            return reden;
        }
        try (var zip = new ZipInputStream(new ByteArrayInputStream(inhoud))) {
            var eerste = zip.getNextEntry();
            if (eerste == null || !eerste.getName().equals("mimetype")
                    || !new String(zip.readNBytes(100), StandardCharsets.US_ASCII).equals("application/vnd.oasis.opendocument.text")) {
                return Optional.of("het bestand is geen OpenDocument-tekstbestand");
            }
        }
        return Optional.empty();
    }

    /** The Office Open XML and OpenDocument formats are zip files; every entry is unpacked and counted. */
    private static Optional<String> zip(byte[] inhoud, String verplichtDeel) throws IOException {
        if (!begintMet(inhoud, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of("het bestand is geen Office- of OpenDocument-bestand");
        }
        var namen = new HashSet<String>();
        long uitgepakt = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(inhoud))) {
            ZipEntry deel;
            while ((deel = zip.getNextEntry()) != null) {
                var naam = deel.getName();
                if (!namen.add(naam) || namen.size() > MAXIMAAL_AANTAL_DELEN) {
                    return Optional.of("het bestand is geen geldig document");
                }
                var klein = naam.toLowerCase(Locale.ROOT);
                if (klein.endsWith(".class") || klein.equals("meta-inf/manifest.mf") || klein.endsWith(".exe") || klein.endsWith(".dll")) {
                    return Optional.of("het bestand bevat een programma en is geen document");
                }
                if (klein.endsWith("vbaproject.bin") || klein.startsWith("basic/")) {
                    return Optional.of("het document bevat macro's; sla het op zonder macro's en probeer het opnieuw");
                }
                long grootte = lengte(zip);
                uitgepakt += grootte;
                long gecomprimeerd = Math.max(deel.getCompressedSize(), 1);
                if (uitgepakt > MAXIMAAL_UITGEPAKT || (grootte > 1024 * 1024 && grootte / gecomprimeerd > MAXIMALE_VERHOUDING)) {
                    return Optional.of("het bestand pakt uit tot veel meer dan een document kan bevatten en is geweigerd");
                }
            }
        }
        if (!namen.contains(verplichtDeel)) {
            return Optional.of("het bestand is geen geldig document van dit soort");
        }
        return Optional.empty();
    }

    /** Counts what an entry unpacks to, stopping as soon as it passes the limit. */
    private static long lengte(InputStream deel) throws IOException {
        var buffer = new byte[64 * 1024];
        long totaal = 0;
        int gelezen;
        while ((gelezen = deel.read(buffer)) != -1) {
            totaal += gelezen;
            if (totaal > MAXIMAAL_UITGEPAKT) {
                return totaal;
            }
        }
        return totaal;
    }

    private static Optional<String> doc(byte[] inhoud) throws IOException {
        if (!begintMet(inhoud, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Optional.of("het bestand is geen Word-document");
        }
        try (var bestand = new POIFSFileSystem(new ByteArrayInputStream(inhoud))) {
            DirectoryEntry wortel = bestand.getRoot();
            if (!wortel.hasEntryCaseInsensitive("WordDocument")) {
                return Optional.of("het bestand is geen Word-document");
            }
            if (wortel.hasEntryCaseInsensitive("Macros") || wortel.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
                return Optional.of("het document bevat macro's; sla het op zonder macro's en probeer het opnieuw");
            }
        }
        return Optional.empty();
    }

    private static boolean begintMet(byte[] inhoud, byte[] kop) {
        if (inhoud.length < kop.length) {
            return false;
        }
        for (int i = 0; i < kop.length; i++) {
            if (inhoud[i] != kop[i]) {
                return false;
            }
        }
        return true;
    }
}
