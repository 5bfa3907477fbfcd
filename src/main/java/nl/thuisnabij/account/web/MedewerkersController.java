package nl.thuisnabij.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.thuisnabij.account.Accountbeheer;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.account.Tweestapsverificatie;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
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

/** The SWV administrator's page of the SWV's people: invite, roles, switch off and on. */
@Controller
@PreAuthorize("hasRole('SWV_BEHEERDER')")
class MedewerkersController {

    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";

    record Uitnodigingsformulier(
            @NotBlank(message = "vul de naam in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @NotBlank(message = "vul het e-mailadres in") @Size(max = 254, message = "ten hoogste 254 tekens") String email,
            Map<String, String> rollen,
            @Getal(message = "kies een school uit de lijst") String vestiging) {
    }

    record Rollenformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            Map<String, String> rollen) implements GeladenVersie {
    }

    record Versieformulier(@NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie) implements GeladenVersie {
    }

    record Inlogbeleidformulier(@NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @Size(max = 5, message = "kies ja of nee") String verplicht) implements GeladenVersie {
    }

    record Bevestiging(@NotBlank(message = "vink aan dat u hebt gecontroleerd dat het om deze medewerker gaat")
            @Size(max = 5, message = "vink het vakje aan") String bevestigd) {
    }

    private final Accountbeheer beheer;
    private final Tweestapsverificatie tweestaps;
    private final Register register;
    private final Clock klok;

    MedewerkersController(Accountbeheer beheer, Tweestapsverificatie tweestaps, Register register, Clock klok) {
        this.beheer = beheer;
        this.tweestaps = tweestaps;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping("/swv/{swv}/medewerkers")
    String medewerkers(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("medewerkers", beheer.medewerkers(code));
        var scholen = register.vestigingen(code);
        model.addAttribute("scholen", scholen);
        model.addAttribute("schoolnamen", scholen.stream().collect(java.util.stream.Collectors.toMap(Vestiging::id, Vestiging::naam)));
        model.addAttribute("rollen", Accountbeheer.toeTeKennenRollen());
        model.addAttribute("inlogbeleid", tweestaps.inlogbeleid(code));
        return "account/medewerkers";
    }

    @PostMapping("/swv/{swv}/medewerkers")
    ModelAndView nodigUit(@PathVariable String swv, @Valid Uitnodigingsformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("UITNODIGEN", invoer, binding).voerUit(() -> beheer.nodigUit(SwvCode.van(swv), invoer.naam(), invoer.email(),
                        rollen(invoer.rollen()), invoer.vestiging() == null || invoer.vestiging().isBlank() ? null : Long.valueOf(invoer.vestiging().strip()),
                        gebruiker).melding(),
                "/swv/" + swv + "/medewerkers", model, doorsturen, m -> medewerkers(swv, m), "account/medewerkers");
    }

    @GetMapping("/swv/{swv}/medewerkers/{id}")
    String medewerker(@PathVariable String swv, @PathVariable long id, Model model) {
        var code = SwvCode.van(swv);
        var medewerker = beheer.medewerker(code, id);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("medewerker", medewerker);
        model.addAttribute("school", medewerker.vestigingId() == null ? null : register.vestiging(medewerker.vestigingId()).map(Vestiging::naam).orElse(null));
        model.addAttribute("rollen", Accountbeheer.toeTeKennenRollen().stream()
                .filter(rol -> (rol.scope() == Rol.Scope.SCHOOL) == (medewerker.vestigingId() != null)).toList());
        model.addAttribute("tweestapsSinds", tweestaps.actiefSinds(id).map(sinds -> LocalDate.ofInstant(sinds, klok.getZone())).orElse(null));
        return "account/medewerker";
    }

    @PostMapping("/swv/{swv}/medewerkers/{id}/rollen")
    ModelAndView wijzigRollen(@PathVariable String swv, @PathVariable long id, @Valid Rollenformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("ROLLEN", invoer, binding).voerUit(() -> {
            beheer.wijzigRollen(SwvCode.van(swv), id, rollen(invoer.rollen()), invoer.geladenVersie(), gebruiker);
            return "De rollen zijn opgeslagen. Een sessie van deze medewerker met de oude rollen is beëindigd.";
        }, pad(swv, id), model, doorsturen, m -> medewerker(swv, id, m), "account/medewerker");
    }

    @PostMapping("/swv/{swv}/medewerkers/{id}/uitschakelen")
    ModelAndView schakelUit(@PathVariable String swv, @PathVariable long id, @Valid Versieformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return zetActief(swv, id, false, invoer, binding, gebruiker, model, doorsturen,
                "Het account is uitgeschakeld: deze medewerker kan niet meer inloggen en een open sessie is beëindigd.");
    }

    @PostMapping("/swv/{swv}/medewerkers/{id}/inschakelen")
    ModelAndView schakelIn(@PathVariable String swv, @PathVariable long id, @Valid Versieformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return zetActief(swv, id, true, invoer, binding, gebruiker, model, doorsturen, "Het account is weer ingeschakeld.");
    }

    private ModelAndView zetActief(String swv, long id, boolean actief, Versieformulier invoer, BindingResult binding, Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen, String melding) {
        return new Formulierstap("STATUS", invoer, binding).voerUit(() -> {
            beheer.zetActief(SwvCode.van(swv), id, actief, invoer.geladenVersie(), gebruiker);
            return melding;
        }, pad(swv, id), model, doorsturen, m -> medewerker(swv, id, m), "account/medewerker");
    }

    @PostMapping("/swv/{swv}/medewerkers/{id}/uitnodiging")
    ModelAndView nodigOpnieuwUit(@PathVariable String swv, @PathVariable long id, @Valid Versieformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("UITNODIGING", invoer, binding).voerUit(() -> beheer.nodigOpnieuwUit(SwvCode.van(swv), id, gebruiker).melding(),
                pad(swv, id), model, doorsturen, m -> medewerker(swv, id, m), "account/medewerker");
    }

    @PostMapping("/swv/{swv}/medewerkers/inlogbeleid")
    ModelAndView zetInlogbeleid(@PathVariable String swv, @Valid Inlogbeleidformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("INLOGBELEID", invoer, binding).voerUit(() -> {
            boolean verplicht = "true".equals(invoer.verplicht());
            tweestaps.zetInlogbeleid(SwvCode.van(swv), verplicht, invoer.geladenVersie(), gebruiker);
            return verplicht ? "Tweestapsverificatie is nu verplicht. Medewerkers stellen het in bij de volgende keer dat ze inloggen."
                    : "Tweestapsverificatie is niet meer verplicht. Wie het al gebruikt, houdt het.";
        }, "/swv/" + swv + "/medewerkers", model, doorsturen, m -> medewerkers(swv, m), "account/medewerkers");
    }

    @PostMapping("/swv/{swv}/medewerkers/{id}/tweestapsverificatie")
    ModelAndView zetTweestapsUit(@PathVariable String swv, @PathVariable long id, @Valid Bevestiging invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("TWEESTAPS", invoer, binding).voerUit(() -> {
            tweestaps.ontkoppel(SwvCode.van(swv), id, gebruiker);
            return "Tweestapsverificatie is uitgezet voor deze medewerker.";
        }, pad(swv, id), model, doorsturen, m -> medewerker(swv, id, m), "account/medewerker");
    }

    private static String pad(String swv, long id) {
        return "/swv/%s/medewerkers/%d".formatted(swv, id);
    }

    /** The ticked roles; a name that is no role is refused, not ignored. */
    private static Set<Rol> rollen(Map<String, String> aangevinkt) {
        var rollen = EnumSet.noneOf(Rol.class);
        if (aangevinkt != null) {
            aangevinkt.forEach((naam, waarde) -> {
                if ("true".equals(waarde)) {
                    try {
                        rollen.add(Rol.valueOf(naam));
                    } catch (IllegalArgumentException fout) {
                        throw new OngeldigeInvoerException("rollen", "onbekende rol");
                    }
                }
            });
        }
        return rollen;
    }
}
