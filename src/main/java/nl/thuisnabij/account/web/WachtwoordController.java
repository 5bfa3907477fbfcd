package nl.thuisnabij.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.thuisnabij.account.Federatielogin;
import nl.thuisnabij.account.Wachtwoordlinks;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Formulierstap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public pages to choose a password through a one-time link, and to ask for one. */
@Controller
class WachtwoordController {

    record Herstelformulier(@NotBlank(message = "vul uw e-mailadres in") @Size(max = 254, message = "ten hoogste 254 tekens") String email) {
    }

    // the length limit is the policy's; this one only keeps absurd input away from the hash function
    record Wachtwoordformulier(@NotBlank(message = "kies een wachtwoord") @Size(max = 1000, message = "ten hoogste 128 tekens") String wachtwoord) {
    }

    private final Wachtwoordlinks wachtwoordlinks;
    private final Federatielogin federatie;

    WachtwoordController(Wachtwoordlinks wachtwoordlinks, Federatielogin federatie) {
        this.wachtwoordlinks = wachtwoordlinks;
        this.federatie = federatie;
    }

    @GetMapping("/wachtwoord-vergeten")
    String vergeten() {
        return "account/wachtwoord-vergeten";
    }

    @PostMapping("/wachtwoord-vergeten")
    ModelAndView vraagAan(@Valid Herstelformulier invoer, BindingResult binding, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("HERSTEL", invoer, binding).voerUit(() -> {
            wachtwoordlinks.vraagHerstelAan(invoer.email());
            return "Als er een account bij dit e-mailadres hoort, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw "
                    + "wachtwoord te kiezen. Kijk ook in uw map met ongewenste e-mail.";
        }, "/wachtwoord-vergeten", model, doorsturen, m -> { }, "account/wachtwoord-vergeten");
    }

    @GetMapping("/wachtwoord-instellen/{token}")
    String instellen(@PathVariable String token, Model model) {
        model.addAttribute("link", wachtwoordlinks.link(token).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("federaties", federatie.federaties());
        return "account/wachtwoord-instellen";
    }

    /** Instead of a password: log in once at the federation, whose identity is then linked to this account. */
    @PostMapping("/wachtwoord-instellen/{token}/federatie/{registratie}")
    String koppelFederatie(@PathVariable String token, @PathVariable String registratie, HttpServletRequest verzoek, Model model) {
        if (federatie.federaties().stream().noneMatch(f -> f.registratie().equals(registratie))) {
            throw new NietGevondenException("geen inlogdienst " + registratie);
        }
        try {
            federatie.koppelStraksMet(verzoek, token);
        } catch (OngeldigeInvoerException fout) {
            return instellen(token, model);
        }
        return "redirect:/oauth2/authorization/" + registratie;
    }

    @PostMapping("/wachtwoord-instellen/{token}")
    ModelAndView stelIn(@PathVariable String token, @Valid Wachtwoordformulier invoer, BindingResult binding, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("WACHTWOORD", invoer, binding).voerUit(
                () -> "Uw wachtwoord is opgeslagen. Log in met gebruikersnaam %s en uw nieuwe wachtwoord.".formatted(wachtwoordlinks.stelIn(token,
                        invoer.wachtwoord())),
                "/inloggen", model, doorsturen, m -> instellen(token, m), "account/wachtwoord-instellen");
    }
}
