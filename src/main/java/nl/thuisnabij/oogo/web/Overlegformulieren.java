package nl.thuisnabij.oogo.web;

import static nl.thuisnabij.shared.web.Formuliervelden.datum;
import static nl.thuisnabij.shared.web.Formuliervelden.keuze;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.oogo.Overleg;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Keuze;

/** The OOGO forms, text exactly as typed so a refused form comes back unchanged. */
final class Overlegformulieren {

    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";

    private Overlegformulieren() {
    }

    record Nieuw(
            @NotBlank(message = "vul de datum van het overleg in") @Datum String datum,
            @NotBlank(message = "kies het onderwerp") @Keuze(Overleg.Onderwerp.class) String onderwerp,
            @NotBlank(message = "vul in wie er aan het overleg deelnamen") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String deelnemers,
            @Size(max = 100, message = "kies hoogstens 100 gemeenten") List<String> gemeente) {

        LocalDate datumOverleg() {
            return Formuliervelden.datum(datum);
        }

        Overleg.Onderwerp gekozenOnderwerp() {
            return keuze(onderwerp, Overleg.Onderwerp.class);
        }

        Set<Long> gekozenGemeenten() {
            try {
                return gemeente == null ? Set.of() : gemeente.stream().map(String::strip).map(Long::valueOf).collect(Collectors.toSet());
            } catch (NumberFormatException onbekend) {
                throw new OngeldigeInvoerException("gemeente", "kies gemeenten uit de lijst");
            }
        }
    }

    record Afspraak(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "beschrijf de afspraak") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String afspraak,
            @NotBlank(message = "vul in wie de afspraak uitvoert") @Size(max = 200, message = "ten hoogste 200 tekens") String eigenaar,
            @Datum String uiterlijk) implements GeladenVersie {

        LocalDate uiterlijkeDatum() {
            return datum(uiterlijk);
        }
    }

    record Gereed(@NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie) implements GeladenVersie {
    }

    record Contactformulier(
            @NotBlank(message = "kies de gemeente") @Getal(message = "kies een gemeente uit de lijst") String gemeente,
            @NotBlank(message = "vul de naam in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @NotBlank(message = "vul de functie in, bijvoorbeeld leerplichtambtenaar") @Size(max = 200, message = "ten hoogste 200 tekens") String functie,
            @jakarta.validation.constraints.Email(message = "vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl")
            @Size(max = 200, message = "ten hoogste 200 tekens") String email,
            @Size(max = 30, message = "ten hoogste 30 tekens") String telefoon) {

        long gekozenGemeente() {
            return Long.parseLong(gemeente.strip());
        }
    }
}
