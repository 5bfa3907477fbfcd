package nl.thuisnabij.aanvraag.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.DuoRegistratie;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Formulierstap;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the SWV runs around its requests: the TLV register for DUO and its own request policy. */
@Controller
class AanvraagbeheerController {

    private final Aanvraaginstellingen instellingen;
    private final DuoRegistratie duo;
    private final Register register;
    private final Clock klok;

    AanvraagbeheerController(Aanvraaginstellingen instellingen, DuoRegistratie duo, Register register, Clock klok) {
        this.instellingen = instellingen;
        this.duo = duo;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping("/swv/{swv}/tlv-register")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    String tlvRegister(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("regels", duo.teRegistreren(code));
        model.addAttribute("exports", duo.duoExports(code));
        return "aanvraag/tlv-register";
    }

    @PostMapping("/swv/{swv}/tlv-register/export")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    Object exporteer(@PathVariable String swv, @AuthenticationPrincipal Gebruiker gebruiker, RedirectAttributes doorsturen) {
        try {
            var csv = duo.exporteerNaarDuo(SwvCode.van(swv), gebruiker);
            return AanvraagWeb.download(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "tlv-registratie-%s-%s.csv".formatted(swv,
                    LocalDate.now(klok)), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
            return "redirect:/swv/" + swv + "/tlv-register";
        }
    }

    @GetMapping("/swv/{swv}/tlv-register/exports/{export}")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ResponseEntity<byte[]> export(@PathVariable String swv, @PathVariable long export) {
        return AanvraagWeb.download(duo.duoExport(SwvCode.van(swv), export).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "tlv-registratie-%s-export-%d.csv".formatted(swv, export), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/swv/{swv}/aanvraagbeleid")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    String instellingen(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("beleid", instellingen.beleid(code));
        model.addAttribute("arrangementsoorten", instellingen.arrangementsoorten(code));
        return "aanvraag/instellingen";
    }

    @PostMapping("/swv/{swv}/aanvraagbeleid")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    ModelAndView wijzigBeleid(@PathVariable String swv, @Valid Beheerformulieren.Beleid invoer, BindingResult binding, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("BELEID", invoer, binding).voerUit(() -> {
            instellingen.wijzigBeleid(SwvCode.van(swv), invoer.beleid());
            return "Het beleid is opgeslagen.";
        }, "/swv/" + swv + "/aanvraagbeleid", model, doorsturen, m -> instellingen(swv, m), "aanvraag/instellingen");
    }

    @PostMapping("/swv/{swv}/aanvraagbeleid/arrangementen")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    ModelAndView voegArrangementsoortToe(@PathVariable String swv, @Valid Beheerformulieren.Arrangementsoort invoer, BindingResult binding,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("ARRANGEMENTSOORT", invoer, binding).voerUit(() -> {
            instellingen.voegArrangementsoortToe(SwvCode.van(swv), invoer.naam(), invoer.tarief());
            return "Het arrangement staat in de catalogus.";
        }, "/swv/" + swv + "/aanvraagbeleid", model, doorsturen, m -> instellingen(swv, m), "aanvraag/instellingen");
    }
}
