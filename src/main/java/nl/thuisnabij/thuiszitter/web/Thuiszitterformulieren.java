package nl.thuisnabij.thuiszitter.web;

import static nl.thuisnabij.shared.web.Formuliervelden.datum;
import static nl.thuisnabij.shared.web.Formuliervelden.keuze;
import static nl.thuisnabij.shared.web.Formuliervelden.nummer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Keuze;
import nl.thuisnabij.thuiszitter.Verzuimreden;
import nl.thuisnabij.thuiszitter.Verzuimsoort;

/** The forms of the thuiszitters register, text exactly as typed so a refused form comes back unchanged. */
final class Thuiszitterformulieren {

    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";

    private Thuiszitterformulieren() {
    }

    record Meldformulier(
            @NotBlank(message = "kies de leerling") @Getal(message = "kies een leerling uit de lijst") String leerling,
            @NotBlank(message = "kies de soort verzuim") @Keuze(Verzuimsoort.class) String soort,
            @NotBlank(message = "kies de reden") @Keuze(Verzuimreden.class) String reden,
            @NotBlank(message = "vul in sinds wanneer het kind niet naar school gaat") @Datum String sinds) {

        long gekozenLeerling() {
            return nummer(leerling);
        }

        Verzuimsoort gekozenSoort() {
            return keuze(soort, Verzuimsoort.class);
        }

        Verzuimreden gekozenReden() {
            return keuze(reden, Verzuimreden.class);
        }

        LocalDate sindsDatum() {
            return datum(sinds);
        }
    }

    record Plan(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "beschrijf wat het kind wordt aangeboden") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String aanbod,
            @NotBlank(message = "vul in wie het aanbod uitvoert") @Size(max = 200, message = "ten hoogste 200 tekens") String uitvoerder,
            @Datum String volgendeEvaluatie) implements GeladenVersie {

        LocalDate evaluatie() {
            return datum(volgendeEvaluatie);
        }
    }

    record Oplossing(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "beschrijf hoe het is opgelost") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String oplossing)
            implements GeladenVersie {
    }

    record Toestemmingformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies tot wanneer u toestemming geeft") @Datum String tot) implements GeladenVersie {

        LocalDate totDatum() {
            return datum(tot);
        }
    }

    record Intrekking(@NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie) implements GeladenVersie {
    }

    record Verzuimmelding(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vul de datum in waarop het verzuim is gemeld") @Datum String verzuimGemeldOp) implements GeladenVersie {

        LocalDate datumGemeld() {
            return datum(verzuimGemeldOp);
        }
    }

    /** A child at no school (absoluut verzuim): the minimal data of a new pupil record. */
    record KindZonderSchool(
            @NotBlank(message = "vul de voornaam in") @Size(max = 100, message = "ten hoogste 100 tekens") String voornaam,
            @NotBlank(message = "vul de achternaam in") @Size(max = 100, message = "ten hoogste 100 tekens") String achternaam,
            @NotBlank(message = "vul de geboortedatum in") @Datum String geboortedatum,
            @NotBlank(message = "vul de postcode van het woonadres in, bijvoorbeeld 1011 AB")
            @Size(max = 7, message = "een postcode heeft vier cijfers en twee letters, bijvoorbeeld 1011 AB") String postcode,
            @NotBlank(message = "kies de reden") @Keuze(Verzuimreden.class) String reden,
            @NotBlank(message = "vul in sinds wanneer het kind niet naar school gaat") @Datum String sinds) {

        NieuweLeerling kind() {
            return new NieuweLeerling(Formuliervelden.tekst(voornaam), Formuliervelden.tekst(achternaam), datum(geboortedatum),
                    Formuliervelden.lees("postcode", () -> Postcode.volledig(postcode)), null);
        }

        Verzuimreden gekozenReden() {
            return keuze(reden, Verzuimreden.class);
        }

        LocalDate sindsDatum() {
            return datum(sinds);
        }
    }
}
