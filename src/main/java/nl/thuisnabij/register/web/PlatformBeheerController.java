package nl.thuisnabij.register.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.thuisnabij.register.Herindelingen;
import nl.thuisnabij.register.LandelijkeSamenwerkingsverbanden;
import nl.thuisnabij.register.RegioIndelingImport;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SchoolImport;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** National administration of the register: the division, landelijke SWV's, all schools, herindelingen. */
@Controller
class PlatformBeheerController {

    record LandelijkFormulier(
            @Getal(message = "de pagina is verouderd: laad haar opnieuw") String versie,
            @NotBlank(message = "vul de code in die DUO het samenwerkingsverband gaf, bijvoorbeeld PO9001") @Size(max = 6, message = "een code heeft zes tekens, bijvoorbeeld PO9001") String code,
            @NotBlank(message = "vul de naam van het landelijk samenwerkingsverband in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @Size(max = 20000, message = "ten hoogste 20.000 tekens") String scholen) implements GeladenVersie {

        /** A new registration loads no version; a change does. */
        boolean isNieuw() {
            return versie == null || versie.isBlank();
        }
    }

    private final RegioIndelingImport regioIndelingImport;
    private final SchoolImport schoolImport;
    private final LandelijkeSamenwerkingsverbanden landelijke;
    private final Herindelingen herindelingen;
    private final Register register;

    PlatformBeheerController(RegioIndelingImport regioIndelingImport, SchoolImport schoolImport, LandelijkeSamenwerkingsverbanden landelijke,
            Herindelingen herindelingen, Register register) {
        this.regioIndelingImport = regioIndelingImport;
        this.schoolImport = schoolImport;
        this.landelijke = landelijke;
        this.herindelingen = herindelingen;
        this.register = register;
    }

    @GetMapping("/beheer/landelijke-samenwerkingsverbanden")
    String landelijke(@RequestParam(required = false) String wijzig, Model model) {
        var overzicht = landelijke.overzicht();
        model.addAttribute("landelijke", overzicht);
        model.addAttribute("teWijzigen", overzicht.stream().filter(l -> l.swv().code().waarde().equals(wijzig)).findFirst().orElse(null));
        return "register/landelijk";
    }

    @PostMapping("/beheer/landelijke-samenwerkingsverbanden")
    ModelAndView legLandelijkVast(@Valid LandelijkFormulier invoer, BindingResult binding, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("LANDELIJK", invoer, binding).voerUit(
                () -> landelijke.legVast(invoer.code(), invoer.naam(), invoer.scholen(), invoer.isNieuw() ? null : invoer.geladenVersie()).melding(),
                "/beheer/landelijke-samenwerkingsverbanden", model, doorsturen, m -> landelijke(invoer.isNieuw() ? null : invoer.code(), m),
                "register/landelijk");
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
