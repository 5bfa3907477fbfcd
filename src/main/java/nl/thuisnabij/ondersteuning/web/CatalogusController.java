package nl.thuisnabij.ondersteuning.web;

import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
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
    ModelAndView voegToe(@PathVariable String swv, @Valid Ondersteuningsformulieren.Domein invoer, BindingResult binding, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("DOMEIN_TOEVOEGEN", invoer, binding).voerUit(() -> {
            catalogus.voegToe(SwvCode.van(swv), invoer.naam(), invoer.niveau());
            return "Ondersteuningsdomein '" + invoer.naam().strip() + "' is toegevoegd.";
        }, "/swv/" + swv + "/ondersteuningsdomeinen", model, doorsturen, m -> catalogus(swv, m), "ondersteuning/catalogus");
    }

    @PostMapping("/swv/{swv}/ondersteuningsdomeinen/{domein}")
    @PreAuthorize("hasAnyRole('SWV_BEHEERDER','ONDERSTEUNINGSCOORDINATOR')")
    ModelAndView wijzig(@PathVariable String swv, @PathVariable long domein, @Valid Ondersteuningsformulieren.Domein invoer, BindingResult binding,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("DOMEIN-" + domein, invoer, binding).voerUit(() -> {
            catalogus.wijzig(SwvCode.van(swv), domein, invoer.naam(), invoer.niveau(), invoer.isActief());
            return "Ondersteuningsdomein '" + invoer.naam().strip() + "' is opgeslagen.";
        }, "/swv/" + swv + "/ondersteuningsdomeinen", model, doorsturen, m -> catalogus(swv, m), "ondersteuning/catalogus");
    }
}
