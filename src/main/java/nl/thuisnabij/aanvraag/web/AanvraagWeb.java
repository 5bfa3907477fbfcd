package nl.thuisnabij.aanvraag.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import nl.thuisnabij.aanvraag.AanvraagToegang;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Commissievergadering;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.aanvraag.BesluitInvoer;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.aanvraag.Deskundigheid;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Invoer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/** What the school, SWV and parent pages of a request share: the detail model, form parsing, downloads. */
final class AanvraagWeb {

    private AanvraagWeb() {
    }

    static void detail(Model model, Aanvragen.Detail detail, Gebruiker kijker, String basis, List<Commissievergadering> vergaderingen) {
        model.addAttribute("d", detail);
        model.addAttribute("a", detail.aanvraag());
        model.addAttribute("basis", basis);
        model.addAttribute("isOuder", kijker.heeftRol(Rol.OUDER));
        model.addAttribute("isZorg", AanvraagToegang.isBehandelaar(kijker));
        model.addAttribute("stappen", detail.aanvraag().mogelijkeStappen(AanvraagToegang.betrokkene(kijker)).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("deskundigheden", Deskundigheid.values());
        model.addAttribute("uitkomsten", Besluituitkomst.values());
        model.addAttribute("categorieen", Bekostigingscategorie.values());
        model.addAttribute("vergaderingen", vergaderingen);
    }

    static BesluitInvoer besluit(Map<String, String> velden) {
        return new BesluitInvoer(Invoer.keuze(velden, "uitkomst", Besluituitkomst.class, "de uitkomst van het besluit"),
                tekst(velden, "motivering"), datum(velden, "startdatum"), datum(velden, "einddatum"),
                Invoer.optioneleKeuze(velden.get("categorie"), Bekostigingscategorie.class, "de bekostigingscategorie"),
                bedrag(velden, "uren"), bedrag(velden, "bedrag"));
    }

    static AanvraagStatus status(String tekst) {
        return Invoer.optioneleKeuze(tekst, AanvraagStatus.class, "de status");
    }

    static String tekst(Map<String, String> velden, String naam) {
        var waarde = velden.get(naam);
        return waarde == null || waarde.isBlank() ? null : waarde.trim();
    }

    static LocalDate datum(Map<String, String> velden, String naam) {
        var waarde = tekst(velden, naam);
        try {
            return waarde == null ? null : LocalDate.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            throw new OngeldigeInvoerException("'%s' is geen datum".formatted(waarde));
        }
    }

    static BigDecimal bedrag(Map<String, String> velden, String naam) {
        var waarde = tekst(velden, naam);
        try {
            return waarde == null ? null : new BigDecimal(waarde.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("'%s' is geen getal".formatted(waarde));
        }
    }

    static ResponseEntity<byte[]> download(byte[] inhoud, String naam, MediaType soort) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam, java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(soort).body(inhoud);
    }

    static String briefnaam(SwvCode swv, long id, int nummer) {
        return "besluit-%s-%d-%d.pdf".formatted(swv, id, nummer);
    }
}
