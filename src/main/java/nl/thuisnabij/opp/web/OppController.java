package nl.thuisnabij.opp.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.opp.Doelresultaat;
import nl.thuisnabij.opp.Ondersteuningsdomein;
import nl.thuisnabij.opp.Opplijsten;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.opp.Uitstroombestemming;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The OPPs as the school writes them and the SWV reads them: the school's list with what needs
 * doing first, a new OPP, and one detail page whose forms are exactly the steps the school may
 * take now. The SWV reads the OPPs of pupils it has a case for. The parents' page, the PDF and
 * the reports have controllers of their own.
 */
@Controller
class OppController {

    static final String SCHOOL = "/swv/{swv}/vestigingen/{vestiging}/opp";
    static final String SWV = "/swv/{swv}/opp";
    private static final String SWV_LEZERS = "hasAnyRole('SWV_BEHEERDER','DIRECTEUR','ONDERSTEUNINGSCOORDINATOR','COMMISSIELID','DESKUNDIGE')";

    private final Opps opps;
    private final Opplijsten lijsten;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Clock klok;

    OppController(Opps opps, Opplijsten lijsten, Leerlingen leerlingen, Register register, Clock klok) {
        this.opps = opps;
        this.lijsten = lijsten;
        this.leerlingen = leerlingen;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(SCHOOL)
    @PreAuthorize(Rollen.SCHOOL)
    String vanSchool(@PathVariable String swv, @PathVariable long vestiging, @RequestParam(required = false) Long na,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        var school = register.vestigingVan(code, vestiging);
        model.addAttribute("titel", "OPP's van " + school.naam());
        var pagina = lijsten.vanVestiging(code, vestiging, gebruiker, na);
        model.addAttribute("opps", pagina.regels());
        model.addAttribute("volgende", pagina.volgende());
        model.addAttribute("basis", basis(swv, vestiging));
        model.addAttribute("leerlingen", leerlingen.vanVestiging(code, vestiging));
        model.addAttribute("zonderOppOpSchool", lijsten.zonderOppOpSchool(code, school));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "opp/lijst";
    }

    @PostMapping(SCHOOL)
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView start(@PathVariable String swv, @PathVariable long vestiging, @Valid Oppformulieren.Nieuw invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var lijst = basis(swv, vestiging);
        var nieuw = new AtomicLong();
        var antwoord = new Formulierstap("NIEUW", invoer, binding).voerUit(() -> {
            nieuw.set(opps.start(SwvCode.van(swv), vestiging, invoer.gekozenLeerling(), invoer.inschrijving(), invoer.tijdelijk(), gebruiker));
            return "Het OPP is begonnen. Vul het in en bespreek het met de ouders.";
        }, lijst, model, doorsturen, m -> vanSchool(swv, vestiging, null, gebruiker, m), "opp/lijst");
        if (nieuw.get() != 0) {
            antwoord.setViewName("redirect:" + lijst + "/" + nieuw.get());
        }
        return antwoord;
    }

    @GetMapping(SWV)
    @PreAuthorize(SWV_LEZERS)
    String vanSwv(@PathVariable String swv, @RequestParam(required = false) Long na, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("titel", "OPP's van leerlingen met een aanvraag of ondersteuning");
        var pagina = lijsten.vanSwv(SwvCode.van(swv), gebruiker, na);
        model.addAttribute("opps", pagina.regels());
        model.addAttribute("volgende", pagina.volgende());
        model.addAttribute("zonderOpp", lijsten.zonderOpp(SwvCode.van(swv)));
        model.addAttribute("basis", "/swv/" + swv + "/opp");
        return "opp/lijst";
    }

    @GetMapping(SCHOOL + "/{id}")
    @PreAuthorize(Rollen.SCHOOL)
    String detailSchool(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id,
            @RequestParam(name = "versie", required = false) Integer versie, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return detail(id, versie, basis(swv, vestiging), gebruiker, model);
    }

    @GetMapping(SWV + "/{id}")
    @PreAuthorize(SWV_LEZERS)
    String detailSwv(@PathVariable String swv, @PathVariable long id, @RequestParam(name = "versie", required = false) Integer versie,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return detail(id, versie, "/swv/" + swv + "/opp", gebruiker, model);
    }

    private String detail(long id, Integer versieNummer, String basis, Gebruiker gebruiker, Model model) {
        var o = opps.opp(id, gebruiker);
        var versie = versieNummer == null ? o.opp().laatsteVersie()
                : o.opp().versie(versieNummer).orElseThrow(() -> new NietGevondenException("versie %d van dit OPP bestaat niet".formatted(versieNummer)));
        model.addAttribute("o", o);
        model.addAttribute("v", versie);
        model.addAttribute("laatste", versie.volgnummer() == o.opp().laatsteVersie().volgnummer());
        model.addAttribute("basis", basis);
        model.addAttribute("bestemmingen", Arrays.stream(Uitstroombestemming.values()).filter(b -> b.magVoor(o.opp().schoolsoort())).toList());
        model.addAttribute("domeinen", Ondersteuningsdomein.values());
        model.addAttribute("resultaten", Doelresultaat.values());
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "opp/detail";
    }

    @PostMapping(SCHOOL + "/{id}/inhoud")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView inhoud(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.Inhoud invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("INHOUD", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.wijzigInhoud(id, invoer.geladenVersie(), invoer.bestemming(), invoer.onderbouwing(), invoer.belemmerendeFactoren(),
                    invoer.bevorderendeFactoren(), invoer.afwijkingen(), invoer.visieLeerling(), gebruiker);
            return "De inhoud is opgeslagen.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/doelen")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView doel(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.NieuwDoel invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("DOEL_TOEVOEGEN", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.voegDoelToe(id, invoer.geladenVersie(), invoer.gekozenDomein(), invoer.beschrijving(), invoer.niveau(), invoer.streef(), gebruiker);
            return "Het doel is toegevoegd.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/doelen/{doel}/verwijderen")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView verwijderDoel(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @PathVariable int doel,
            @Valid Oppformulieren.Verwijderen invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("DOEL_VERWIJDEREN", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.verwijderDoel(id, invoer.geladenVersie(), doel, gebruiker);
            return "Het doel is verwijderd.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/handelingen")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView handeling(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.NieuweHandeling invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("HANDELING_TOEVOEGEN", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.voegHandelingToe(id, invoer.geladenVersie(), invoer.wat(), invoer.wie(), invoer.hoeVaak(), invoer.middelen(), invoer.arrangement(),
                    gebruiker);
            return "De afspraak staat in het handelingsdeel.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/handelingen/{handeling}/verwijderen")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView verwijderHandeling(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @PathVariable int handeling,
            @Valid Oppformulieren.Verwijderen invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("HANDELING_VERWIJDEREN", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.verwijderHandeling(id, invoer.geladenVersie(), handeling, gebruiker);
            return "De afspraak is uit het handelingsdeel verwijderd.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/advies-cvb")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView adviesCvb(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.AdviesCvb invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("ADVIES_CVB", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.legAdviesCvbVast(id, invoer.geladenVersie(), invoer.adviesCvb(), gebruiker);
            return "Het advies van de commissie voor de begeleiding is vastgelegd.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/oogo")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView oogo(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.Oogo invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("OOGO", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.legOogoVast(id, invoer.geladenVersie(), invoer.datumOverleg(), invoer.deelnemers(), invoer.afspraken(), invoer.zienswijzeOuders(),
                    gebruiker);
            return "Het overleg met de ouders is vastgelegd. De ouders kunnen nu in het ouderportaal instemmen met het handelingsdeel.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/evaluatie")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView evaluatie(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.Evaluatie invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("EVALUEREN", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.evalueer(id, invoer.geladenVersie(), invoer.datumEvaluatie(), invoer.deelnemers(), invoer.resultaten(), invoer.toelichtingen(),
                    invoer.conclusie(), invoer.evaluatieAdviesCvb(), gebruiker);
            return "De evaluatie is vastgelegd. Begin een nieuwe versie om het OPP bij te stellen.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/nieuwe-versie")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView nieuweVersie(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.Verwijderen invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("NIEUWE_VERSIE", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.beginNieuweVersie(id, invoer.geladenVersie(), gebruiker);
            return "Er is een nieuwe versie begonnen, met de inhoud van de vorige. De vorige versie blijft zoals ze was.";
        });
    }

    @PostMapping(SCHOOL + "/{id}/beeindigen")
    @PreAuthorize(Rollen.SCHOOL)
    ModelAndView beeindig(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long id, @Valid Oppformulieren.Beeindiging invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("BEEINDIGEN", swv, vestiging, id, invoer, binding, gebruiker, model, doorsturen, () -> {
            opps.beeindig(id, invoer.geladenVersie(), invoer.einddatum(), invoer.reden(), gebruiker);
            return "Het OPP is beëindigd. Geef de einddatum door aan BRON.";
        });
    }

    private ModelAndView stap(String stap, String swv, long vestiging, long id, Record invoer, BindingResult binding, Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen, Supplier<String> uitvoering) {
        var basis = basis(swv, vestiging);
        return new Formulierstap(stap, invoer, binding).voerUit(uitvoering, basis + "/" + id, model, doorsturen,
                m -> detail(id, null, basis, gebruiker, m), "opp/detail");
    }

    static String basis(String swv, long vestiging) {
        return "/swv/%s/vestigingen/%d/opp".formatted(swv, vestiging);
    }
}
