package nl.thuisnabij.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Inlogafronding;
import nl.thuisnabij.account.Tweestapsverificatie;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Formulier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The second step of logging in, and linking an authenticator app: by a person who is logged in, or
 * by one whose SWV requires it and who has only given their password yet.
 */
@Controller
class TweedeStapController {

    private static final String NIEUW_GEHEIM = "nieuwTotpGeheim";

    record Codeformulier(@NotBlank(message = "vul de code in") @Size(max = 20, message = "een code heeft ten hoogste 11 tekens") String code) {
    }

    private final Tweestapsverificatie tweestaps;
    private final Inlogafronding afronding;

    TweedeStapController(Tweestapsverificatie tweestaps, Inlogafronding afronding) {
        this.tweestaps = tweestaps;
        this.afronding = afronding;
    }

    @GetMapping("/inloggen/tweede-stap")
    String tweedeStap(HttpServletRequest verzoek) {
        var wachtend = afronding.wachtend(verzoek);
        if (wachtend.isEmpty()) {
            return "redirect:/inloggen";
        }
        return tweestaps.isActief(wachtend.get().id()) ? "account/tweede-stap" : "redirect:/tweestapsverificatie";
    }

    @PostMapping("/inloggen/tweede-stap")
    ModelAndView controleer(@Valid Codeformulier invoer, BindingResult binding, HttpServletRequest verzoek, HttpServletResponse antwoord,
            RedirectAttributes doorsturen) {
        var wachtend = afronding.wachtend(verzoek);
        if (wachtend.isEmpty()) {
            return new ModelAndView("redirect:/inloggen");
        }
        if (binding.hasErrors()) {
            return geweigerd(Formulier.geweigerd("CODE", invoer, binding), "account/tweede-stap", new ModelAndView());
        }
        var controle = tweestaps.controleer(wachtend.get(), invoer.code());
        if (controle.geslaagd()) {
            var naar = afronding.rondAf(verzoek, antwoord, controle.metHerstelcode() ? "met een herstelcode" : "met tweestapsverificatie");
            if (controle.metHerstelcode()) {
                doorsturen.addFlashAttribute("melding", ("U bent ingelogd met een herstelcode; die werkt nu niet meer. U heeft nog %d herstelcodes. "
                        + "Bent u uw telefoon kwijt? Stel dan via ‘Mijn Thuisnabij’ een nieuwe telefoon in.").formatted(controle.resterendeHerstelcodes()));
            }
            return new ModelAndView(new RedirectView(naar));
        }
        if (!afronding.codeMislukt(verzoek)) {
            return new ModelAndView("redirect:/inloggen?code");
        }
        return geweigerd(Formulier.geweigerd("CODE", invoer, new OngeldigeInvoerException("code",
                "deze code klopt niet of is al gebruikt: typ de zes cijfers die de app nu toont, of een herstelcode")), "account/tweede-stap",
                new ModelAndView());
    }

    @GetMapping("/tweestapsverificatie")
    ModelAndView instellen(@AuthenticationPrincipal Gebruiker ingelogd, HttpServletRequest verzoek) {
        var wie = wie(ingelogd, verzoek);
        if (wie.isEmpty()) {
            return new ModelAndView("redirect:/inloggen");
        }
        var nieuw = tweestaps.nieuwGeheim(wie.get());
        verzoek.getSession().setAttribute(NIEUW_GEHEIM, nieuw.geheim());
        return instelpagina(wie.get(), ingelogd == null, nieuw);
    }

    @PostMapping("/tweestapsverificatie")
    ModelAndView koppel(@Valid Codeformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker ingelogd, HttpServletRequest verzoek,
            HttpServletResponse antwoord, Model model) {
        var wie = wie(ingelogd, verzoek);
        var geheim = (String) verzoek.getSession().getAttribute(NIEUW_GEHEIM);
        if (wie.isEmpty() || geheim == null) {
            return new ModelAndView("redirect:" + (wie.isEmpty() ? "/inloggen" : "/tweestapsverificatie"));
        }
        var pagina = instelpagina(wie.get(), ingelogd == null, tweestaps.teKoppelen(wie.get(), geheim));
        if (binding.hasErrors()) {
            return geweigerd(Formulier.geweigerd("CODE", invoer, binding), "account/tweestapsverificatie", pagina);
        }
        try {
            var herstelcodes = tweestaps.koppel(wie.get(), geheim, invoer.code());
            verzoek.getSession().removeAttribute(NIEUW_GEHEIM);
            var verder = ingelogd == null ? afronding.rondAf(verzoek, antwoord, "na het instellen van tweestapsverificatie")
                    : verzoek.getContextPath() + "/mijn";
            return new ModelAndView("account/herstelcodes").addObject("herstelcodes", herstelcodes).addObject("verder", verder);
        } catch (OngeldigeInvoerException fout) {
            return geweigerd(Formulier.geweigerd("CODE", invoer, fout.bijVeld("code")), "account/tweestapsverificatie", pagina);
        }
    }

    private Optional<Gebruiker> wie(Gebruiker ingelogd, HttpServletRequest verzoek) {
        return ingelogd != null ? Optional.of(ingelogd) : afronding.wachtend(verzoek);
    }

    private ModelAndView instelpagina(Gebruiker wie, boolean tijdensInloggen, Tweestapsverificatie.NieuwGeheim nieuw) {
        return new ModelAndView("account/tweestapsverificatie")
                .addObject("nieuw", nieuw)
                .addObject("tijdensInloggen", tijdensInloggen)
                .addObject("alActief", tweestaps.isActief(wie.id()));
    }

    private static ModelAndView geweigerd(Formulier formulier, String view, ModelAndView pagina) {
        pagina.setViewName(view);
        pagina.addObject(Formulier.MODEL, formulier);
        pagina.setStatus(HttpStatus.BAD_REQUEST);
        return pagina;
    }
}
