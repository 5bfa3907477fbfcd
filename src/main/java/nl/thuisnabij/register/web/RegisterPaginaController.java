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
        model.addAttribute("heeftLogo", register.heeftLogo(swv.code()));
        if (swv.huisstijlkleur() != null) {
            model.addAttribute("huisstijl", swv.code().waarde());
        }
        return "register/samenwerkingsverband";
    }

    /** The SWV's colour as a stylesheet of its own: its public pages link it (no inline style under the content security policy). */
    @GetMapping(value = "/samenwerkingsverbanden/{code}/huisstijl.css", produces = "text/css")
    org.springframework.http.ResponseEntity<String> huisstijl(@PathVariable String code) {
        var kleur = register.bestaandSamenwerkingsverband(SwvCode.van(code)).huisstijlkleur();
        return org.springframework.http.ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic())
                .body(kleur == null ? "" : ":root { --swv-kleur: " + kleur.waarde() + "; }\n");
    }

    @GetMapping("/samenwerkingsverbanden/{code}/logo")
    org.springframework.http.ResponseEntity<byte[]> logo(@PathVariable String code) {
        var logo = register.logo(SwvCode.van(code)).orElseThrow(() -> new nl.thuisnabij.shared.NietGevondenException("dit samenwerkingsverband heeft geen logo"));
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(logo.mediatype()))
                .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(logo.inhoud());
    }

    private static void zoek(Model model, java.util.function.Supplier<Zoekresultaat> zoekopdracht) {
        try {
            model.addAttribute("resultaat", zoekopdracht.get());
        } catch (OngeldigeInvoerException fout) {
            model.addAttribute("invoerfout", fout.getMessage());
        }
    }
}
