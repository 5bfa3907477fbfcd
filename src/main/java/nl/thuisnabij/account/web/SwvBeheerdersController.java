package nl.thuisnabij.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.thuisnabij.account.Accountbeheer;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.shared.web.Formulierstap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator starts an SWV off: its first SWV-beheerder, who invites everyone else. */
@Controller
@PreAuthorize("hasRole('PLATFORMBEHEERDER')")
class SwvBeheerdersController {

    record Beheerderformulier(
            @NotBlank(message = "kies een samenwerkingsverband") @Size(max = 6, message = "kies een samenwerkingsverband uit de lijst") String swv,
            @NotBlank(message = "vul de naam in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @NotBlank(message = "vul het e-mailadres in") @Size(max = 254, message = "ten hoogste 254 tekens") String email) {
    }

    record Inspectieformulier(
            @NotBlank(message = "vul de naam in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @NotBlank(message = "vul het e-mailadres in") @Size(max = 254, message = "ten hoogste 254 tekens") String email) {
    }

    private final Accountbeheer beheer;
    private final Register register;

    SwvBeheerdersController(Accountbeheer beheer, Register register) {
        this.beheer = beheer;
        this.register = register;
    }

    @GetMapping("/beheer/swv-beheerders")
    String beheerders(Model model) {
        model.addAttribute("samenwerkingsverbanden", register.alleSamenwerkingsverbanden());
        model.addAttribute("beheerders", beheer.actieveBeheerders());
        return "account/swv-beheerders";
    }

    @PostMapping("/beheer/swv-beheerders")
    ModelAndView nodigUit(@Valid Beheerderformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("BEHEERDER", invoer, binding).voerUit(
                () -> beheer.nodigBeheerderUit(invoer.swv(), invoer.naam(), invoer.email(), gebruiker).melding(),
                "/beheer/swv-beheerders", model, doorsturen, this::beheerders, "account/swv-beheerders");
    }

    /** Someone of the Inspectie van het onderwijs: sees the key figures of every SWV, suppressed. */
    @PostMapping("/beheer/inspectie")
    ModelAndView nodigInspectieUit(@Valid Inspectieformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("INSPECTIE", invoer, binding).voerUit(
                () -> beheer.nodigInspectieUit(invoer.naam(), invoer.email(), gebruiker).melding(),
                "/beheer/swv-beheerders", model, doorsturen, this::beheerders, "account/swv-beheerders");
    }
}
