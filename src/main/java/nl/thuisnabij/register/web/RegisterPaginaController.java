package nl.thuisnabij.register.web;

import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Zoekresultaat;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages for parents and schools: which SWV serves my address, and who are they. */
@Controller
class RegisterPaginaController {

    private final Register register;

    RegisterPaginaController(Register register) {
        this.register = register;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("gemeenten", register.actieveGemeenten());
        return "register/start";
    }

    @GetMapping("/samenwerkingsverbanden")
    String samenwerkingsverbanden(@RequestParam(required = false) String postcode, @RequestParam(required = false) String gemeente,
            Model model) {
        model.addAttribute("postcode", postcode);
        model.addAttribute("gemeente", gemeente);
        if (postcode != null && !postcode.isBlank()) {
            zoek(model, () -> register.zoekOpPostcode(postcode));
        } else if (gemeente != null && !gemeente.isBlank()) {
            zoek(model, () -> register.zoekOpGemeente(gemeente));
        } else {
            model.addAttribute("alle", register.alleSamenwerkingsverbanden());
        }
        return "register/samenwerkingsverbanden";
    }

    @GetMapping("/samenwerkingsverbanden/{code}")
    String samenwerkingsverband(@PathVariable String code, Model model) {
        var swv = register.bestaandSamenwerkingsverband(SwvCode.van(code));
        model.addAttribute("swv", swv);
        model.addAttribute("vestigingen", register.vestigingen(swv.code()));
        return "register/samenwerkingsverband";
    }

    private static void zoek(Model model, java.util.function.Supplier<Zoekresultaat> zoekopdracht) {
        try {
            model.addAttribute("resultaat", zoekopdracht.get());
        } catch (OngeldigeInvoerException fout) {
            model.addAttribute("invoerfout", fout.getMessage());
        }
    }
}
