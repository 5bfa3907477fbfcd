package nl.thuisnabij.notificatie.web;

import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.notificatie.Notificaties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the number of the signed-in person's unread notifications, for the header. */
@ControllerAdvice
class NotificatieModel {

    private final Notificaties notificaties;

    NotificatieModel(Notificaties notificaties) {
        this.notificaties = notificaties;
    }

    @ModelAttribute("ongelezenNotificaties")
    Integer ongelezen(@AuthenticationPrincipal Gebruiker gebruiker) {
        return gebruiker == null ? null : notificaties.aantalOngelezen(gebruiker.id());
    }
}
