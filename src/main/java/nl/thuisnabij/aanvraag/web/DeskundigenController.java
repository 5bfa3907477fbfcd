package nl.thuisnabij.aanvraag.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.Deskundigen;
import nl.thuisnabij.aanvraag.Deskundigheid;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.Keuze;
import nl.thuisnabij.shared.web.Rollen;
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

/** The SWV's experts for TLV advice: the SWV records each one's profession and the schools they work for. */
@Controller
@PreAuthorize(Rollen.SWV_ZORG)
class DeskundigenController {

    private static final String PAD = "/swv/{swv}/deskundigen";

    /** One expert's registration; the schools are the ones the expert works for (ties that make them not independent). */
    record Registratie(
            @NotBlank(message = "kies het beroep") @Keuze(Deskundigheid.class) String beroep,
            @Size(max = 500, message = "kies hoogstens 500 scholen") List<@Size(max = 20, message = "kies een school uit de lijst") String> school) {

        Set<Long> scholen() {
            return school == null ? Set.of()
                    : school.stream().map(s -> Formuliervelden.lees("school", () -> Long.valueOf(s.strip()))).collect(Collectors.toSet());
        }
    }

    private final Deskundigen deskundigen;
    private final Register register;

    DeskundigenController(Deskundigen deskundigen, Register register) {
        this.deskundigen = deskundigen;
        this.register = register;
    }

    @GetMapping(PAD)
    String lijst(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("deskundigen", deskundigen.vanSwv(code));
        model.addAttribute("beroepen", Deskundigheid.values());
        model.addAttribute("scholen", register.vestigingen(code));
        model.addAttribute("basis", "/swv/" + swv + "/deskundigen");
        return "aanvraag/deskundigen";
    }

    @PostMapping(PAD + "/{gebruiker}")
    ModelAndView legVast(@PathVariable String swv, @PathVariable long gebruiker, @Valid Registratie invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker door, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("DESKUNDIGE-" + gebruiker, invoer, binding).voerUit(() -> {
            deskundigen.legVast(SwvCode.van(swv), gebruiker, Formuliervelden.keuze(invoer.beroep(), Deskundigheid.class), invoer.scholen(), door);
            return "Het beroep en de scholen van de deskundige zijn vastgelegd.";
        }, "/swv/" + swv + "/deskundigen", model, doorsturen, m -> lijst(swv, m), "aanvraag/deskundigen");
    }
}
