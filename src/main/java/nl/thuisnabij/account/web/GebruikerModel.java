package nl.thuisnabij.account.web;

import nl.thuisnabij.account.Gebruiker;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user (or null), for the menu and the role-dependent links. */
@ControllerAdvice
class GebruikerModel {

    @ModelAttribute("gebruiker")
    Gebruiker gebruiker(@AuthenticationPrincipal Gebruiker gebruiker) {
        return gebruiker;
    }
}
