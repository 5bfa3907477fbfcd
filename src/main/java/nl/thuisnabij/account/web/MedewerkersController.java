package nl.thuisnabij.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisnabij.account.Accountbeheer;
import nl.thuisnabij.account.Beheerbereik;
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
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The pages of an SWV's people, for its administrator, and of a school's people, for its director:
 * invite, roles, switch off and on.
 */
@Controller
@PreAuthorize("hasRole('SWV_BEHEERDER') or hasRole('SCHOOLDIRECTEUR')")
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

    private static final String SWV = "/swv/{swv}/medewerkers";
    private static final String SCHOOL = "/swv/{swv}/vestigingen/{vestiging}/medewerkers";

    @GetMapping({SWV, SCHOOL})
    String medewerkers(@PathVariable String swv, @PathVariable(required = false) Long vestiging, @AuthenticationPrincipal Gebruiker gebruiker,
            Model model) {
        var bereik = bereik(swv, vestiging, gebruiker);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(bereik.swv()));
        model.addAttribute("medewerkers", beheer.medewerkers(bereik));
        var scholen = bereik.isSchool() ? List.of(register.vestigingVan(bereik.swv(), bereik.vestigingId())) : register.vestigingen(bereik.swv());
        model.addAttribute("scholen", scholen);
        model.addAttribute("schoolnamen", scholen.stream().collect(java.util.stream.Collectors.toMap(Vestiging::id, Vestiging::naam)));
        model.addAttribute("rollen", bereik.rollen());
        model.addAttribute("bereik", bereik);
        model.addAttribute("basis", basis(bereik));
        if (!bereik.isSchool()) {
            model.addAttribute("inlogbeleid", tweestaps.inlogbeleid(bereik.swv()));
        }
        return "account/medewerkers";
    }

    @PostMapping({SWV, SCHOOL})
    ModelAndView nodigUit(@PathVariable String swv, @PathVariable(required = false) Long vestiging, @Valid Uitnodigingsformulier invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var bereik = bereik(swv, vestiging, gebruiker);
        return new Formulierstap("UITNODIGEN", invoer, binding).voerUit(() -> beheer.nodigUit(bereik, invoer.naam(), invoer.email(),
                        rollen(invoer.rollen()), invoer.vestiging() == null || invoer.vestiging().isBlank() ? null : Long.valueOf(invoer.vestiging().strip()),
                        gebruiker).melding(),
                basis(bereik), model, doorsturen, m -> medewerkers(swv, vestiging, gebruiker, m), "account/medewerkers");
    }

    @GetMapping({SWV + "/{id}", SCHOOL + "/{id}"})
    String medewerker(@PathVariable String swv, @PathVariable(required = false) Long vestiging, @PathVariable long id,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var bereik = bereik(swv, vestiging, gebruiker);
        var medewerker = beheer.medewerker(bereik, id);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(bereik.swv()));
        model.addAttribute("medewerker", medewerker);
        model.addAttribute("school", medewerker.vestigingId() == null ? null : register.vestiging(medewerker.vestigingId()).map(Vestiging::naam).orElse(null));
        model.addAttribute("rollen", bereik.rollen().stream()
                .filter(rol -> (rol.scope() == Rol.Scope.SCHOOL) == (medewerker.vestigingId() != null)).toList());
        model.addAttribute("bereik", bereik);
        model.addAttribute("basis", basis(bereik));
        model.addAttribute("tweestapsSinds", tweestaps.actiefSinds(id).map(sinds -> LocalDate.ofInstant(sinds, klok.getZone())).orElse(null));
        return "account/medewerker";
    }

    @PostMapping({SWV + "/{id}/rollen", SCHOOL + "/{id}/rollen"})
    ModelAndView wijzigRollen(@PathVariable String swv, @PathVariable(required = false) Long vestiging, @PathVariable long id,
            @Valid Rollenformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var bereik = bereik(swv, vestiging, gebruiker);
        return new Formulierstap("ROLLEN", invoer, binding).voerUit(() -> {
            beheer.wijzigRollen(bereik, id, rollen(invoer.rollen()), invoer.geladenVersie(), gebruiker);
            return "De rollen zijn opgeslagen. Een sessie van deze medewerker met de oude rollen is beëindigd.";
        }, pad(bereik, id), model, doorsturen, m -> medewerker(swv, vestiging, id, gebruiker, m), "account/medewerker");
    }

    @PostMapping({SWV + "/{id}/uitschakelen", SCHOOL + "/{id}/uitschakelen"})
    ModelAndView schakelUit(@PathVariable String swv, @PathVariable(required = false) Long vestiging, @PathVariable long id,
            @Valid Versieformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return zetActief(swv, vestiging, id, false, invoer, binding, gebruiker, model, doorsturen,
                "Het account is uitgeschakeld: deze medewerker kan niet meer inloggen en een open sessie is beëindigd.");
    }

    @PostMapping({SWV + "/{id}/inschakelen", SCHOOL + "/{id}/inschakelen"})
    ModelAndView schakelIn(@PathVariable String swv, @PathVariable(required = false) Long vestiging, @PathVariable long id,
            @Valid Versieformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return zetActief(swv, vestiging, id, true, invoer, binding, gebruiker, model, doorsturen, "Het account is weer ingeschakeld.");
    }

    private ModelAndView zetActief(String swv, Long vestiging, long id, boolean actief, Versieformulier invoer, BindingResult binding, Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen, String melding) {
        var bereik = bereik(swv, vestiging, gebruiker);
        return new Formulierstap("STATUS", invoer, binding).voerUit(() -> {
            beheer.zetActief(bereik, id, actief, invoer.geladenVersie(), gebruiker);
            return melding;
        }, pad(bereik, id), model, doorsturen, m -> medewerker(swv, vestiging, id, gebruiker, m), "account/medewerker");
    }

    @PostMapping({SWV + "/{id}/uitnodiging", SCHOOL + "/{id}/uitnodiging"})
    ModelAndView nodigOpnieuwUit(@PathVariable String swv, @PathVariable(required = false) Long vestiging, @PathVariable long id,
            @Valid Versieformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var bereik = bereik(swv, vestiging, gebruiker);
        return new Formulierstap("UITNODIGING", invoer, binding).voerUit(() -> beheer.nodigOpnieuwUit(bereik, id, gebruiker).melding(),
                pad(bereik, id), model, doorsturen, m -> medewerker(swv, vestiging, id, gebruiker, m), "account/medewerker");
    }

    @PostMapping(SWV + "/inlogbeleid")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    ModelAndView zetInlogbeleid(@PathVariable String swv, @Valid Inlogbeleidformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("INLOGBELEID", invoer, binding).voerUit(() -> {
            boolean verplicht = "true".equals(invoer.verplicht());
            tweestaps.zetInlogbeleid(SwvCode.van(swv), verplicht, invoer.geladenVersie(), gebruiker);
            return verplicht ? "Tweestapsverificatie is nu verplicht. Medewerkers stellen het in bij de volgende keer dat ze inloggen."
                    : "Tweestapsverificatie is niet meer verplicht. Wie het al gebruikt, houdt het.";
        }, "/swv/" + swv + "/medewerkers", model, doorsturen, m -> medewerkers(swv, null, gebruiker, m), "account/medewerkers");
    }

    @PostMapping(SWV + "/{id}/tweestapsverificatie")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    ModelAndView zetTweestapsUit(@PathVariable String swv, @PathVariable long id, @Valid Bevestiging invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("TWEESTAPS", invoer, binding).voerUit(() -> {
            tweestaps.ontkoppel(SwvCode.van(swv), id, gebruiker);
            return "Tweestapsverificatie is uitgezet voor deze medewerker.";
        }, pad(Beheerbereik.samenwerkingsverband(SwvCode.van(swv)), id), model, doorsturen, m -> medewerker(swv, null, id, gebruiker, m),
                "account/medewerker");
    }

    /**
     * The SWV-beheerder manages everyone of the SWV, also through a school's address; a school director
     * only their own school, whose address the tenant check already holds them to.
     */
    private static Beheerbereik bereik(String swv, Long vestiging, Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        if (vestiging != null) {
            return Beheerbereik.school(code, vestiging);
        }
        if (!gebruiker.heeftRol(Rol.SWV_BEHEERDER)) {
            throw new AccessDeniedException("alleen de SWV-beheerder beheert alle medewerkers van het samenwerkingsverband");
        }
        return Beheerbereik.samenwerkingsverband(code);
    }

    private static String basis(Beheerbereik bereik) {
        return bereik.isSchool() ? "/swv/%s/vestigingen/%d/medewerkers".formatted(bereik.swv().waarde(), bereik.vestigingId())
                : "/swv/%s/medewerkers".formatted(bereik.swv().waarde());
    }

    private static String pad(Beheerbereik bereik, long id) {
        return basis(bereik) + "/" + id;
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
