package nl.thuisnabij.oogo.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.oogo.Gemeentecontacten;
import nl.thuisnabij.oogo.Overleg;
import nl.thuisnabij.oogo.Overleggen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Formulierstap;
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

/** OOGO as the SWV records it and as the municipalities that took part see it. */
@Controller
class OverlegController {

    private static final String SWV = "/swv/{swv}/oogo";
    private static final String GEMEENTE = "/gemeente/oogo";
    private static final String GEMEENTE_ROLLEN = "hasAnyRole('LEERPLICHTAMBTENAAR','BELEIDSMEDEWERKER_GEMEENTE')";

    private final Overleggen overleggen;
    private final Gemeentecontacten contacten;
    private final Register register;
    private final Clock klok;

    OverlegController(Overleggen overleggen, Gemeentecontacten contacten, Register register, Clock klok) {
        this.overleggen = overleggen;
        this.contacten = contacten;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(SWV)
    @PreAuthorize(Rollen.SWV_ZORG)
    String vanSwv(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        var gemeenten = register.gemeenten(code);
        model.addAttribute("overleggen", overleggen.vanSwv(code));
        model.addAttribute("gemeenten", gemeenten);
        model.addAttribute("namen", gemeenten.stream().collect(Collectors.toMap(Register.GemeenteInfo::id, Register.GemeenteInfo::naam)));
        model.addAttribute("onderwerpen", Overleg.Onderwerp.values());
        model.addAttribute("contacten", contacten.vanSwv(code));
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("basis", "/swv/" + swv + "/oogo");
        return "oogo/lijst";
    }

    @PostMapping(SWV)
    @PreAuthorize(Rollen.SWV_ZORG)
    ModelAndView legVast(@PathVariable String swv, @Valid Overlegformulieren.Nieuw invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var nieuw = new AtomicLong();
        var antwoord = new Formulierstap("NIEUW", invoer, binding).voerUit(() -> {
            nieuw.set(overleggen.legVast(SwvCode.van(swv), invoer.datumOverleg(), invoer.gekozenOnderwerp(), invoer.deelnemers(),
                    invoer.gekozenGemeenten(), gebruiker));
            return "Het overleg is vastgelegd. Leg hieronder de afspraken vast.";
        }, "/swv/" + swv + "/oogo", model, doorsturen, m -> vanSwv(swv, m), "oogo/lijst");
        if (nieuw.get() != 0) {
            antwoord.setViewName("redirect:/swv/" + swv + "/oogo/" + nieuw.get());
        }
        return antwoord;
    }

    @PostMapping(SWV + "/contacten")
    @PreAuthorize(Rollen.SWV_ZORG)
    ModelAndView voegContactToe(@PathVariable String swv, @Valid Overlegformulieren.Contactformulier invoer, BindingResult binding, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("CONTACT", invoer, binding).voerUit(() -> {
            contacten.voegToe(SwvCode.van(swv), invoer.gekozenGemeente(), invoer.naam(), invoer.functie(), invoer.email(), invoer.telefoon());
            return "De contactpersoon is toegevoegd.";
        }, "/swv/" + swv + "/oogo", model, doorsturen, m -> vanSwv(swv, m), "oogo/lijst");
    }

    @PostMapping(SWV + "/contacten/{id}/verwijderen")
    @PreAuthorize(Rollen.SWV_ZORG)
    String verwijderContact(@PathVariable String swv, @PathVariable long id, RedirectAttributes doorsturen) {
        contacten.verwijder(SwvCode.van(swv), id);
        doorsturen.addFlashAttribute("melding", "De contactpersoon is verwijderd.");
        return "redirect:/swv/" + swv + "/oogo";
    }

    @GetMapping(GEMEENTE)
    @PreAuthorize(GEMEENTE_ROLLEN)
    String vanGemeente(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("overleggen", overleggen.vanGemeente(gebruiker.gemeenteId()));
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("basis", GEMEENTE);
        return "oogo/lijst";
    }

    @GetMapping(SWV + "/{id}")
    @PreAuthorize(Rollen.SWV_ZORG)
    String detailSwv(@PathVariable String swv, @PathVariable long id, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return detail(id, "/swv/" + swv + "/oogo", gebruiker, model);
    }

    @GetMapping(GEMEENTE + "/{id}")
    @PreAuthorize(GEMEENTE_ROLLEN)
    String detailGemeente(@PathVariable long id, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return detail(id, GEMEENTE, gebruiker, model);
    }

    private String detail(long id, String basis, Gebruiker gebruiker, Model model) {
        var overleg = overleggen.overleg(id, gebruiker);
        model.addAttribute("overleg", overleg);
        model.addAttribute("gemeentenamen", overleg.gemeenten().stream().map(g -> register.gemeentenaam(g).orElse("gemeente " + g)).sorted().toList());
        model.addAttribute("basis", basis);
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("magAfsprakenVastleggen", basis.startsWith("/swv/"));
        return "oogo/detail";
    }

    @PostMapping(SWV + "/{id}/afspraken")
    @PreAuthorize(Rollen.SWV_ZORG)
    ModelAndView legAfspraakVast(@PathVariable String swv, @PathVariable long id, @Valid Overlegformulieren.Afspraak invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("AFSPRAAK", id, "/swv/" + swv + "/oogo", invoer, binding, gebruiker, model, doorsturen, () -> {
            overleggen.legAfspraakVast(id, invoer.geladenVersie(), invoer.afspraak(), invoer.eigenaar(), invoer.uiterlijkeDatum(), gebruiker);
            return "De afspraak is vastgelegd.";
        });
    }

    @PostMapping(SWV + "/{id}/afspraken/{volgnummer}/gereed")
    @PreAuthorize(Rollen.SWV_ZORG)
    ModelAndView gereedSwv(@PathVariable String swv, @PathVariable long id, @PathVariable int volgnummer, @Valid Overlegformulieren.Gereed invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return gereed(id, volgnummer, "/swv/" + swv + "/oogo", invoer, binding, gebruiker, model, doorsturen);
    }

    @PostMapping(GEMEENTE + "/{id}/afspraken/{volgnummer}/gereed")
    @PreAuthorize(GEMEENTE_ROLLEN)
    ModelAndView gereedGemeente(@PathVariable long id, @PathVariable int volgnummer, @Valid Overlegformulieren.Gereed invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return gereed(id, volgnummer, GEMEENTE, invoer, binding, gebruiker, model, doorsturen);
    }

    private ModelAndView gereed(long id, int volgnummer, String basis, Overlegformulieren.Gereed invoer, BindingResult binding, Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen) {
        return stap("GEREED-" + volgnummer, id, basis, invoer, binding, gebruiker, model, doorsturen, () -> {
            overleggen.meldGereed(id, invoer.geladenVersie(), volgnummer, gebruiker);
            return "De afspraak is gereed gemeld.";
        });
    }

    private ModelAndView stap(String stap, long id, String basis, Record invoer, BindingResult binding, Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen, Supplier<String> uitvoering) {
        return new Formulierstap(stap, invoer, binding).voerUit(uitvoering, basis + "/" + id, model, doorsturen,
                m -> detail(id, basis, gebruiker, m), "oogo/detail");
    }
}
