package nl.thuisnabij.aanvraag.web;

import java.util.Map;
import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Parents see their own child's requests and decisions, give their view, object, download letters. */
@Controller
@PreAuthorize("hasRole('OUDER')")
class OuderAanvraagController {

    private final Aanvragen aanvragen;
    private final Beoordeling beoordeling;
    private final Aanvraaglijsten lijsten;

    OuderAanvraagController(Aanvragen aanvragen, Beoordeling beoordeling, Aanvraaglijsten lijsten) {
        this.aanvragen = aanvragen;
        this.beoordeling = beoordeling;
        this.lijsten = lijsten;
    }

    @GetMapping("/ouder/aanvragen")
    String lijst(@AuthenticationPrincipal Gebruiker ouder, Model model) {
        model.addAttribute("aanvragen", lijsten.vanOuder(ouder));
        return "aanvraag/ouder";
    }

    @GetMapping("/ouder/aanvragen/{swv}/{aanvraag}")
    String detail(@PathVariable String swv, @PathVariable long aanvraag, @AuthenticationPrincipal Gebruiker ouder, Model model) {
        AanvraagWeb.detail(model, aanvragen.detail(SwvCode.van(swv), aanvraag, ouder), ouder, "/ouder/aanvragen/%s/%d".formatted(swv,
                aanvraag), java.util.List.of());
        return "aanvraag/detail";
    }

    @PostMapping("/ouder/aanvragen/{swv}/{aanvraag}/{actie}")
    String actie(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable String actie, @RequestParam(defaultValue = "-1") int versie,
            @RequestParam Map<String, String> velden, @AuthenticationPrincipal Gebruiker ouder, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            if (actie.equals("zienswijze")) {
                aanvragen.legZienswijzeVast(code, aanvraag, versie, ouder, velden.get("zienswijze"), "true".equals(velden.get("akkoord")));
                doorsturen.addFlashAttribute("melding", "Uw zienswijze is vastgelegd.");
            } else if (actie.equals("bezwaar")) {
                beoordeling.dienBezwaarIn(code, aanvraag, ouder, Bezwaar.Indiener.OUDERS, velden.get("gronden"));
                doorsturen.addFlashAttribute("melding", "Uw bezwaar is ingediend.");
            } else {
                throw new OngeldigeInvoerException("onbekende stap '%s'".formatted(actie));
            }
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/ouder/aanvragen/%s/%d".formatted(swv, aanvraag);
    }

    @GetMapping("/ouder/aanvragen/{swv}/{aanvraag}/besluiten/{nummer}/brief")
    ResponseEntity<byte[]> brief(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable int nummer,
            @AuthenticationPrincipal Gebruiker ouder) {
        var code = SwvCode.van(swv);
        return AanvraagWeb.download(aanvragen.besluitbrief(code, aanvraag, nummer, ouder), AanvraagWeb.briefnaam(code, aanvraag, nummer),
                MediaType.APPLICATION_PDF);
    }
}
