package nl.thuisnabij.aanvraag.web;

import java.util.Arrays;
import java.util.List;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import nl.thuisnabij.aanvraag.AanvraagToegang;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Commissievergadering;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Invoer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/** What the school, SWV and parent pages of a request share: the detail model, the status filter, downloads. */
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
        // an expert sees the other expert's advice only once both are in
        model.addAttribute("isDeskundige", kijker.heeftRol(Rol.DESKUNDIGE));
        model.addAttribute("uitkomsten", Arrays.stream(Besluituitkomst.values()).filter(Besluituitkomst::isBesluitOpAanvraag).toList());
        model.addAttribute("categorieen", Bekostigingscategorie.values());
        model.addAttribute("vergaderingen", vergaderingen);
    }

    static AanvraagStatus status(String tekst) {
        return Invoer.optioneleKeuze(tekst, AanvraagStatus.class, "de status");
    }

    static ResponseEntity<byte[]> download(byte[] inhoud, String naam, MediaType soort) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam, java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(soort).body(inhoud);
    }

    /** A decision letter opens in the browser, to read first and save or print from there. */
    static ResponseEntity<byte[]> brief(byte[] pdf, SwvCode swv, long id, int nummer) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("besluit-%s-%d-%d.pdf".formatted(swv, id, nummer),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
