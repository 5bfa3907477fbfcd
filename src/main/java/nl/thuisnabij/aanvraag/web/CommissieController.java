package nl.thuisnabij.aanvraag.web;

import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Commissie;
import nl.thuisnabij.aanvraag.Commissievergadering;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Formulierstap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SWV's commission: meetings, who attended, minutes; the requests on each agenda. */
@Controller
class CommissieController {

    private final Commissie commissie;
    private final Aanvraaglijsten lijsten;
    private final Register register;
    private final Gebruikers gebruikers;

    CommissieController(Commissie commissie, Aanvraaglijsten lijsten, Register register, Gebruikers gebruikers) {
        this.commissie = commissie;
        this.lijsten = lijsten;
        this.register = register;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/swv/{swv}/commissie")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS + " or hasRole('COMMISSIELID')")
    String commissie(@PathVariable String swv, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        var vergaderingen = commissie.vergaderingen(code);
        model.addAttribute("vergaderingen", vergaderingen);
        model.addAttribute("aanvragen", lijsten.opAgenda(code, gebruiker, vergaderingen.stream().map(Commissievergadering::id).toList()));
        model.addAttribute("medewerkers", gebruikers.medewerkersVan(swv));
        return "aanvraag/commissie";
    }

    @PostMapping("/swv/{swv}/commissie")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ModelAndView planVergadering(@PathVariable String swv, @Valid Beheerformulieren.Vergadering invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("VERGADERING_PLANNEN", invoer, binding).voerUit(() -> {
            commissie.planVergadering(SwvCode.van(swv), invoer.dag());
            return "De vergadering is gepland.";
        }, "/swv/" + swv + "/commissie", model, doorsturen, m -> commissie(swv, gebruiker, m), "aanvraag/commissie");
    }

    @PostMapping("/swv/{swv}/commissie/{vergadering}/aanwezige")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ModelAndView registreerAanwezige(@PathVariable String swv, @PathVariable long vergadering, @Valid Beheerformulieren.Aanwezige invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("AANWEZIGE-" + vergadering, invoer, binding).voerUit(() -> {
            commissie.registreerAanwezige(SwvCode.van(swv), vergadering, invoer.medewerker(), invoer.rol());
            return "De aanwezige is toegevoegd.";
        }, "/swv/" + swv + "/commissie", model, doorsturen, m -> commissie(swv, gebruiker, m), "aanvraag/commissie");
    }

    @PostMapping("/swv/{swv}/commissie/{vergadering}/notulen")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ModelAndView legNotulenVast(@PathVariable String swv, @PathVariable long vergadering, @Valid Beheerformulieren.Notulen invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("NOTULEN-" + vergadering, invoer, binding).voerUit(() -> {
            commissie.legNotulenVast(SwvCode.van(swv), vergadering, invoer.geladenVersie(), invoer.notulen());
            return "De notulen zijn opgeslagen.";
        }, "/swv/" + swv + "/commissie", model, doorsturen, m -> commissie(swv, gebruiker, m), "aanvraag/commissie");
    }
}
