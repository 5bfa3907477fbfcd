package nl.thuisnabij.aanvraag.web;

import static nl.thuisnabij.shared.web.Formuliervelden.decimaal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.thuisnabij.aanvraag.Aanvraagbeleid;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;

/** The forms with which an SWV sets its request policy and runs its commission, text exactly as typed. */
final class Beheerformulieren {

    private static final String HEEL_GETAL = "vul een heel getal in";

    private Beheerformulieren() {
    }

    record Beleid(
            @NotBlank(message = HEEL_GETAL) @Getal(message = HEEL_GETAL) String beslistermijnWeken,
            @NotBlank(message = HEEL_GETAL) @Getal(message = HEEL_GETAL) String aanvullingDagen,
            @NotBlank(message = HEEL_GETAL) @Getal(message = HEEL_GETAL) String tlvMinimaleMaanden,
            @NotBlank(message = HEEL_GETAL) @Getal(message = HEEL_GETAL) String tlvHerinneringDagen,
            @NotBlank(message = "vul de adviescommissie voor bezwaren in") @Size(max = 200, message = "ten hoogste 200 tekens") String bezwaarcommissie) {

        Aanvraagbeleid beleid() {
            return new Aanvraagbeleid(geheel(beslistermijnWeken), geheel(aanvullingDagen), geheel(tlvMinimaleMaanden), geheel(tlvHerinneringDagen),
                    bezwaarcommissie);
        }

        /** Large numbers pass the form check; the policy's own bounds then refuse them at the field. */
        private static int geheel(String waarde) {
            return (int) Math.min(Integer.MAX_VALUE, Formuliervelden.nummer(waarde));
        }
    }

    record Arrangementsoort(
            @NotBlank(message = "vul de naam van het arrangement in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @NotBlank(message = "vul het uurtarief in") @Getal(decimalen = 2, message = "vul een bedrag in euro's in, bijvoorbeeld 62,50")
            String uurtarief) {

        BigDecimal tarief() {
            return decimaal(uurtarief);
        }
    }

    record Vergadering(@NotBlank(message = "vul de datum van de vergadering in") @Datum String datum,
            @NotBlank(message = "vul in hoe laat de vergadering begint")
            @jakarta.validation.constraints.Pattern(regexp = "([01]?\\d|2[0-3])[:.][0-5]\\d", message = "vul een tijd in, bijvoorbeeld 14:00") String aanvang,
            @NotBlank(message = "vul in waar de vergadering is, bijvoorbeeld een zaal of een link voor online vergaderen")
            @Size(max = 200, message = "ten hoogste 200 tekens") String plaats) {

        LocalDate dag() {
            return Formuliervelden.datum(datum);
        }

        java.time.LocalTime tijd() {
            var delen = aanvang.strip().split("[:.]");
            return java.time.LocalTime.of(Integer.parseInt(delen[0]), Integer.parseInt(delen[1]));
        }
    }

    record Aanwezige(
            @NotBlank(message = "kies de aanwezige") @Getal(message = "kies een medewerker uit de lijst") String gebruiker,
            @NotBlank(message = "vul de rol van de aanwezige in, bijvoorbeeld voorzitter of deskundige")
            @Size(max = 100, message = "ten hoogste 100 tekens") String rol) {

        long medewerker() {
            return Formuliervelden.nummer(gebruiker);
        }
    }

    record VanAgenda(
            @NotBlank(message = "de pagina is verouderd: laad haar opnieuw")
            @Getal(message = "de pagina is verouderd: laad haar opnieuw") String versie) implements GeladenVersie {
    }

    record Notulen(
            @NotBlank(message = "de pagina is verouderd: laad haar opnieuw")
            @Getal(message = "de pagina is verouderd: laad haar opnieuw") String versie,
            @Size(max = 100_000, message = "de notulen zijn te lang: ten hoogste 100.000 tekens") String notulen) implements GeladenVersie {
    }
}
