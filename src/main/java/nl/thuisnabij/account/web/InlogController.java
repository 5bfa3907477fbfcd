package nl.thuisnabij.account.web;

import nl.thuisnabij.account.Federatielogin;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Tweestapsverificatie;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InlogController {

    private final Tweestapsverificatie tweestaps;
    private final Federatielogin federatie;
    private final java.time.Clock klok;

    InlogController(Tweestapsverificatie tweestaps, Federatielogin federatie, java.time.Clock klok) {
        this.tweestaps = tweestaps;
        this.federatie = federatie;
        this.klok = klok;
    }

    @GetMapping("/inloggen")
    String inloggen(Model model) {
        model.addAttribute("federaties", federatie.federaties());
        return "account/inloggen";
    }

    @GetMapping("/mijn")
    String mijn(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("tweestapsSinds", tweestaps.actiefSinds(gebruiker.id())
                .map(sinds -> java.time.LocalDate.ofInstant(sinds, klok.getZone())).orElse(null));
        return "account/mijn";
    }
}
