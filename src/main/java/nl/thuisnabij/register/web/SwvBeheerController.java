package nl.thuisnabij.register.web;

import java.io.IOException;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.Contactgegevens;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SchoolImport;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Rollen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An SWV's own part of the register. Which SWV a user may open is decided once, for all of
 * {@code /swv/{swv}/**}, by the tenant check in the security configuration; here only the role.
 */
@Controller
class SwvBeheerController {

    static final String SWV_ROLLEN = Rollen.SWV;

    record ProfielFormulier(String naam, String email, String telefoon, String website, String straat, String postcode,
            String plaats, String directeur, int versie) {

        Contactgegevens contact() {
            return new Contactgegevens(leeg(email), leeg(telefoon), leeg(website), leeg(straat),
                    postcode == null || postcode.isBlank() ? null : postcode.trim().toUpperCase().replace(" ", ""), leeg(plaats),
                    leeg(directeur));
        }

        private static String leeg(String tekst) {
            return tekst == null || tekst.isBlank() ? null : tekst.trim();
        }
    }

    private final Register register;
    private final SchoolImport schoolImport;
    private final AuditLog auditLog;

    SwvBeheerController(Register register, SchoolImport schoolImport, AuditLog auditLog) {
        this.register = register;
        this.schoolImport = schoolImport;
        this.auditLog = auditLog;
    }

    @GetMapping("/swv/{swv}/profiel")
    @PreAuthorize(SWV_ROLLEN)
    String profiel(@PathVariable String swv, Model model) {
        var samenwerkingsverband = register.bestaandSamenwerkingsverband(SwvCode.van(swv));
        auditLog.lezen(swv, "samenwerkingsverband", swv, "profiel bekeken");
        var c = samenwerkingsverband.contact();
        model.addAttribute("swv", samenwerkingsverband);
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", new ProfielFormulier(samenwerkingsverband.naam(), c.email(), c.telefoon(), c.website(),
                    c.straat(), c.postcode(), c.plaats(), c.directeur(), samenwerkingsverband.versie()));
        }
        return "register/profiel";
    }

    @PostMapping("/swv/{swv}/profiel")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    String wijzigProfiel(@PathVariable String swv, @ModelAttribute ProfielFormulier formulier, Model model,
            RedirectAttributes doorsturen) {
        try {
            register.wijzigProfiel(SwvCode.van(swv), formulier.naam(), formulier.contact(), formulier.versie());
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            model.addAttribute("formulier", formulier);
            model.addAttribute("fout", fout.getMessage());
            return profiel(swv, model);
        }
        doorsturen.addFlashAttribute("melding", "Het profiel is opgeslagen.");
        return "redirect:/swv/" + swv + "/profiel";
    }

    @GetMapping("/swv/{swv}/vestigingen")
    @PreAuthorize(SWV_ROLLEN)
    String vestigingen(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("vestigingen", register.vestigingen(code));
        auditLog.lezen(swv, "vestiging", null, "lijst aangesloten vestigingen bekeken");
        return "register/vestigingen";
    }

    @GetMapping("/swv/{swv}/vestigingen/{id}")
    @PreAuthorize(Rollen.SCHOOL_OF_SWV)
    String vestiging(@PathVariable String swv, @PathVariable long id, Model model) {
        var vestiging = register.vestiging(id)
                .filter(v -> v.swv().waarde().equals(swv))
                .orElseThrow(() -> new NietGevondenException("Deze vestiging hoort niet bij samenwerkingsverband " + swv));
        auditLog.lezen(swv, "vestiging", String.valueOf(id), "vestiging bekeken");
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(vestiging.swv()));
        model.addAttribute("vestiging", vestiging);
        return "register/vestiging";
    }

    @GetMapping("/swv/{swv}/vestigingen/import")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    String importFormulier(@PathVariable String swv, Model model) {
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(SwvCode.van(swv)));
        return "register/scholenimport";
    }

    @PostMapping("/swv/{swv}/vestigingen/import")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    String importeer(@PathVariable String swv, @RequestParam("bestand") MultipartFile bestand, Model model) throws IOException {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        model.addAttribute("rapport", schoolImport.importeerVoor(code, bestand.getInputStream()));
        return "register/scholenimport";
    }
}
