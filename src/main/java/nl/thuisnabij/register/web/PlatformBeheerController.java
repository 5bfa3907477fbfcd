package nl.thuisnabij.register.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import nl.thuisnabij.register.Herindelingen;
import nl.thuisnabij.register.RegioIndelingImport;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SchoolImport;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** National administration of the register: the division, all schools, herindelingen. */
@Controller
class PlatformBeheerController {

    private final RegioIndelingImport regioIndelingImport;
    private final SchoolImport schoolImport;
    private final Herindelingen herindelingen;
    private final Register register;

    PlatformBeheerController(RegioIndelingImport regioIndelingImport, SchoolImport schoolImport, Herindelingen herindelingen,
            Register register) {
        this.regioIndelingImport = regioIndelingImport;
        this.schoolImport = schoolImport;
        this.herindelingen = herindelingen;
        this.register = register;
    }

    @GetMapping("/beheer/regio-indeling")
    String regioIndeling() {
        return "register/regio-indeling";
    }

    @PostMapping("/beheer/regio-indeling")
    String importeerRegioIndeling(@RequestParam("bestand") MultipartFile bestand, Principal gebruiker, Model model)
            throws IOException {
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        model.addAttribute("rapport",
                regioIndelingImport.importeer(bestand.getOriginalFilename(), bestand.getInputStream(), gebruiker.getName()));
        return "register/regio-indeling";
    }

    @GetMapping("/beheer/scholen-import")
    String scholenImport() {
        return "register/scholenimport";
    }

    @PostMapping("/beheer/scholen-import")
    String importeerScholen(@RequestParam("bestand") MultipartFile bestand, Model model) throws IOException {
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        model.addAttribute("rapport", schoolImport.importeer(bestand.getInputStream()));
        return "register/scholenimport";
    }

    @GetMapping("/beheer/herindeling")
    String herindeling(Model model) {
        model.addAttribute("herindelingen", herindelingen.overzicht());
        model.addAttribute("gemeenten", register.actieveGemeenten());
        return "register/herindeling";
    }

    @PostMapping("/beheer/herindeling")
    String voerHerindelingUit(@RequestParam String oudeGemeenten, @RequestParam String nieuweGemeente,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ingangsdatum,
            Principal gebruiker, Model model, RedirectAttributes doorsturen) {
        try {
            var uitgevoerd = herindelingen.voerUit(Arrays.asList(oudeGemeenten.split("[;\\n]")), nieuweGemeente, ingangsdatum,
                    gebruiker.getName());
            doorsturen.addFlashAttribute("melding", "Herindeling uitgevoerd: %s → %s per %s."
                    .formatted(String.join(", ", uitgevoerd.oudeGemeenten()), uitgevoerd.nieuweGemeente(), uitgevoerd.ingangsdatum()));
            return "redirect:/beheer/herindeling";
        } catch (OngeldigeInvoerException fout) {
            model.addAttribute("fout", fout.getMessage());
            model.addAttribute("oudeGemeenten", oudeGemeenten);
            model.addAttribute("nieuweGemeente", nieuweGemeente);
            model.addAttribute("ingangsdatum", ingangsdatum);
            return herindeling(model);
        }
    }
}
