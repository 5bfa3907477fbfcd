package nl.thuisnabij.ondersteuning.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.ondersteuning.Ondersteuningsprofielen;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.Rollen;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** School support profiles: kept by the school, seen by the SWV, public for parents. */
@Controller
class SopController {

    private final Ondersteuningsprofielen profielen;
    private final Catalogus catalogus;
    private final Register register;
    private final Clock klok;

    SopController(Ondersteuningsprofielen profielen, Catalogus catalogus, Register register, Clock klok) {
        this.profielen = profielen;
        this.catalogus = catalogus;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping("/scholen/{vestiging}/ondersteuningsprofiel")
    String openbaar(@PathVariable long vestiging, Model model) {
        var school = register.vestiging(vestiging).orElseThrow(() -> new NietGevondenException("Deze school bestaat niet"));
        model.addAttribute("school", school);
        var swv = register.bestaandSamenwerkingsverband(school.swv());
        model.addAttribute("swv", swv);
        if (swv.huisstijlkleur() != null) {
            model.addAttribute("huisstijl", swv.code().waarde());
        }
        model.addAttribute("sop", profielen.huidig(school.swv(), vestiging, LocalDate.now(klok)).orElse(null));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "ondersteuning/openbaar-profiel";
    }

    @GetMapping("/swv/{swv}/ondersteuningsprofielen")
    @PreAuthorize(Rollen.SCHOOL_OF_SWV)
    String overzicht(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        var vandaag = LocalDate.now(klok);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("vestigingen", register.vestigingen(code));
        model.addAttribute("sops", profielen.huidigeVanSwv(code, vandaag));
        model.addAttribute("schooljaar", Schooljaar.van(vandaag));
        model.addAttribute("vandaag", vandaag);
        return "ondersteuning/overzicht";
    }

    @GetMapping("/swv/{swv}/vestigingen/{vestiging}/ondersteuningsprofiel")
    @PreAuthorize(Rollen.SCHOOL_OF_SWV)
    String profiel(@PathVariable String swv, @PathVariable long vestiging, @RequestParam(required = false) String schooljaar, Model model) {
        var code = SwvCode.van(swv);
        var vandaag = LocalDate.now(klok);
        var jaar = schooljaar == null ? Schooljaar.van(vandaag) : Schooljaar.parse(schooljaar);
        var school = profielen.vestigingVan(code, vestiging);
        var sop = profielen.van(code, vestiging, jaar);
        var voorgaand = sop.isEmpty() ? profielen.huidig(code, vestiging, jaar.eersteDag()) : sop;
        model.addAttribute("school", school);
        model.addAttribute("schooljaar", jaar);
        model.addAttribute("schooljaren", profielen.schooljaren(code, vestiging));
        model.addAttribute("sop", sop.orElse(null));
        model.addAttribute("basis", voorgaand.orElse(null));
        model.addAttribute("domeinen", catalogus.actieveDomeinen(code));
        model.addAttribute("niveaus", Niveau.values());
        model.addAttribute("vandaag", vandaag);
        return "ondersteuning/profiel";
    }

    @PostMapping("/swv/{swv}/vestigingen/{vestiging}/ondersteuningsprofiel")
    @PreAuthorize(Rollen.SCHOOL + " or hasRole('ONDERSTEUNINGSCOORDINATOR')")
    ModelAndView legVast(@PathVariable String swv, @PathVariable long vestiging, @Valid Ondersteuningsformulieren.Profiel invoer,
            BindingResult binding, Model model, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        return new Formulierstap("PROFIEL", invoer, binding).voerUit(() -> {
            var jaar = invoer.jaar();
            profielen.legVast(code, vestiging, jaar, invoer.vastgesteld(), invoer.plaatsen(), invoer.toelichting(),
                    invoer.aanbod(catalogus.actieveDomeinen(code)), invoer.geladenVersie());
            return "Het ondersteuningsprofiel " + jaar + " is vastgelegd.";
        }, "/swv/%s/vestigingen/%d/ondersteuningsprofiel?schooljaar=%s".formatted(swv, vestiging, invoer.schooljaar()), model, doorsturen,
                m -> profiel(swv, vestiging, binding.hasFieldErrors("schooljaar") ? null : invoer.schooljaar(), m), "ondersteuning/profiel");
    }
}
