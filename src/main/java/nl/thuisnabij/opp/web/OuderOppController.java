package nl.thuisnabij.opp.web;

import jakarta.validation.Valid;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.opp.Opplijsten;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.shared.web.Formulierstap;
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

/** The parents' view of their children's OPPs, where they agree to the handelingsdeel or say why not. */
@Controller
@PreAuthorize("hasRole('OUDER')")
class OuderOppController {

    static final String OUDER = "/ouder/opp";

    private final Opps opps;
    private final Opplijsten lijsten;

    OuderOppController(Opps opps, Opplijsten lijsten) {
        this.opps = opps;
        this.lijsten = lijsten;
    }

    @GetMapping(OUDER)
    String vanOuder(@AuthenticationPrincipal Gebruiker ouder, Model model) {
        model.addAttribute("opps", lijsten.vanOuder(ouder));
        return "opp/ouder";
    }

    @PostMapping(OUDER + "/{id}/instemmen")
    ModelAndView stemIn(@PathVariable long id, @Valid Oppformulieren.Instemming invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker ouder,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("INSTEMMEN-" + id, invoer, binding).voerUit(() -> {
            opps.stemIn(id, invoer.geladenVersie(), ouder);
            return "U heeft ingestemd. De school gaat doen wat in het plan staat.";
        }, OUDER, model, doorsturen, m -> vanOuder(ouder, m), "opp/ouder");
    }

    @PostMapping(OUDER + "/{id}/weigeren")
    ModelAndView weiger(@PathVariable long id, @Valid Oppformulieren.Weigering invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker ouder,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("WEIGEREN-" + id, invoer, binding).voerUit(() -> {
            opps.weigerInstemming(id, invoer.geladenVersie(), invoer.toelichting(), ouder);
            return "U heeft niet ingestemd. De school neemt contact met u op. Tot dan blijft gelden wat eerder is afgesproken.";
        }, OUDER, model, doorsturen, m -> vanOuder(ouder, m), "opp/ouder");
    }
}
