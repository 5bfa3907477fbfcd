package nl.thuisnabij.ondersteuning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.thuisnabij.ondersteuning.Scholenzoeker;
import nl.thuisnabij.register.Afstanden;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The public school finder for parents: from a postcode to the schools near them that offer what their child needs. */
@Controller
class ScholenzoekerController {

    private final Scholenzoeker zoeker;
    private final Clock klok;

    ScholenzoekerController(Scholenzoeker zoeker, Clock klok) {
        this.zoeker = zoeker;
        this.klok = klok;
    }

    @GetMapping("/scholen-in-de-buurt")
    ModelAndView zoek(@RequestParam(required = false) String postcode, @RequestParam(defaultValue = "po") String onderwijs,
            @RequestParam(required = false) String behoefte, Model model) {
        boolean vo = "vo".equals(onderwijs);
        model.addAttribute("postcode", postcode);
        model.addAttribute("onderwijs", vo ? "vo" : "po");
        model.addAttribute("bronvermelding", Afstanden.BRONVERMELDING);
        if (postcode == null || postcode.isBlank()) {
            return new ModelAndView("ondersteuning/scholen-in-de-buurt", model.asMap());
        }
        var vandaag = LocalDate.now(klok);
        try {
            try {
                Optional<Long> gekozen = behoefte == null || behoefte.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(behoefte));
                model.addAttribute("uitkomst", zoeker.zoek(postcode, vo, gekozen, vandaag).orElse(null));
            } catch (NumberFormatException | NietGevondenException onbekend) {
                // a need of another SWV, left from a search with another postcode: all schools, and the parent chooses again
                model.addAttribute("behoeftefout", "Deze ondersteuning staat niet in de lijst van dit samenwerkingsverband. Kies opnieuw.");
                model.addAttribute("uitkomst", zoeker.zoek(postcode, vo, Optional.empty(), vandaag).orElse(null));
            }
            model.addAttribute("gezocht", true);
            if (model.getAttribute("uitkomst") instanceof Scholenzoeker.Uitkomst u && u.swv().huisstijlkleur() != null) {
                model.addAttribute("huisstijl", u.swv().code().waarde());
            }
            return new ModelAndView("ondersteuning/scholen-in-de-buurt", model.asMap());
        } catch (OngeldigeInvoerException fout) {
            model.addAttribute("invoerfout", fout.getMessage());
            return new ModelAndView("ondersteuning/scholen-in-de-buurt", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }
}
