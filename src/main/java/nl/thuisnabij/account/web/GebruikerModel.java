package nl.thuisnabij.account.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.thuisnabij.account.Gebruiker;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user (or null), the menu of their role and the page's own address. */
@ControllerAdvice
class GebruikerModel {

    @ModelAttribute("gebruiker")
    Gebruiker gebruiker(@AuthenticationPrincipal Gebruiker gebruiker) {
        return gebruiker;
    }

    @ModelAttribute("menu")
    Menu menu(@AuthenticationPrincipal Gebruiker gebruiker) {
        return gebruiker == null ? null : Menu.van(gebruiker);
    }

    /** The page's own address, for the menu item it lies under and the breadcrumb trail. */
    @ModelAttribute("huidigPad")
    String huidigPad(HttpServletRequest verzoek) {
        return verzoek.getRequestURI().substring(verzoek.getContextPath().length());
    }
}
