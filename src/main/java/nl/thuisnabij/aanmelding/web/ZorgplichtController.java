package nl.thuisnabij.aanmelding.web;

import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.aanmelding.Zorgplichtbeleid;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.Rollen;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SWV's view on the zorgplicht: open registrations, overdue terms, pupils without a place. */
@Controller
class ZorgplichtController {

    private final Aanmeldingen aanmeldingen;
    private final Register register;
    private final Zorgplichtbeleid beleid;

    ZorgplichtController(Aanmeldingen aanmeldingen, Register register, Zorgplichtbeleid beleid) {
        this.beleid = beleid;
        this.aanmeldingen = aanmeldingen;
        this.register = register;
    }

    @GetMapping("/swv/{swv}/zorgplicht")
    @PreAuthorize(Rollen.SWV_ZORG)
    String dashboard(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("dashboard", aanmeldingen.dashboard(code));
        return "aanmelding/dashboard";
    }

    @GetMapping("/swv/{swv}/zorgplicht/beleid")
    @PreAuthorize(Rollen.SWV_ZORG)
    String beleid(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("beleid", beleid.termijnbeleid(code));
        return "aanmelding/beleid";
    }

    @PostMapping("/swv/{swv}/zorgplicht/beleid")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    String wijzigBeleid(@PathVariable String swv, @RequestParam(defaultValue = "false") boolean vakantiesSchortenOp,
            RedirectAttributes doorsturen) {
        beleid.wijzigTermijnbeleid(SwvCode.van(swv), vakantiesSchortenOp);
        doorsturen.addFlashAttribute("melding", "Het termijnbeleid is opgeslagen.");
        return "redirect:/swv/" + swv + "/zorgplicht/beleid";
    }

    @PostMapping("/swv/{swv}/zorgplicht/vakanties")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    ModelAndView voegVakantieToe(@PathVariable String swv, @Valid Aanmeldingformulieren.Vakantieperiode invoer, BindingResult binding,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("VAKANTIE", invoer, binding).voerUit(() -> {
            beleid.voegVakantieToe(SwvCode.van(swv), invoer.vakantie());
            return "De vakantie is toegevoegd.";
        }, "/swv/" + swv + "/zorgplicht/beleid", model, doorsturen, m -> beleid(swv, m), "aanmelding/beleid");
    }

    @GetMapping("/ouder/aanmeldingen")
    @PreAuthorize("hasRole('OUDER')")
    String ouder(@AuthenticationPrincipal Gebruiker ouder, Model model) {
        model.addAttribute("aanmeldingen", aanmeldingen.vanOuder(ouder.id()));
        return "aanmelding/ouder";
    }
}
