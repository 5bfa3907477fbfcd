package nl.thuisnabij.aanvraag;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.register.Samenwerkingsverband;
import nl.thuisnabij.register.Vestiging;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.springframework.stereotype.Component;

/** The decision letter to parents and school: decision, motivation, period and the bezwaar route. */
@Component
class Besluitbrief {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    byte[] maak(Aanvraag aanvraag, Besluit besluit, Leerling leerling, Vestiging school, Samenwerkingsverband swv, String arrangement) {
        var uit = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        org.openpdf.text.pdf.PdfWriter.getInstance(document, uit);
        document.addTitle("Besluit " + aanvraag.soort().omschrijving());
        document.open();
        var kop = new Font(Font.HELVETICA, 14, Font.BOLD);
        var tekst = new Font(Font.HELVETICA, 10.5f);
        var vet = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
        var c = swv.contact();
        document.add(new Paragraph(swv.weergavenaam(), vet));
        document.add(new Paragraph(String.join(", ", nietLeeg(c.straat()), nietLeeg(c.postcode()) + " " + nietLeeg(c.plaats()),
                nietLeeg(c.email())), tekst));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Aan de ouders/verzorgers van " + leerling.naam() + " en aan " + school.naam(), tekst));
        document.add(new Paragraph("Datum: " + DATUM.format(besluit.beslotenOp()), tekst));
        document.add(new Paragraph("Kenmerk: " + swv.code() + "-" + aanvraag.id() + "-" + besluit.volgnummer(), tekst));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Besluit op de aanvraag " + aanvraag.soort().omschrijving(), kop));
        if (besluit.volgnummer() > 1) {
            document.add(new Paragraph("Dit besluit vervangt het eerdere besluit, naar aanleiding van: " + besluit.aanleiding() + ".", tekst));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Het samenwerkingsverband heeft de aanvraag van " + school.naam() + " voor " + leerling.naam()
                + " (geboren " + DATUM.format(leerling.geboortedatum()) + ") " + besluit.uitkomst().omschrijving() + ".", tekst));
        if (besluit.uitkomst().isToegekend()) {
            if (besluit.isTlv()) {
                document.add(new Paragraph("Toelaatbaarheidsverklaring: " + besluit.tlvSoort()
                        + (besluit.categorie() == null ? "" : ", bekostigingscategorie " + besluit.categorie().omschrijving()) + ".", tekst));
                document.add(new Paragraph("Afgegeven door het samenwerkingsverband van de woonplaats van de leerling (" + besluit.bevoegdSwv() + ").", tekst));
            } else {
                document.add(new Paragraph("Arrangement: " + arrangement + ", " + (besluit.uren() == null ? "" : besluit.uren() + " uur à € "
                        + besluit.uurtarief() + ", ") + "totaal € " + besluit.bedrag() + ".", tekst));
            }
            document.add(new Paragraph("Periode: van " + DATUM.format(besluit.startdatum()) + (besluit.einddatum() == null ? " zonder einddatum"
                    : " tot en met " + DATUM.format(besluit.einddatum())) + ".", tekst));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Motivering", vet));
        document.add(new Paragraph(besluit.motivering(), tekst));
        if (aanvraag.soort().isTlv() && !aanvraag.adviezen().isEmpty()) {
            document.add(new Paragraph("Het samenwerkingsverband heeft het advies gevraagd van twee deskundigen: "
                    + aanvraag.adviezen().stream().map(a -> a.deskundigheid().omschrijving() + " (" + (a.positief() ? "positief" : "negatief") + ")")
                            .reduce((a, b) -> a + " en " + b).orElse("") + ".", tekst));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Bezwaar", vet));
        document.add(new Paragraph("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag waarop dit besluit is bekendgemaakt, "
                + "dus uiterlijk op " + DATUM.format(besluit.bezwaarTermijnTot()) + ", een bezwaarschrift indienen bij " + swv.weergavenaam()
                + (c.email() == null ? "" : " (" + c.email() + ")") + ". Vermeld uw naam en adres, de datum, het kenmerk van dit besluit en "
                + "waarom u het er niet mee eens bent, en onderteken het bezwaarschrift (Algemene wet bestuursrecht, artikel 6:5 en 6:7)."
                + (aanvraag.soort().isTlv() ? " Bij een bezwaar tegen een besluit over een toelaatbaarheidsverklaring vraagt het samenwerkingsverband "
                        + "advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaring voordat het op uw bezwaar beslist." : ""), tekst));
        document.close();
        return uit.toByteArray();
    }

    private static String nietLeeg(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
