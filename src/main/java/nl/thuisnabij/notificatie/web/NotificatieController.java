package nl.thuisnabij.notificatie.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.notificatie.Notificaties;
import nl.thuisnabij.notificatie.Notificatievoorkeur;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.Keuze;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each signed-in person's own notifications, and their choice of e-mail. */
@Controller
class NotificatieController {

    private final Notificaties notificaties;

    NotificatieController(Notificaties notificaties) {
        this.notificaties = notificaties;
    }

    record Voorkeur(@NotBlank(message = "kies hoe u e-mail wilt krijgen") @Keuze(Notificatievoorkeur.class) String voorkeur) {
    }

    @GetMapping("/notificaties")
    String lijst(@RequestParam(required = false) Long na, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("pagina", notificaties.vanGebruiker(gebruiker.id(), na));
        model.addAttribute("voorkeur", notificaties.voorkeur(gebruiker.id()));
        model.addAttribute("voorkeuren", Notificatievoorkeur.values());
        return "notificatie/lijst";
    }

    /** Opening a notification marks it read and leads to what it is about. */
    @GetMapping("/notificaties/{notificatie}")
    String open(@PathVariable long notificatie, @AuthenticationPrincipal Gebruiker gebruiker) {
        var adres = notificaties.open(gebruiker.id(), notificatie);
        // only a path within Thuisnabij: a notification never leads elsewhere
        if (!adres.startsWith("/") || adres.startsWith("//")) {
            throw new NietGevondenException("deze notificatie bestaat niet");
        }
        return "redirect:" + adres;
    }

    @PostMapping("/notificaties/gelezen")
    String allesGelezen(@AuthenticationPrincipal Gebruiker gebruiker, RedirectAttributes doorsturen) {
        int aantal = notificaties.allesGelezen(gebruiker.id());
        doorsturen.addFlashAttribute("melding", aantal == 0 ? "Er waren geen ongelezen notificaties."
                : aantal == 1 ? "1 notificatie is als gelezen gemarkeerd." : aantal + " notificaties zijn als gelezen gemarkeerd.");
        return "redirect:/notificaties";
    }

    @PostMapping("/notificaties/voorkeur")
    ModelAndView kiesVoorkeur(@Valid Voorkeur invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("VOORKEUR", invoer, binding).voerUit(() -> {
            var gekozen = Formuliervelden.keuze(invoer.voorkeur(), Notificatievoorkeur.class);
            notificaties.kiesVoorkeur(gebruiker.id(), gekozen);
            return "Uw keuze is opgeslagen: " + gekozen.omschrijving() + ".";
        }, "/notificaties", model, doorsturen, m -> lijst(null, gebruiker, m), "notificatie/lijst");
    }
}
