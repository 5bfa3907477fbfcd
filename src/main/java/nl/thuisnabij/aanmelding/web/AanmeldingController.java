package nl.thuisnabij.aanmelding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import nl.thuisnabij.aanmelding.AanmeldingStatus;
import nl.thuisnabij.aanmelding.Aanmeldingstap;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.register.Afstanden;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import java.security.Principal;
import nl.thuisnabij.shared.web.Eenmalig;
import nl.thuisnabij.shared.web.Formulierstap;
import org.springframework.transaction.annotation.Transactional;
import nl.thuisnabij.shared.web.Rollen;
import jakarta.validation.Valid;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's registrations under the zorgplicht. The school (and the SWV's care staff) registers,
 * investigates, extends, decides and, when it cannot offer the support, proposes another school.
 */
@Controller
@PreAuthorize(Rollen.SCHOOL_OF_SWV_ZORG)
class AanmeldingController {

    static final String PAD = "/swv/{swv}/vestigingen/{vestiging}/aanmeldingen";

    private final Aanmeldingen aanmeldingen;
    private final Catalogus catalogus;
    private final Register register;
    private final Clock klok;
    private final Eenmalig eenmalig;

    AanmeldingController(Aanmeldingen aanmeldingen, Catalogus catalogus, Register register, Clock klok, Eenmalig eenmalig) {
        this.eenmalig = eenmalig;
        this.aanmeldingen = aanmeldingen;
        this.catalogus = catalogus;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(PAD)
    String lijst(@PathVariable String swv, @PathVariable long vestiging, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestigingVan(code, vestiging));
        model.addAttribute("aanmeldingen", aanmeldingen.vanVestiging(code, vestiging, gebruiker));
        model.addAttribute("voorstellen", aanmeldingen.metVoorstelAan(code, vestiging, gebruiker));
        return "aanmelding/lijst";
    }

    @GetMapping(PAD + "/nieuw")
    String nieuw(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestigingVan(code, vestiging));
        model.addAttribute("domeinen", catalogus.actieveDomeinen(code));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "aanmelding/nieuw";
    }

    @PostMapping(PAD)
    @Transactional
    ModelAndView registreer(@PathVariable String swv, @PathVariable long vestiging, @Valid Aanmeldingformulieren.Registratie invoer,
            BindingResult binding, @RequestParam(name = Eenmalig.VELD, required = false) String sleutel, Principal gebruiker, Model model,
            RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        var lijst = PAD.replace("{swv}", swv).replace("{vestiging}", String.valueOf(vestiging));
        var eerder = binding.hasErrors() ? java.util.Optional.<String>empty() : eenmalig.alVerstuurd(sleutel, gebruiker.getName(), lijst);
        if (eerder.isPresent()) {
            return new ModelAndView(Eenmalig.naarEerdereUitkomst(eerder.get(), doorsturen));
        }
        var nieuw = new AtomicLong();
        var antwoord = new Formulierstap("REGISTREREN", invoer, binding).voerUit(() -> {
            nieuw.set(aanmeldingen.registreer(code, vestiging, invoer.leerling(), invoer.aangemeldOp(), invoer.gewensteStart(),
                    invoer.meldtOndersteuningsbehoefte(), invoer.behoeften()));
            eenmalig.leiddeNaar(sleutel, basis(swv, vestiging, nieuw.get()));
            return "De aanmelding is geregistreerd.";
        }, lijst, model, doorsturen, m -> nieuw(swv, vestiging, m),
                "aanmelding/nieuw");
        if (nieuw.get() != 0) {
            antwoord.setViewName("redirect:" + basis(swv, vestiging, nieuw.get()));
        }
        return antwoord;
    }

    @GetMapping(PAD + "/{aanmelding}")
    String detail(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @RequestParam(defaultValue = "false") boolean zoek, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        var overzicht = aanmeldingen.overzicht(code, vestiging, aanmelding, gebruiker);
        model.addAttribute("o", overzicht);
        model.addAttribute("domeinen", catalogus.perId(code));
        // without a support need the school looks for no other school, so "niet toegelaten" is no choice there
        model.addAttribute("uitkomsten", Arrays.stream(AanmeldingStatus.values()).filter(AanmeldingStatus::isBesluit)
                .filter(u -> u != AanmeldingStatus.NIET_TOEGELATEN || overzicht.aanmelding().ondersteuningsbehoefte()).toList());
        model.addAttribute("scholen", register.vestigingen(code).stream()
                .collect(java.util.stream.Collectors.toMap(v -> v.id(), v -> v.naam())));
        var stappen = overzicht.aanmelding().mogelijkeStappen(LocalDate.now(klok));
        model.addAttribute("stappen", stappen.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        if (stappen.contains(Aanmeldingstap.SCHOOL_VOORSTELLEN)) {
            model.addAttribute("kandidaten", aanmeldingen.zoekPlaats(code, vestiging, aanmelding, gebruiker));
            model.addAttribute("bronvermelding", Afstanden.BRONVERMELDING);
        }
        return "aanmelding/detail";
    }

    @PostMapping(PAD + "/{aanmelding}/onderzoek")
    ModelAndView onderzoek(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.Onderzoek invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("ONDERZOEK_VASTLEGGEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.legOnderzoekVast(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie(), invoer.onderzoek());
            return "Het onderzoek is vastgelegd.";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/verlengen")
    ModelAndView verleng(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.Verlenging invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("VERLENGEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.verleng(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie(), invoer.reden());
            return "De beslistermijn is met vier weken verlengd. Laat de ouders de reden weten.";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/aanvulling")
    ModelAndView vraagAanvulling(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.Aanvulling invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("AANVULLING_VRAGEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.vraagAanvulling(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie(), invoer.omschrijving(), invoer.uiterlijkOp());
            return "De vraag om informatie is vastgelegd. De beslistermijn ligt stil tot de informatie binnen is.";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/aanvulling-ontvangen")
    ModelAndView ontvangAanvulling(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.Ontvangst invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("AANVULLING_ONTVANGEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.ontvangAanvulling(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie());
            return "De informatie is ontvangen. De beslistermijn loopt weer.";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/niet-in-behandeling")
    ModelAndView neemNietInBehandeling(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.NietInBehandeling invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("NIET_IN_BEHANDELING_NEMEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.neemNietInBehandeling(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie(), invoer.reden());
            return "De aanmelding is niet in behandeling genomen. Laat de ouders dit weten, met de reden.";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/besluit")
    ModelAndView neemBesluit(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.Besluit invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("BESLUITEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.neemBesluit(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie(), invoer.gekozenUitkomst(), invoer.toelichting());
            return "Het besluit is vastgelegd: " + invoer.gekozenUitkomst().omschrijving() + ".";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/voorstellen")
    ModelAndView stelVoor(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.Voorstel invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("SCHOOL_VOORSTELLEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.stelVoor(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie(), Long.parseLong(invoer.school()), gebruiker);
            return "De school is gevraagd de leerling te plaatsen.";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/intrekken")
    ModelAndView trekIn(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.Intrekking invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("INTREKKEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.trekIn(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie());
            return "De aanmelding is ingetrokken.";
        });
    }

    @PostMapping(PAD + "/{aanmelding}/zorgplicht-beeindigen")
    ModelAndView beeindigZorgplicht(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @Valid Aanmeldingformulieren.EindeZorgplicht invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("ZORGPLICHT_BEEINDIGEN", invoer, binding, swv, vestiging, aanmelding, gebruiker, model, doorsturen, () -> {
            aanmeldingen.beeindigZorgplicht(SwvCode.van(swv), vestiging, aanmelding, invoer.geladenVersie(), invoer.reden());
            return "De zorgplicht is beëindigd.";
        });
    }

    @PostMapping("/swv/{swv}/vestigingen/{vestiging}/voorstellen/{aanmelding}/{volgnummer}")
    ModelAndView beantwoord(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding, @PathVariable int volgnummer,
            @Valid Aanmeldingformulieren.Antwoord invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("VOORSTEL-" + aanmelding + "-" + volgnummer, invoer, binding).voerUit(() -> {
            aanmeldingen.beantwoordVoorstel(SwvCode.van(swv), vestiging, aanmelding, volgnummer, invoer.plaatst(), invoer.reden());
            return invoer.plaatst() ? "U heeft de leerling een plaats gegeven." : "U heeft het voorstel afgewezen.";
        }, PAD.replace("{swv}", swv).replace("{vestiging}", String.valueOf(vestiging)), model, doorsturen, m -> lijst(swv, vestiging, gebruiker, m),
                "aanmelding/lijst");
    }

    private ModelAndView stap(String stap, Record invoer, BindingResult binding, String swv, long vestiging, long aanmelding, Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen, Supplier<String> uitvoering) {
        return new Formulierstap(stap, invoer, binding).voerUit(uitvoering, basis(swv, vestiging, aanmelding), model, doorsturen,
                m -> detail(swv, vestiging, aanmelding, false, gebruiker, m), "aanmelding/detail");
    }

    private static String basis(String swv, long vestiging, long aanmelding) {
        return "/swv/%s/vestigingen/%d/aanmeldingen/%d".formatted(swv, vestiging, aanmelding);
    }
}
