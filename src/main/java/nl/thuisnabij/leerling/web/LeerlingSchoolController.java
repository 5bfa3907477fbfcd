package nl.thuisnabij.leerling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Rollen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pupils of a school site and their departure to another school, in or outside the SWV. */
@Controller
@PreAuthorize(Rollen.SCHOOL_OF_SWV_ZORG)
class LeerlingSchoolController {

    static final String PAD = "/swv/{swv}/vestigingen/{vestiging}/leerlingen";

    private final Leerlingen leerlingen;
    private final Register register;
    private final Clock klok;

    LeerlingSchoolController(Leerlingen leerlingen, Register register, Clock klok) {
        this.leerlingen = leerlingen;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(PAD)
    String lijst(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestigingVan(code, vestiging));
        model.addAttribute("leerlingen", leerlingen.vanVestiging(code, vestiging));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "leerling/school";
    }

    @PostMapping(PAD + "/vertrek")
    String vertrek(@PathVariable String swv, @PathVariable long vestiging, @RequestParam long leerling, @RequestParam String naar,
            @RequestParam(required = false) String postcode, @RequestParam String per, RedirectAttributes doorsturen) {
        try {
            var datum = datum(per);
            leerlingen.vertrek(SwvCode.van(swv), vestiging, leerling, naar, postcode, datum);
            doorsturen.addFlashAttribute("melding", "Het vertrek is vastgelegd; de schoolgeschiedenis gaat mee.");
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/%s/vestigingen/%d/leerlingen".formatted(swv, vestiging);
    }

    private static LocalDate datum(String invoer) {
        try {
            return LocalDate.parse(invoer);
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException("de datum van vertrek '%s' is geen geldige datum".formatted(invoer));
        }
    }
}
