package nl.thuisnabij.opp.web;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.thuisnabij.opp.Opp;
import nl.thuisnabij.opp.OppVersie;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.shared.Datumnotatie;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One version of an OPP as a PDF the parents can read: short sentences, the school's words for what
 * the child needs, and at every part a question as its heading (B1 Dutch).
 */
final class OppDocument {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final Document document;
    private final Font kop = new Font(Font.HELVETICA, 13, Font.BOLD);
    private final Font tekst = new Font(Font.HELVETICA, 10.5f);
    private final Font vet = new Font(Font.HELVETICA, 10.5f, Font.BOLD);

    private OppDocument(Document document) {
        this.document = document;
    }

    static byte[] pdf(Opps.Overzicht o, OppVersie v) {
        var uit = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, uit);
        document.addTitle("Ontwikkelingsperspectief van " + o.leerling().naam() + ", versie " + v.volgnummer());
        document.open();
        new OppDocument(document).schrijf(o, v);
        document.close();
        return uit.toByteArray();
    }

    private void schrijf(Opps.Overzicht o, OppVersie v) {
        Opp opp = o.opp();
        regel(kop, "Ontwikkelingsperspectief (OPP) van " + o.leerling().naam());
        regel(tekst, "Geboren op " + Datumnotatie.lang(o.leerling().geboortedatum()) + ". School: " + o.school().naam() + ".");
        regel(tekst, "Versie " + v.volgnummer() + ": " + v.status().omschrijving()
                + (v.vastgesteldOp() != null ? ", op " + Datumnotatie.lang(v.vastgesteldOp()) : "") + ".");
        wit();
        regel(vet, "Wat is dit?");
        regel(tekst, "In dit plan staat wat uw kind nodig heeft, welke doelen we samen willen halen en wie wat doet. "
                + "De school schrijft het plan en bespreekt het met u. Het deel 'Wie doet wat' gaat pas in als u ermee instemt.");
        kopje("Waar gaat uw kind later naartoe?");
        regel(tekst, v.uitstroombestemming() == null ? "Nog niet ingevuld." : "Verwachting: " + v.uitstroombestemming().omschrijving() + ".");
        tekst("Waarom", v.onderbouwing());
        tekst("Wat helpt uw kind", v.bevorderendeFactoren());
        tekst("Wat maakt het moeilijker", v.belemmerendeFactoren());
        kopje("Welke doelen willen we halen?");
        var doelen = opp.doelenVan(v.volgnummer());
        if (doelen.isEmpty()) {
            regel(tekst, "Nog geen doelen.");
        }
        for (var doel : doelen) {
            regel(tekst, "• " + doel.beschrijving() + " (" + doel.domein().omschrijving() + "). Niveau: " + doel.niveau() + ". Klaar op: "
                    + Datumnotatie.lang(doel.streefdatum()) + "." + (doel.resultaat() == null ? "" : " Bij de evaluatie: " + doel.resultaat().omschrijving()
                            + (doel.toelichting() == null ? "." : ", " + doel.toelichting())));
        }
        kopje("Wie doet wat? (handelingsdeel)");
        var handelingen = opp.handelingenVan(v.volgnummer());
        if (handelingen.isEmpty()) {
            regel(tekst, "Nog niets afgesproken.");
        }
        for (var h : handelingen) {
            regel(tekst, "• " + h.wat() + ". Wie: " + h.wie() + ". Hoe vaak: " + h.hoeVaak() + "."
                    + (h.middelen() == null ? "" : " Met: " + h.middelen() + ".") + (h.arrangement() == null ? "" : " Arrangement: " + h.arrangement() + "."));
        }
        if (v.afwijkingen() != null) {
            kopje("Wat is anders dan het gewone lesprogramma?");
            regel(tekst, v.afwijkingen());
        }
        kopje("Wat vindt uw kind zelf?");
        regel(tekst, v.visieLeerling() == null ? "Niet ingevuld." : v.visieLeerling());
        if (opp.heeftCommissieVoorDeBegeleiding()) {
            kopje("Advies van de commissie voor de begeleiding");
            regel(tekst, v.adviesCvb() == null ? "Nog niet gegeven." : v.adviesCvb());
        }
        if (v.oogoOp() != null) {
            kopje("Het gesprek met u");
            regel(tekst, "Op " + Datumnotatie.lang(v.oogoOp()) + " bespraken we dit plan. Aanwezig: " + v.oogoDeelnemers() + ".");
            tekst("Afgesproken", v.oogoAfspraken());
            tekst("Wat u ervan vindt, in uw woorden", v.zienswijzeOuders());
        }
        kopje("Uw instemming met 'Wie doet wat'");
        regel(tekst, switch (v.instemming() == null ? "" : v.instemming().name()) {
            case "GEGEVEN" -> "U stemde in op " + MOMENT.format(v.instemmingOp()) + " (" + v.instemmingDoor() + ").";
            case "GEWEIGERD" -> "U stemde niet in op " + MOMENT.format(v.instemmingOp()) + " (" + v.instemmingDoor() + "): " + v.instemmingToelichting()
                    + ". De school blijft doen wat eerder met u is afgesproken. Bent u het niet eens met het plan? Dan kunt u binnen zes weken naar de "
                    + "Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).";
            default -> "Nog niet gevraagd of nog geen antwoord.";
        });
        if (v.evaluatieOp() != null) {
            kopje("Evaluatie");
            regel(tekst, "Op " + Datumnotatie.lang(v.evaluatieOp()) + " keken we samen terug. Aanwezig: " + v.evaluatieDeelnemers() + ".");
            tekst("Conclusie", v.evaluatieConclusie());
            tekst("Commissie voor de begeleiding", v.evaluatieAdviesCvb());
        }
    }

    private void kopje(String titel) {
        wit();
        regel(vet, titel);
    }

    private void tekst(String label, String waarde) {
        if (waarde != null) {
            regel(tekst, label + ": " + waarde);
        }
    }

    private void wit() {
        regel(tekst, " ");
    }

    private void regel(Font font, String inhoud) {
        document.add(new Paragraph(inhoud, font));
    }
}
