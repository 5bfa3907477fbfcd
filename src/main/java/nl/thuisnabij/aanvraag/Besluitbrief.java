package nl.thuisnabij.aanvraag;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.Datumnotatie;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.springframework.stereotype.Component;

/** The decision letter to parents and school: decision, motivation, period and the bezwaar route. */
@Component
class Besluitbrief {

    private final Leerlingen leerlingen;
    private final Register register;
    private final Aanvraaginstellingen instellingen;

    Besluitbrief(Leerlingen leerlingen, Register register, Aanvraaginstellingen instellingen) {
        this.leerlingen = leerlingen;
        this.register = register;
        this.instellingen = instellingen;
    }


    /** The letter as lines, the same for the PDF and for the preview before the decision is final. */
    List<Briefregel> regels(Aanvraag aanvraag, Besluit besluit) {
        var leerling = leerlingen.vind(aanvraag.swv(), aanvraag.leerlingId()).orElseThrow();
        var school = register.vestiging(aanvraag.vestigingId()).orElseThrow();
        var swv = register.bestaandSamenwerkingsverband(aanvraag.swv());
        var beleid = instellingen.beleid(aanvraag.swv());
        var arrangement = besluit.arrangementsoortId() == null ? null : instellingen.arrangementsoorten(aanvraag.swv()).stream()
                .filter(s -> s.id() == besluit.arrangementsoortId()).map(Arrangementsoort::naam).findFirst().orElse(null);
        var regels = new ArrayList<Briefregel>();
        var c = swv.contact();
        regels.add(new Briefregel(Briefregel.Soort.VET, swv.weergavenaam()));
        regels.add(new Briefregel(Briefregel.Soort.TEKST, String.join(", ", nietLeeg(c.straat()), nietLeeg(c.postcode()) + " " + nietLeeg(c.plaats()),
                nietLeeg(c.email()))));
        regels.add(Briefregel.WIT);
        regels.add(new Briefregel(Briefregel.Soort.TEKST, "Aan de ouders/verzorgers van " + leerling.naam() + " en aan " + school.naam()));
        regels.add(new Briefregel(Briefregel.Soort.TEKST, "Datum: " + Datumnotatie.lang(besluit.beslotenOp())));
        regels.add(new Briefregel(Briefregel.Soort.TEKST, "Kenmerk: " + swv.code() + "-" + aanvraag.id() + "-" + besluit.volgnummer()));
        if (aanvraag.tlvVolgnummer() != null) {
            regels.add(new Briefregel(Briefregel.Soort.TEKST, "TLV-nummer: " + aanvraag.swv().waarde() + "-TLV-" + aanvraag.tlvVolgnummer()));
        }
        regels.add(Briefregel.WIT);
        regels.add(new Briefregel(Briefregel.Soort.KOP, "Besluit op de aanvraag " + aanvraag.soort().omschrijving()));
        if (besluit.volgnummer() > 1) {
            regels.add(new Briefregel(Briefregel.Soort.TEKST, "Dit besluit vervangt het eerdere besluit, naar aanleiding van: " + besluit.aanleiding() + "."));
        }
        regels.add(Briefregel.WIT);
        var wie = leerling.naam() + " (geboren " + Datumnotatie.lang(leerling.geboortedatum()) + ")";
        regels.add(new Briefregel(Briefregel.Soort.TEKST, switch (besluit.uitkomst()) {
            case INGETROKKEN -> besluit.isTlv() ? "Het samenwerkingsverband trekt de toelaatbaarheidsverklaring " + besluit.tlvSoort() + " voor " + wie
                    + " in. Zij geldt niet meer, ook niet voor de periode waarvoor zij was afgegeven."
                    : "Het samenwerkingsverband trekt het arrangement " + arrangement + " voor " + wie + " in. Het geldt niet meer; de school krijgt er geen "
                    + "geld meer voor.";
            case VOORTIJDIG_BEEINDIGD -> besluit.isTlv() ? "Het samenwerkingsverband beëindigt de toelaatbaarheidsverklaring " + besluit.tlvSoort() + " voor " + wie
                    + " voortijdig. Zij geldt tot en met " + Datumnotatie.lang(besluit.einddatum()) + "."
                    : "Het samenwerkingsverband beëindigt het arrangement " + arrangement + " voor " + wie + " voortijdig. Het geldt tot en met "
                    + Datumnotatie.lang(besluit.einddatum()) + "; het bedrag voor die kortere periode is " + Bedrag.notatie(besluit.bedrag()) + ".";
            default -> "Het samenwerkingsverband heeft de aanvraag van " + school.naam() + " voor " + wie + " " + besluit.uitkomst().omschrijving() + ".";
        }));
        if (besluit.uitkomst().isToegekend()) {
            if (besluit.isTlv()) {
                regels.add(new Briefregel(Briefregel.Soort.TEKST, "Toelaatbaarheidsverklaring: " + besluit.tlvSoort()
                        + (besluit.categorie() == null ? "" : ", bekostigingscategorie " + besluit.categorie().omschrijving()) + "."));
                regels.add(new Briefregel(Briefregel.Soort.TEKST, "Afgegeven door samenwerkingsverband " + besluit.bevoegdSwv()
                        + (aanvraag.tlvBevoegdheid() == null ? "" : ": " + aanvraag.tlvBevoegdheid()) + "."));
            } else {
                regels.add(new Briefregel(Briefregel.Soort.TEKST, "Arrangement: " + arrangement + ", " + (besluit.uren() == null ? "" : besluit.uren() + " uur à "
                        + Bedrag.notatie(besluit.uurtarief()) + ", ") + "totaal " + Bedrag.notatie(besluit.bedrag()) + "."));
            }
            regels.add(new Briefregel(Briefregel.Soort.TEKST, "Periode: van " + Datumnotatie.lang(besluit.startdatum()) + (besluit.einddatum() == null ? " zonder einddatum"
                    : " tot en met " + Datumnotatie.lang(besluit.einddatum())) + "."));
        }
        regels.add(Briefregel.WIT);
        regels.add(new Briefregel(Briefregel.Soort.VET, "Motivering"));
        regels.add(new Briefregel(Briefregel.Soort.TEKST, besluit.motivering()));
        if (aanvraag.soort().isTlv() && !aanvraag.adviezen().isEmpty()) {
            regels.add(new Briefregel(Briefregel.Soort.TEKST, "Het samenwerkingsverband heeft het advies gevraagd van twee deskundigen: "
                    + aanvraag.adviezen().stream().map(a -> a.deskundigheid().omschrijving() + " (" + (a.positief() ? "positief" : "negatief") + ")")
                            .reduce((a, b) -> a + " en " + b).orElse("") + "."));
        }
        regels.add(Briefregel.WIT);
        regels.add(new Briefregel(Briefregel.Soort.VET, "Bezwaar"));
        regels.add(new Briefregel(Briefregel.Soort.TEKST, "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag waarop dit besluit is bekendgemaakt, "
                + "dus uiterlijk op " + Datumnotatie.lang(besluit.bezwaarTermijnTot()) + ", een bezwaarschrift indienen bij " + swv.weergavenaam()
                + (c.email() == null ? "" : " (" + c.email() + ")") + ". Vermeld uw naam en adres, de datum, het kenmerk van dit besluit en "
                + "waarom u het er niet mee eens bent, en onderteken het bezwaarschrift (Algemene wet bestuursrecht, artikel 6:5 en 6:7)."
                + (aanvraag.soort().isTlv() ? " Bij een bezwaar tegen een besluit over een toelaatbaarheidsverklaring vraagt het samenwerkingsverband "
                        + "advies aan " + beleid.bezwaarcommissie() + " voordat het op uw bezwaar beslist." : "")));
        if (aanvraag.soort().isTlv() && !aanvraag.adviezen().isEmpty()) {
            // WPO art. 18a lid 14: the parents receive the experts' advices with the decision
            regels.add(Briefregel.WIT);
            regels.add(new Briefregel(Briefregel.Soort.KOP, "Bijlage: de adviezen van de deskundigen"));
            for (var advies : aanvraag.adviezen()) {
                regels.add(new Briefregel(Briefregel.Soort.VET, (advies.volgnummer() == 1 ? "Eerste" : "Tweede") + " deskundige: " + advies.deskundigeNaam()
                        + ", " + advies.deskundigheid().omschrijving() + " — " + (advies.positief() ? "positief" : "negatief") + ", "
                        + Datumnotatie.lang(advies.gegevenOp())));
                regels.add(new Briefregel(Briefregel.Soort.TEKST, advies.motivering()));
            }
        }
        return regels;
    }

    /** The decision that an objection is unfounded: the earlier decision stands, with the motivation. */
    List<Briefregel> bezwaarOngegrond(Aanvraag aanvraag, String motivering) {
        var besluit = aanvraag.huidigBesluit().orElseThrow();
        return List.of(new Briefregel(Briefregel.Soort.KOP, "Beslissing op bezwaar"),
                new Briefregel(Briefregel.Soort.TEKST, "Het bezwaar tegen het besluit van " + Datumnotatie.lang(besluit.beslotenOp()) + " op de aanvraag "
                        + aanvraag.soort().omschrijving() + " is ongegrond. Het besluit blijft zoals het is."),
                Briefregel.WIT, new Briefregel(Briefregel.Soort.VET, "Motivering"), new Briefregel(Briefregel.Soort.TEKST, motivering));
    }

    byte[] pdf(Aanvraag aanvraag, Besluit besluit) {
        var uit = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        org.openpdf.text.pdf.PdfWriter.getInstance(document, uit);
        document.addTitle("Besluit " + aanvraag.soort().omschrijving());
        document.open();
        var kop = new Font(Font.HELVETICA, 14, Font.BOLD);
        var tekst = new Font(Font.HELVETICA, 10.5f);
        var vet = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
        for (var regel : regels(aanvraag, besluit)) {
            document.add(new Paragraph(regel.soort() == Briefregel.Soort.WIT ? " " : regel.tekst(), switch (regel.soort()) {
                case KOP -> kop;
                case VET -> vet;
                default -> tekst;
            }));
        }
        document.close();
        return uit.toByteArray();
    }

    private static String nietLeeg(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
