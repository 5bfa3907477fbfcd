package nl.thuisnabij.aanmelding.web;

import static nl.thuisnabij.shared.web.Formuliervelden.aangevinkt;
import static nl.thuisnabij.shared.web.Formuliervelden.datum;
import static nl.thuisnabij.shared.web.Formuliervelden.keuze;
import static nl.thuisnabij.shared.web.Formuliervelden.tekst;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.thuisnabij.aanmelding.AanmeldingStatus;
import nl.thuisnabij.aanmelding.Vakantie;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Keuze;

/**
 * The forms of a registration's steps, one record per step, text exactly as typed so a refused form
 * comes back unchanged. {@code versie} is the version the person loaded.
 */
final class Aanmeldingformulieren {

    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";
    private static final String TE_LANG = "deze tekst is te lang: ten hoogste 20.000 tekens";

    private Aanmeldingformulieren() {
    }

    /** A written registration; {@code behoefte} holds the level per support domain, keyed by the domain's id. */
    record Registratie(
            @NotBlank(message = "vul de voornaam van de leerling in") @Size(max = 100, message = "ten hoogste 100 tekens") String voornaam,
            @NotBlank(message = "vul de achternaam van de leerling in") @Size(max = 100, message = "ten hoogste 100 tekens") String achternaam,
            @NotBlank(message = "vul de geboortedatum van de leerling in") @Datum String geboortedatum,
            @Size(max = 7, message = "een postcode heeft vier cijfers en twee letters, bijvoorbeeld 1011 AB") String postcode,
            @Size(max = 60, message = "dit veld is te lang: ten hoogste 60 tekens") String woonland,
            @NotBlank(message = "vul de datum van de schriftelijke aanmelding in") @Datum String datumAanmelding,
            @NotBlank(message = "vul de gewenste startdatum in") @Datum String gewensteStartdatum,
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String ondersteuningsbehoefte,
            Map<String, String> behoefte) {

        NieuweLeerling leerling() {
            return new NieuweLeerling(tekst(voornaam), tekst(achternaam), datum(geboortedatum),
                    tekst(postcode) == null ? null : Formuliervelden.lees("postcode", () -> Postcode.volledig(postcode)), tekst(woonland), null);
        }

        LocalDate aangemeldOp() {
            return datum(datumAanmelding);
        }

        LocalDate gewensteStart() {
            return datum(gewensteStartdatum);
        }

        boolean meldtOndersteuningsbehoefte() {
            return aangevinkt(ondersteuningsbehoefte);
        }

        /** The chosen levels; a domain left at "geen behoefte" is not in it, an unknown level is refused at its field. */
        Map<Long, Niveau> behoeften() {
            var gekozen = new HashMap<Long, Niveau>();
            if (behoefte != null) {
                behoefte.forEach((domein, niveau) -> {
                    var veld = "behoefte[" + domein + "]";
                    if (tekst(niveau) == null) {
                        return;
                    }
                    try {
                        gekozen.put(Long.valueOf(domein), Niveau.valueOf(niveau.strip()));
                    } catch (IllegalArgumentException onbekend) {
                        throw new OngeldigeInvoerException(veld, "kies een van de mogelijkheden in de lijst");
                    }
                });
            }
            return gekozen;
        }
    }

    record Onderzoek(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @Size(max = 20_000, message = TE_LANG) String onderzoek) implements GeladenVersie {
    }

    record Verlenging(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "geef de reden van de verlenging, zoals die aan de ouders is meegedeeld")
            @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String reden) implements GeladenVersie {
    }

    record Besluit(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies de uitkomst") @Keuze(AanmeldingStatus.class) String uitkomst,
            @Size(max = 20_000, message = TE_LANG) String toelichting) implements GeladenVersie {

        AanmeldingStatus gekozenUitkomst() {
            return keuze(uitkomst, AanmeldingStatus.class);
        }
    }

    record Aanvulling(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "schrijf welke informatie de school van de ouders nodig heeft")
            @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String omschrijving,
            @NotBlank(message = "vul de datum in waarop de informatie binnen moet zijn") @Datum String uiterlijk) implements GeladenVersie {

        LocalDate uiterlijkOp() {
            return datum(uiterlijk);
        }
    }

    record Ontvangst(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie) implements GeladenVersie {
    }

    record NietInBehandeling(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "schrijf welke informatie ontbreekt") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String reden,
            @NotBlank(message = "vink aan dat u de aanmelding niet in behandeling neemt: dit kan niet ongedaan worden gemaakt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {
    }

    record Voorstel(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies een school") @Getal(message = "kies een school uit de lijst") String school) implements GeladenVersie {
    }

    record Intrekking(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vink aan dat de ouders de aanmelding hebben ingetrokken: dit kan niet ongedaan worden gemaakt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {
    }

    record EindeZorgplicht(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "leg vast waarom de zorgplicht eindigt") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String reden,
            @NotBlank(message = "vink aan dat u de zorgplicht wilt beëindigen: dit kan niet ongedaan worden gemaakt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {
    }

    record Antwoord(
            @NotBlank(message = "kies: plaatsen of afwijzen") @Pattern(regexp = "true|false", message = "kies: plaatsen of afwijzen") String accepteer,
            @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String reden) {

        boolean plaatst() {
            return Boolean.parseBoolean(accepteer);
        }
    }

    record Vakantieperiode(
            @NotBlank(message = "geef de vakantie een naam, bijvoorbeeld Kerstvakantie 2026") @Size(max = 100, message = "ten hoogste 100 tekens")
            String naam,
            @NotBlank(message = "vul de eerste dag van de vakantie in") @Datum String van,
            @NotBlank(message = "vul de laatste dag van de vakantie in") @Datum String totEnMet) {

        Vakantie vakantie() {
            return new Vakantie(tekst(naam), datum(van), datum(totEnMet));
        }
    }
}
