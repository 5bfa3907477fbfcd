package nl.thuisnabij.thuiszitter.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Eenmalig;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.Rollen;
import nl.thuisnabij.thuiszitter.Duurgroep;
import nl.thuisnabij.thuiszitter.ThuiszitterToegang;
import nl.thuisnabij.thuiszitter.Thuiszittercijfers;
import nl.thuisnabij.thuiszitter.Thuiszitters;
import nl.thuisnabij.thuiszitter.Verzuimreden;
import nl.thuisnabij.thuiszitter.Verzuimsoort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The thuiszitters register as each party sees it: the school its own reports, the SWV all of its
 * cases, the municipality the cases of its children (leerplichtambtenaar) or only the counts
 * (policy staff). One detail page serves all three, its forms posting under the path it was reached by.
 * The parents' page and the report have controllers of their own.
 */
@Controller
class ThuiszitterController {

    private static final String SCHOOL = "/swv/{swv}/vestigingen/{vestiging}/thuiszitters";
    private static final String SWV = "/swv/{swv}/thuiszitters";
    private static final String GEMEENTE = "/gemeente/thuiszitters";
    private static final String LEERPLICHT = "hasRole('LEERPLICHTAMBTENAAR')";
    private static final String LEERPLICHT_OF_JEUGDHULP = "hasAnyRole('LEERPLICHTAMBTENAAR','JEUGDHULP')";

    private final Thuiszitters thuiszitters;
    private final Thuiszittercijfers cijfers;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Eenmalig eenmalig;
    private final Clock klok;

    ThuiszitterController(Thuiszitters thuiszitters, Thuiszittercijfers cijfers, Leerlingen leerlingen, Register register, Eenmalig eenmalig, Clock klok) {
        this.thuiszitters = thuiszitters;
        this.cijfers = cijfers;
        this.leerlingen = leerlingen;
        this.register = register;
        this.eenmalig = eenmalig;
        this.klok = klok;
    }

    @GetMapping(SCHOOL)
    @PreAuthorize(Rollen.SCHOOL)
    String vanSchool(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var school = register.vestigingVan(SwvCode.van(swv), vestiging);
        model.addAttribute("titel", "Thuiszitters van " + school.naam());
        model.addAttribute("zaken", thuiszitters.vanVestiging(SwvCode.van(swv), vestiging));
        model.addAttribute("basis", basis(swv, vestiging));
        model.addAttribute("nieuw", basis(swv, vestiging) + "/nieuw");
        return "thuiszitter/lijst";
    }

    @GetMapping(SWV)
    @PreAuthorize(Rollen.SWV_ZORG)
    String vanSwv(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("titel", "Thuiszitters");
        model.addAttribute("zaken", thuiszitters.vanSwv(code));
        model.addAttribute("cijfers", cijfers.vanSwv(code));
        model.addAttribute("basis", "/swv/" + swv + "/thuiszitters");
        kindZonderSchool(model);
        return "thuiszitter/lijst";
    }

    @GetMapping(GEMEENTE)
    @PreAuthorize("hasAnyRole('LEERPLICHTAMBTENAAR','BELEIDSMEDEWERKER_GEMEENTE','JEUGDHULP')")
    String vanGemeente(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        boolean jeugdhulp = gebruiker.heeftRol(Rol.JEUGDHULP);
        model.addAttribute("titel", jeugdhulp ? "Thuiszitters waarvoor de ouders toestemming gaven" : "Thuiszitters in uw gemeente");
        if (!jeugdhulp) {
            model.addAttribute("cijfers", cijfers.vanGemeente(gebruiker.gemeenteId()));
            model.addAttribute("onderdrukken", true);
        }
        model.addAttribute("alleenCijfers", gebruiker.heeftRol(Rol.BELEIDSMEDEWERKER_GEMEENTE));
        if (!gebruiker.heeftRol(Rol.BELEIDSMEDEWERKER_GEMEENTE)) {
            model.addAttribute("zaken", thuiszitters.vanGemeente(gebruiker));
        }
        if (gebruiker.heeftRol(Rol.LEERPLICHTAMBTENAAR)) {
            kindZonderSchool(model);
        }
        model.addAttribute("basis", GEMEENTE);
        return "thuiszitter/lijst";
    }

    @PostMapping(SWV)
    @PreAuthorize(Rollen.SWV_ZORG)
    @Transactional
    ModelAndView meldKindSwv(@PathVariable String swv, @Valid Thuiszitterformulieren.KindZonderSchool invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return meldKind("/swv/" + swv + "/thuiszitters", invoer, binding, gebruiker, model, doorsturen, m -> vanSwv(swv, m));
    }

    @PostMapping(GEMEENTE)
    @PreAuthorize(LEERPLICHT)
    @Transactional
    ModelAndView meldKindGemeente(@Valid Thuiszitterformulieren.KindZonderSchool invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return meldKind(GEMEENTE, invoer, binding, gebruiker, model, doorsturen, m -> vanGemeente(gebruiker, m));
    }

    private ModelAndView meldKind(String basis, Thuiszitterformulieren.KindZonderSchool invoer, BindingResult binding, Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen, Consumer<Model> pagina) {
        var nieuw = new AtomicLong();
        var antwoord = new Formulierstap("KIND-ZONDER-SCHOOL", invoer, binding).voerUit(() -> {
            nieuw.set(thuiszitters.meldZonderSchool(invoer.kind(), invoer.gekozenReden(), invoer.sindsDatum(), gebruiker));
            return "Het kind zonder school is gemeld.";
        }, basis, model, doorsturen, pagina, "thuiszitter/lijst");
        if (nieuw.get() != 0) {
            antwoord.setViewName("redirect:" + basis + "/" + nieuw.get());
        }
        return antwoord;
    }

    /** The form for a child at no school, on the SWV's and the leerplichtambtenaar's list. */
    private void kindZonderSchool(Model model) {
        model.addAttribute("kindZonderSchool", true);
        model.addAttribute("redenen", Verzuimreden.values());
        model.addAttribute("vandaag", LocalDate.now(klok));
    }

    @GetMapping(SCHOOL + "/nieuw")
    @PreAuthorize(Rollen.SCHOOL)
    String nieuw(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestigingVan(code, vestiging));
        model.addAttribute("leerlingen", leerlingen.vanVestiging(code, vestiging));
        model.addAttribute("soorten", java.util.Arrays.stream(Verzuimsoort.values()).filter(s -> s != Verzuimsoort.ABSOLUUT_VERZUIM).toList());
        model.addAttribute("redenen", Verzuimreden.values());
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("basis", basis(swv, vestiging));
        return "thuiszitter/nieuw";
    }

    @PostMapping(SCHOOL)
    @PreAuthorize(Rollen.SCHOOL)
    @Transactional // the form's one-time key is claimed in the same transaction as the report it leads to
    ModelAndView meld(@PathVariable String swv, @PathVariable long vestiging, @Valid Thuiszitterformulieren.Meldformulier invoer, BindingResult binding,
            @RequestParam(name = Eenmalig.VELD, required = false) String sleutel, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        var lijst = basis(swv, vestiging);
        var eerder = binding.hasErrors() ? java.util.Optional.<String>empty() : eenmalig.alVerstuurd(sleutel, gebruiker.getUsername(), lijst);
        if (eerder.isPresent()) {
            return new ModelAndView(Eenmalig.naarEerdereUitkomst(eerder.get(), doorsturen));
        }
        var nieuw = new AtomicLong();
        var antwoord = new Formulierstap("MELDEN", invoer, binding).voerUit(() -> {
            nieuw.set(thuiszitters.meld(SwvCode.van(swv), invoer.gekozenLeerling(), invoer.gekozenSoort(), invoer.gekozenReden(),
                    invoer.sindsDatum(), gebruiker));
            eenmalig.leiddeNaar(sleutel, lijst + "/" + nieuw.get());
            return "De thuiszitter is gemeld. De leerplichtambtenaar van de woongemeente ziet de melding.";
        }, lijst, model, doorsturen, m -> nieuw(swv, vestiging, m), "thuiszitter/nieuw");
        if (nieuw.get() != 0) {
            antwoord.setViewName("redirect:" + lijst + "/" + nieuw.get());
        }
        return antwoord;
    }

    @GetMapping(SCHOOL + "/{id}")
    @PreAuthorize(Rollen.SCHOOL)
    String detailSchool(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @AuthenticationPrincipal Gebruiker gebruiker,
            Model model) {
        return detail(id, basis(swv, vestiging), gebruiker, model);
    }

    @GetMapping(SWV + "/{id}")
    @PreAuthorize(Rollen.SWV_ZORG)
    String detailSwv(@PathVariable String swv, @PathVariable long id, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return detail(id, "/swv/" + swv + "/thuiszitters", gebruiker, model);
    }

    @GetMapping(GEMEENTE + "/{id}")
    @PreAuthorize(LEERPLICHT_OF_JEUGDHULP)
    String detailGemeente(@PathVariable long id, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return detail(id, GEMEENTE, gebruiker, model);
    }

    private String detail(long id, String basis, Gebruiker gebruiker, Model model) {
        model.addAttribute("o", thuiszitters.zaak(id, gebruiker));
        model.addAttribute("basis", basis);
        // the SWV and leerplicht close a case; the school reports and plans, youth care plans
        model.addAttribute("magOplossen", ThuiszitterToegang.isSwvZorg(gebruiker) || gebruiker.heeftRol(Rol.LEERPLICHTAMBTENAAR));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "thuiszitter/detail";
    }

    @PostMapping(SCHOOL + "/{id}/plan")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView planSchool(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Thuiszitterformulieren.Plan invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return plan(id, basis(swv, vestiging), invoer, binding, gebruiker, model, doorsturen);
    }

    @PostMapping(SWV + "/{id}/plan")
    @PreAuthorize(Rollen.SWV_ZORG)
    ModelAndView planSwv(@PathVariable String swv, @PathVariable long id, @Valid Thuiszitterformulieren.Plan invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return plan(id, "/swv/" + swv + "/thuiszitters", invoer, binding, gebruiker, model, doorsturen);
    }

    @PostMapping(GEMEENTE + "/{id}/plan")
    @PreAuthorize(LEERPLICHT_OF_JEUGDHULP)
    ModelAndView planGemeente(@PathVariable long id, @Valid Thuiszitterformulieren.Plan invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return plan(id, GEMEENTE, invoer, binding, gebruiker, model, doorsturen);
    }

    @PostMapping(SWV + "/{id}/oplossen")
    @PreAuthorize(Rollen.SWV_ZORG)
    ModelAndView losOpSwv(@PathVariable String swv, @PathVariable long id, @Valid Thuiszitterformulieren.Oplossing invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return losOp(id, "/swv/" + swv + "/thuiszitters", invoer, binding, gebruiker, model, doorsturen);
    }

    @PostMapping(GEMEENTE + "/{id}/oplossen")
    @PreAuthorize(LEERPLICHT)
    ModelAndView losOpGemeente(@PathVariable long id, @Valid Thuiszitterformulieren.Oplossing invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return losOp(id, GEMEENTE, invoer, binding, gebruiker, model, doorsturen);
    }

    @PostMapping(SCHOOL + "/{id}/verzuimmelding")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView verzuimmeldingSchool(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id,
            @Valid Thuiszitterformulieren.Verzuimmelding invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return verzuimmelding(id, basis(swv, vestiging), invoer, binding, gebruiker, model, doorsturen);
    }

    @PostMapping(SWV + "/{id}/verzuimmelding")
    @PreAuthorize(Rollen.SWV_ZORG)
    ModelAndView verzuimmeldingSwv(@PathVariable String swv, @PathVariable long id, @Valid Thuiszitterformulieren.Verzuimmelding invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return verzuimmelding(id, "/swv/" + swv + "/thuiszitters", invoer, binding, gebruiker, model, doorsturen);
    }

    private ModelAndView verzuimmelding(long id, String basis, Thuiszitterformulieren.Verzuimmelding invoer, BindingResult binding,
            Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("VERZUIMMELDING", id, basis, invoer, binding, gebruiker, model, doorsturen, () -> {
            thuiszitters.legVerzuimmeldingVast(id, invoer.geladenVersie(), invoer.datumGemeld(), gebruiker);
            return "De datum van de verzuimmelding is vastgelegd.";
        });
    }

    private ModelAndView plan(long id, String basis, Thuiszitterformulieren.Plan invoer, BindingResult binding, Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("PLAN", id, basis, invoer, binding, gebruiker, model, doorsturen, () -> {
            thuiszitters.legPlanVast(id, invoer.geladenVersie(), invoer.aanbod(), invoer.uitvoerder(), invoer.evaluatie(), gebruiker);
            return "De afspraak is aan het plan toegevoegd.";
        });
    }

    private ModelAndView losOp(long id, String basis, Thuiszitterformulieren.Oplossing invoer, BindingResult binding, Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen) {
        return stap("OPLOSSEN", id, basis, invoer, binding, gebruiker, model, doorsturen, () -> {
            thuiszitters.losOp(id, invoer.geladenVersie(), invoer.oplossing(), gebruiker);
            return "De melding is afgesloten als opgelost.";
        });
    }

    private ModelAndView stap(String stap, long id, String basis, Record invoer, BindingResult binding, Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen, Supplier<String> uitvoering) {
        Consumer<Model> pagina = m -> detail(id, basis, gebruiker, m);
        return new Formulierstap(stap, invoer, binding).voerUit(uitvoering, basis + "/" + id, model, doorsturen, pagina, "thuiszitter/detail");
    }

    private static String basis(String swv, long vestiging) {
        return "/swv/%s/vestigingen/%d/thuiszitters".formatted(swv, vestiging);
    }

    /** The duration groups in order, for the counts table. */
    @org.springframework.web.bind.annotation.ModelAttribute("duurgroepen")
    Duurgroep[] duurgroepen() {
        return Duurgroep.values();
    }
}
