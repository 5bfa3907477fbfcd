package nl.thuisnabij.opp.web;

import static nl.thuisnabij.shared.web.Formuliervelden.aangevinkt;
import static nl.thuisnabij.shared.web.Formuliervelden.datum;
import static nl.thuisnabij.shared.web.Formuliervelden.keuze;
import static nl.thuisnabij.shared.web.Formuliervelden.nummer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.thuisnabij.opp.Doelresultaat;
import nl.thuisnabij.opp.Ondersteuningsdomein;
import nl.thuisnabij.opp.Uitstroombestemming;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Keuze;

/** The forms of the OPP, text exactly as typed so a refused form comes back unchanged. */
final class Oppformulieren {

    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";
    private static final String LANG = "ten hoogste 4.000 tekens";

    private Oppformulieren() {
    }

    record Nieuw(
            @NotBlank(message = "kies de leerling") @Getal(message = "kies een leerling uit de lijst") String leerling,
            @NotBlank(message = "vul de datum van inschrijving in") @Datum String ingeschrevenOp,
            @Size(max = 5, message = "vink aan of niet") String naTijdelijkePlaatsing) {

        long gekozenLeerling() {
            return nummer(leerling);
        }

        LocalDate inschrijving() {
            return datum(ingeschrevenOp);
        }

        boolean tijdelijk() {
            return aangevinkt(naTijdelijkePlaatsing);
        }
    }

    record Inhoud(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @Keuze(Uitstroombestemming.class) String uitstroombestemming,
            @Size(max = 4_000, message = LANG) String onderbouwing,
            @Size(max = 4_000, message = LANG) String belemmerendeFactoren,
            @Size(max = 4_000, message = LANG) String bevorderendeFactoren,
            @Size(max = 4_000, message = LANG) String afwijkingen,
            @Size(max = 4_000, message = LANG) String visieLeerling) implements GeladenVersie {

        Uitstroombestemming bestemming() {
            return keuze(uitstroombestemming, Uitstroombestemming.class);
        }
    }

    record NieuwDoel(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies het domein") @Keuze(Ondersteuningsdomein.class) String domein,
            @NotBlank(message = "beschrijf het doel") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String beschrijving,
            @NotBlank(message = "vul het verwachte niveau in") @Size(max = 200, message = "ten hoogste 200 tekens") String niveau,
            @NotBlank(message = "vul de streefdatum in") @Datum String streefdatum) implements GeladenVersie {

        Ondersteuningsdomein gekozenDomein() {
            return keuze(domein, Ondersteuningsdomein.class);
        }

        LocalDate streef() {
            return datum(streefdatum);
        }
    }

    record NieuweHandeling(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "beschrijf de ondersteuning of begeleiding") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String wat,
            @NotBlank(message = "vul in wie het doet") @Size(max = 200, message = "ten hoogste 200 tekens") String wie,
            @NotBlank(message = "vul in hoe vaak") @Size(max = 200, message = "ten hoogste 200 tekens") String hoeVaak,
            @Size(max = 1_000, message = "ten hoogste 1.000 tekens") String middelen,
            @Size(max = 200, message = "ten hoogste 200 tekens") String arrangement) implements GeladenVersie {
    }

    record Verwijderen(@NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie) implements GeladenVersie {
    }

    record AdviesCvb(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vul het advies in") @Size(max = 4_000, message = LANG) String adviesCvb) implements GeladenVersie {
    }

    record Oogo(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vul de datum van het overleg in") @Datum String oogoOp,
            @NotBlank(message = "vul in wie deelnamen") @Size(max = 1_000, message = "ten hoogste 1.000 tekens") String deelnemers,
            @NotBlank(message = "vul in wat is afgesproken") @Size(max = 4_000, message = LANG) String afspraken,
            @Size(max = 4_000, message = LANG) String zienswijzeOuders) implements GeladenVersie {

        LocalDate datumOverleg() {
            return datum(oogoOp);
        }
    }

    record Instemming(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vink aan dat u het plan heeft gelezen en ermee instemt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {
    }

    record Weigering(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "schrijf kort waarom u niet instemt") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String toelichting)
            implements GeladenVersie {
    }

    /** The evaluation; the result and note per goal are keyed by the goal's number. */
    record Evaluatie(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vul de datum van de evaluatie in") @Datum String evaluatieOp,
            @NotBlank(message = "vul in wie deelnamen") @Size(max = 1_000, message = "ten hoogste 1.000 tekens") String deelnemers,
            @NotBlank(message = "vul de conclusie in") @Size(max = 4_000, message = LANG) String conclusie,
            @Size(max = 4_000, message = LANG) String evaluatieAdviesCvb,
            Map<String, String> resultaat,
            Map<String, String> toelichting) implements GeladenVersie {

        LocalDate datumEvaluatie() {
            return datum(evaluatieOp);
        }

        Map<Integer, Doelresultaat> resultaten() {
            var uitkomst = new HashMap<Integer, Doelresultaat>();
            if (resultaat != null) {
                resultaat.forEach((doel, gekozen) -> {
                    if (gekozen != null && !gekozen.isBlank()) {
                        try {
                            uitkomst.put(Integer.valueOf(doel), Doelresultaat.valueOf(gekozen.strip()));
                        } catch (IllegalArgumentException onbekend) {
                            throw new OngeldigeInvoerException("resultaat[" + doel + "]", "kies bereikt, deels bereikt of niet bereikt");
                        }
                    }
                });
            }
            return uitkomst;
        }

        Map<Integer, String> toelichtingen() {
            var uitkomst = new HashMap<Integer, String>();
            if (toelichting != null) {
                toelichting.forEach((doel, tekst) -> {
                    if (tekst != null && tekst.length() > 2_000) {
                        throw new OngeldigeInvoerException("toelichting[" + doel + "]", "ten hoogste 2.000 tekens");
                    }
                    try {
                        uitkomst.put(Integer.valueOf(doel), tekst);
                    } catch (NumberFormatException onbekend) {
                        throw new OngeldigeInvoerException("toelichting[" + doel + "]", "dit doel staat niet in het OPP");
                    }
                });
            }
            return uitkomst;
        }
    }

    record Beeindiging(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vul de einddatum in") @Datum String beeindigdOp,
            @NotBlank(message = "vul in waarom het OPP eindigt") @Size(max = 500, message = "ten hoogste 500 tekens") String reden,
            @NotBlank(message = "vink aan dat u het OPP beëindigt: dit kan niet ongedaan worden gemaakt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {

        LocalDate einddatum() {
            return datum(beeindigdOp);
        }
    }
}
