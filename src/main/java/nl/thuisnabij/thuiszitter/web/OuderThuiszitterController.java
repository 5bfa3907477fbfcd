package nl.thuisnabij.thuiszitter.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.thuiszitter.Thuiszitters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The parents' view of their children's cases, where they give or withdraw consent for the wijkteam. */
@Controller
@PreAuthorize("hasRole('OUDER')")
class OuderThuiszitterController {

    private static final String OUDER = "/ouder/thuiszitters";

    private final Thuiszitters thuiszitters;
    private final Clock klok;

    OuderThuiszitterController(Thuiszitters thuiszitters, Clock klok) {
        this.thuiszitters = thuiszitters;
        this.klok = klok;
    }

    @GetMapping(OUDER)
    String vanOuder(@AuthenticationPrincipal Gebruiker ouder, Model model) {
        model.addAttribute("zaken", thuiszitters.vanOuder(ouder));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "thuiszitter/ouder";
    }

    @PostMapping(OUDER + "/{id}/toestemming")
    ModelAndView geefToestemming(@PathVariable long id, @Valid Thuiszitterformulieren.Toestemmingformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker ouder, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("TOESTEMMING-" + id, invoer, binding).voerUit(() -> {
            thuiszitters.geefToestemming(id, invoer.geladenVersie(), invoer.totDatum(), ouder);
            return "U heeft toestemming gegeven. Het wijkteam kan nu meekijken en meehelpen.";
        }, OUDER, model, doorsturen, m -> vanOuder(ouder, m), "thuiszitter/ouder");
    }

    @PostMapping(OUDER + "/{id}/toestemming-intrekken")
    ModelAndView trekToestemmingIn(@PathVariable long id, @Valid Thuiszitterformulieren.Intrekking invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker ouder, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("INTREKKEN-" + id, invoer, binding).voerUit(() -> {
            thuiszitters.trekToestemmingIn(id, invoer.geladenVersie(), ouder);
            return "U heeft uw toestemming ingetrokken. Het wijkteam ziet de melding niet meer.";
        }, OUDER, model, doorsturen, m -> vanOuder(ouder, m), "thuiszitter/ouder");
    }
}
