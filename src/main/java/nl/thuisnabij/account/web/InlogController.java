package nl.thuisnabij.account.web;

import nl.thuisnabij.account.Gebruiker;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InlogController {

    @GetMapping("/inloggen")
    String inloggen() {
        return "account/inloggen";
    }

    @GetMapping("/mijn")
    String mijn(@AuthenticationPrincipal Gebruiker gebruiker) {
        return "account/mijn";
    }
}
