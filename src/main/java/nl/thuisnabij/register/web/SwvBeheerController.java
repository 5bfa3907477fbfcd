package nl.thuisnabij.register.web;

import java.io.IOException;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.Contactgegevens;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SchoolImport;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Rollen;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    record ProfielFormulier(
            @NotBlank(message = "de pagina is verouderd: laad haar opnieuw")
            @Getal(message = "de pagina is verouderd: laad haar opnieuw") String versie,
            @NotBlank(message = "vul de naam van het samenwerkingsverband in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @Size(max = 200, message = "ten hoogste 200 tekens") String directeur,
            @Email(message = "vul een geldig e-mailadres in, bijvoorbeeld info@swv.nl")
            @Size(max = 200, message = "ten hoogste 200 tekens") String email,
            @Size(max = 30, message = "ten hoogste 30 tekens") String telefoon,
            @Size(max = 200, message = "ten hoogste 200 tekens") String website,
            @Size(max = 200, message = "ten hoogste 200 tekens") String straat,
            @Size(max = 7, message = "een postcode heeft vier cijfers en twee letters, bijvoorbeeld 1011 AB") String postcode,
            @Size(max = 100, message = "ten hoogste 100 tekens") String plaats,
            @Size(max = 7, message = "kies een kleur als #rrggbb, bijvoorbeeld #154273") String huisstijlkleur) implements GeladenVersie {

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
        model.addAttribute("swv", samenwerkingsverband);
        model.addAttribute("heeftLogo", register.heeftLogo(samenwerkingsverband.code()));
        return "register/profiel";
    }

    /** The SWV's logo for its public pages: a PNG or JPEG, checked by its content. */
    @PostMapping("/swv/{swv}/profiel/logo")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    ModelAndView legLogoVast(@PathVariable String swv, @RequestParam(name = "logo", required = false) MultipartFile logo, Model model,
            RedirectAttributes doorsturen) throws IOException {
        try {
            register.legLogoVast(SwvCode.van(swv), logo == null ? null : logo.getBytes());
        } catch (nl.thuisnabij.shared.OngeldigeInvoerException fout) {
            model.addAttribute("logofout", fout.getMessage());
            return new ModelAndView(profiel(swv, model), model.asMap(), org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        doorsturen.addFlashAttribute("melding", "Het logo is opgeslagen. U ziet het op de openbare pagina van het samenwerkingsverband.");
        return new ModelAndView("redirect:/swv/" + swv + "/profiel");
    }

    @PostMapping("/swv/{swv}/profiel")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    ModelAndView wijzigProfiel(@PathVariable String swv, @Valid ProfielFormulier invoer, BindingResult binding, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("PROFIEL", invoer, binding).voerUit(() -> {
            register.wijzigProfiel(SwvCode.van(swv), invoer.naam(), invoer.contact(), invoer.huisstijlkleur(), invoer.geladenVersie());
            return "Het profiel is opgeslagen.";
        }, "/swv/" + swv + "/profiel", model, doorsturen, m -> profiel(swv, m), "register/profiel");
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
