package nl.thuisnabij.aanvraag.web;

import static nl.thuisnabij.shared.web.Formuliervelden.aangevinkt;
import static nl.thuisnabij.shared.web.Formuliervelden.datum;
import static nl.thuisnabij.shared.web.Formuliervelden.decimaal;
import static nl.thuisnabij.shared.web.Formuliervelden.keuze;
import static nl.thuisnabij.shared.web.Formuliervelden.nummer;
import static nl.thuisnabij.shared.web.Formuliervelden.tekst;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.aanvraag.Bijlagen;
import org.springframework.web.multipart.MultipartFile;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.aanvraag.BesluitInvoer;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.leerling.OuderContact;
import nl.thuisnabij.leerling.Persoonsnummer;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Keuze;

/**
 * The forms of the request's steps, one record per step, holding the text exactly as typed so a
 * refused form comes back unchanged. Bean Validation checks each field's form; the domain checks the
 * rules. {@code versie} is the version the person loaded: kept as typed, so a form refused because
 * someone else saved first cannot overwrite that change when sent again.
 */
final class Stapformulieren {

    private static final int LANGE_TEKST = 20_000;
    private static final String TE_LANG = "deze tekst is te lang: ten hoogste 20.000 tekens";
    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";

    private Stapformulieren() {
    }

    record NieuweAanvraag(
            @NotBlank(message = "kies de soort aanvraag") @Keuze(Aanvraagsoort.class) String soort,
            @Getal(message = "kies een leerling uit de lijst") String leerling,
            @Size(max = 100, message = "dit veld is te lang: ten hoogste 100 tekens") String voornaam,
            @Size(max = 100, message = "dit veld is te lang: ten hoogste 100 tekens") String achternaam,
            @Datum String geboortedatum,
            @Size(max = 7, message = "een postcode heeft vier cijfers en twee letters, bijvoorbeeld 1011 AB") String postcode,
            @Size(max = 60, message = "dit veld is te lang: ten hoogste 60 tekens") String woonland,
            @Size(max = 200, message = "dit veld is te lang: ten hoogste 200 tekens") String ouderNaam,
            @Size(max = 50, message = "dit veld is te lang: ten hoogste 50 tekens") String ouderRelatie,
            @Email(message = "vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl")
            @Size(max = 200, message = "dit veld is te lang: ten hoogste 200 tekens") String ouderEmail,
            @Size(max = 30, message = "dit veld is te lang: ten hoogste 30 tekens") String ouderTelefoon,
            @Keuze(Persoonsnummer.Soort.class) String persoonsnummerSoort,
            @Size(max = 15, message = "dit veld is te lang: ten hoogste 15 tekens") String persoonsnummer) {

        boolean isNieuweLeerling() {
            return tekst(leerling) == null;
        }

        Aanvraagsoort aanvraagsoort() {
            return keuze(soort, Aanvraagsoort.class);
        }

        long bestaandeLeerling() {
            return nummer(leerling);
        }

        NieuweLeerling nieuweLeerling() {
            var woonadres = tekst(postcode) == null ? null : Formuliervelden.lees("postcode", () -> Postcode.volledig(postcode));
            return new NieuweLeerling(tekst(voornaam), tekst(achternaam), datum(geboortedatum), woonadres, tekst(woonland), null);
        }

        OuderContact ouder() {
            return tekst(ouderNaam) == null ? null
                    : Formuliervelden.lees("ouderNaam", () -> new OuderContact(ouderNaam.strip(), tekst(ouderRelatie), tekst(ouderEmail),
                            tekst(ouderTelefoon)));
        }

        Persoonsnummer opgegevenPersoonsnummer() {
            if (tekst(persoonsnummer) == null) {
                return null;
            }
            var soortNummer = keuze(persoonsnummerSoort, Persoonsnummer.Soort.class);
            if (soortNummer == null) {
                throw new OngeldigeInvoerException("persoonsnummerSoort", "kies of het nummer een BSN of een onderwijsnummer is");
            }
            return Formuliervelden.lees("persoonsnummer", () -> new Persoonsnummer(soortNummer, persoonsnummer.replaceAll("\\D", "")));
        }
    }

    record Inhoud(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @Size(max = LANGE_TEKST, message = TE_LANG) String vraag,
            @Size(max = LANGE_TEKST, message = TE_LANG) String behoeften,
            @Size(max = LANGE_TEKST, message = TE_LANG) String geprobeerd,
            @Getal(message = "kies een arrangement uit de lijst") String arrangementsoort) implements GeladenVersie {

        Long gekozenArrangement() {
            return nummer(arrangementsoort);
        }
    }

    record Zienswijze(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "schrijf wat u van de aanvraag vindt") @Size(max = LANGE_TEKST, message = TE_LANG) String zienswijze,
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String akkoord) implements GeladenVersie {

        boolean oudersStemmenIn() {
            return aangevinkt(akkoord);
        }
    }

    record Oudergesprek(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "beschrijf wat de ouders in het gesprek zeiden") @Size(max = LANGE_TEKST, message = TE_LANG) String verslag,
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String akkoord) implements GeladenVersie {

        boolean oudersStemmenIn() {
            return aangevinkt(akkoord);
        }
    }

    /** A step without fields of its own: only the version the person saw. */
    record Versie(@NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie) implements GeladenVersie {
    }

    record Intrekking(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vink aan dat u de aanvraag wilt intrekken: dit kan niet ongedaan worden gemaakt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {
    }

    record Bezwaarschrift(
            @Keuze(Bezwaar.Indiener.class) String indiener,
            @NotBlank(message = "vermeld de gronden van het bezwaar") @Size(max = LANGE_TEKST, message = TE_LANG) String gronden,
            List<MultipartFile> stukken) {

        /** The documents sent along; a file field left empty sends an empty part, which is no document. */
        List<Bijlagen.Stuk> meegestuurd() {
            if (stukken == null) {
                return List.of();
            }
            return stukken.stream().filter(b -> !b.isEmpty() || (b.getOriginalFilename() != null && !b.getOriginalFilename().isBlank())).map(b -> {
                try {
                    return new Bijlagen.Stuk(b.getOriginalFilename(), b.getBytes());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }

        Bezwaar.Indiener ingediendDoor(Bezwaar.Indiener standaard) {
            var gekozen = keuze(indiener, Bezwaar.Indiener.class);
            return gekozen == null ? standaard : gekozen;
        }
    }

    record Aanvullingsverzoek(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "beschrijf welke aanvulling de school moet leveren") @Size(max = LANGE_TEKST, message = TE_LANG)
            String gevraagd) implements GeladenVersie {
    }

    record Toekenningsintrekking(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "motiveer het intrekken") @Size(max = LANGE_TEKST, message = TE_LANG) String motivering,
            @NotBlank(message = "vink aan dat u de toekenning intrekt: dit kan niet ongedaan worden gemaakt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {
    }

    record Beeindiging(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "motiveer het beëindigen") @Size(max = LANGE_TEKST, message = TE_LANG) String motivering,
            @NotBlank(message = "vul de laatste dag in waarop de toekenning geldt") @Datum String laatsteDag,
            @NotBlank(message = "vink aan dat u de toekenning beëindigt: dit kan niet ongedaan worden gemaakt")
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String bevestigd) implements GeladenVersie {

        LocalDate laatsteDagOp() {
            return datum(laatsteDag);
        }
    }

    record Meewerker(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies de deskundige die meewerkte") @Getal(message = "kies een deskundige uit de lijst") String meewerker)
            implements GeladenVersie {
    }

    record Verdaging(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "geef de reden van het verdagen") @Size(max = 2_000, message = "ten hoogste 2.000 tekens") String reden)
            implements GeladenVersie {
    }

    record Vervanging(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies de deskundige die u vervangt") @Getal(message = "kies een deskundige uit de lijst") String vervangen,
            @NotBlank(message = "kies de nieuwe deskundige") @Getal(message = "kies een deskundige uit de lijst") String nieuw) implements GeladenVersie {
    }

    record Adviesverzoek(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies de eerste deskundige") @Getal(message = "kies een deskundige uit de lijst") String eerste,
            @NotBlank(message = "kies de tweede deskundige") @Getal(message = "kies een deskundige uit de lijst")
            String tweede) implements GeladenVersie {
    }

    record Advies(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies of uw advies positief of negatief is") @Pattern(regexp = "true|false",
                    message = "kies positief of negatief") String positief,
            @NotBlank(message = "een deskundigenadvies is schriftelijk gemotiveerd") @Size(max = LANGE_TEKST, message = TE_LANG) String motivering,
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String onafhankelijk) implements GeladenVersie {
    }

    record Agendering(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies een vergadering") @Getal(message = "kies een vergadering uit de lijst")
            String vergadering) implements GeladenVersie {
    }

    record Besluitformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies de uitkomst van het besluit") @Keuze(Besluituitkomst.class) String uitkomst,
            @NotBlank(message = "een besluit is altijd gemotiveerd: vul de motivering in")
            @Size(max = LANGE_TEKST, message = TE_LANG) String motivering,
            @Datum String startdatum,
            @Datum String einddatum,
            @Keuze(Bekostigingscategorie.class) String categorie,
            @Getal(decimalen = 2, message = "vul een aantal uren in, bijvoorbeeld 40 of 12,5") String uren,
            @Getal(decimalen = 2, message = "vul een bedrag in euro's in, bijvoorbeeld 1250,00") String bedrag) implements GeladenVersie {

        BesluitInvoer invoer() {
            return new BesluitInvoer(keuze(uitkomst, Besluituitkomst.class), tekst(motivering), datum(startdatum), datum(einddatum),
                    keuze(categorie, Bekostigingscategorie.class), decimaal(uren), decimaal(bedrag));
        }
    }

    record LbtAdvies(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vul het advies van de LBT in") @Size(max = LANGE_TEKST, message = TE_LANG) String advies) implements GeladenVersie {
    }

    /** The decision on an objection; when it is well-founded, the new decision's fields follow. */
    record Bezwaarbeslissing(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies of het bezwaar gegrond of ongegrond is") @Pattern(regexp = "true|false",
                    message = "kies gegrond of ongegrond") String gegrond,
            @NotBlank(message = "motiveer de beslissing op bezwaar") @Size(max = LANGE_TEKST, message = TE_LANG) String toelichting,
            @Keuze(Besluituitkomst.class) String uitkomst,
            @Size(max = LANGE_TEKST, message = TE_LANG) String motivering,
            @Datum String startdatum,
            @Datum String einddatum,
            @Keuze(Bekostigingscategorie.class) String categorie,
            @Getal(decimalen = 2, message = "vul een aantal uren in, bijvoorbeeld 40 of 12,5") String uren,
            @Getal(decimalen = 2, message = "vul een bedrag in euro's in, bijvoorbeeld 1250,00") String bedrag,
            @Size(max = 10, message = "kruis het vakje aan of laat het leeg") String volledigTegemoet) implements GeladenVersie {

        boolean isGegrond() {
            return aangevinkt(gegrond);
        }

        boolean isVolledigTegemoet() {
            return aangevinkt(volledigTegemoet);
        }

        BesluitInvoer nieuwBesluit() {
            return isGegrond() ? new Besluitformulier(versie, uitkomst, motivering, startdatum, einddatum, categorie, uren, bedrag).invoer() : null;
        }
    }
}
