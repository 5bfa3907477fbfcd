package nl.thuisnabij.ondersteuning.web;

import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.ondersteuning.Niveau;
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

/** The SWV's catalogue of support domains and the basisondersteuning it asks of every member. */
@Controller
class CatalogusController {

    private final Catalogus catalogus;
    private final Register register;

    CatalogusController(Catalogus catalogus, Register register) {
        this.catalogus = catalogus;
        this.register = register;
    }

    @GetMapping("/swv/{swv}/ondersteuningsdomeinen")
    @PreAuthorize(Rollen.SCHOOL_OF_SWV)
    String catalogus(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("domeinen", catalogus.alleDomeinen(code));
        model.addAttribute("niveaus", Niveau.values());
        return "ondersteuning/catalogus";
    }

    @PostMapping("/swv/{swv}/ondersteuningsdomeinen")
    @PreAuthorize("hasAnyRole('SWV_BEHEERDER','ONDERSTEUNINGSCOORDINATOR')")
    String voegToe(@PathVariable String swv, @RequestParam String naam, @RequestParam Niveau vereistNiveau, Model model,
            RedirectAttributes doorsturen) {
        try {
            catalogus.voegToe(SwvCode.van(swv), naam, vereistNiveau);
        } catch (OngeldigeInvoerException fout) {
            model.addAttribute("fout", fout.getMessage());
            return catalogus(swv, model);
        }
        doorsturen.addFlashAttribute("melding", "Ondersteuningsdomein '" + naam.trim() + "' is toegevoegd.");
        return "redirect:/swv/" + swv + "/ondersteuningsdomeinen";
    }

    @PostMapping("/swv/{swv}/ondersteuningsdomeinen/{domein}")
    @PreAuthorize("hasAnyRole('SWV_BEHEERDER','ONDERSTEUNINGSCOORDINATOR')")
    String wijzig(@PathVariable String swv, @PathVariable long domein, @RequestParam String naam, @RequestParam Niveau vereistNiveau,
            @RequestParam(defaultValue = "false") boolean actief, Model model, RedirectAttributes doorsturen) {
        try {
            catalogus.wijzig(SwvCode.van(swv), domein, naam, vereistNiveau, actief);
        } catch (OngeldigeInvoerException fout) {
            model.addAttribute("fout", fout.getMessage());
            return catalogus(swv, model);
        }
        doorsturen.addFlashAttribute("melding", "Ondersteuningsdomein '" + naam.trim() + "' is opgeslagen.");
        return "redirect:/swv/" + swv + "/ondersteuningsdomeinen";
    }
}
