package nl.thuisnabij.budget.web;

import java.io.IOException;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.budget.Budgetten;
import nl.thuisnabij.budget.DuoVergelijking;
import nl.thuisnabij.budget.LeerlingtellingImport;
import nl.thuisnabij.budget.SoVsoTellingImport;
import nl.thuisnabij.budget.RealisatieImport;
import nl.thuisnabij.budget.VestigingstellingImport;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.ImportRapport;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The files the budget reads — DUO's pupil counts, pupils per school, invoices and hours, DUO's
 * funded pupils to compare — each read whole or not at all, the page shown again with its report.
 */
@Controller
class BudgetbestandenController {

    private static final String BEHEREN = BudgetController.BEHEREN;

    private final Budgetten budgetten;
    private final LeerlingtellingImport tellingImport;
    private final SoVsoTellingImport soVsoImport;
    private final VestigingstellingImport vestigingstellingImport;
    private final RealisatieImport realisatieImport;
    private final DuoVergelijking vergelijking;

    BudgetbestandenController(Budgetten budgetten, LeerlingtellingImport tellingImport, VestigingstellingImport vestigingstellingImport,
            RealisatieImport realisatieImport, DuoVergelijking vergelijking, SoVsoTellingImport soVsoImport) {
        this.soVsoImport = soVsoImport;
        this.budgetten = budgetten;
        this.tellingImport = tellingImport;
        this.vestigingstellingImport = vestigingstellingImport;
        this.realisatieImport = realisatieImport;
        this.vergelijking = vergelijking;
    }

    @GetMapping("/swv/{swv}/budget/leerlingtelling")
    @PreAuthorize(BEHEREN)
    String telling(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("tellingen", budgetten.tellingen(code));
        model.addAttribute("soVso", vergelijking.perCategorie(code));
        return "budget/leerlingtelling";
    }

    @PostMapping("/swv/{swv}/budget/leerlingtelling")
    @PreAuthorize(BEHEREN)
    ModelAndView leesTellingIn(@PathVariable String swv, @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model)
            throws IOException {
        return bestand(bestand, "kies het CSV-bestand van DUO om in te lezen", model, m -> telling(swv, m),
                invoer -> tellingImport.leesIn(SwvCode.van(swv), invoer));
    }

    private interface Verwerking {
        ImportRapport verwerk(java.io.InputStream invoer);
    }

    /** An uploaded file handed to its import: the page again with the import's report, 400 when it refused the file or none was chosen. */
    private static ModelAndView bestand(MultipartFile bestand, String kies, Model model, java.util.function.Function<Model, String> pagina,
            Verwerking verwerking) throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("fout", kies);
            return new ModelAndView(pagina.apply(model), model.asMap(), HttpStatus.BAD_REQUEST);
        }
        var rapport = verwerking.verwerk(bestand.getInputStream());
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        model.addAttribute("rapport", rapport);
        // the page after the import, so it shows what the file changed
        return new ModelAndView(pagina.apply(model), model.asMap(), rapport.geslaagd() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    @PostMapping("/swv/{swv}/budget/leerlingtelling/so-vso")
    @PreAuthorize(BEHEREN)
    ModelAndView leesSoVsoTellingIn(@PathVariable String swv, @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model)
            throws IOException {
        return bestand(bestand, "kies het CSV-bestand van DUO met de leerlingen in SO en VSO", model, m -> telling(swv, m),
                invoer -> soVsoImport.leesIn(SwvCode.van(swv), invoer));
    }

    @PostMapping("/swv/{swv}/budget/leerlingtelling/vestigingen")
    @PreAuthorize(BEHEREN)
    ModelAndView leesVestigingstellingIn(@PathVariable String swv, @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model)
            throws IOException {
        return bestand(bestand, "kies het CSV-bestand met de leerlingen per school", model, m -> telling(swv, m),
                invoer -> vestigingstellingImport.leesIn(SwvCode.van(swv), invoer));
    }

    @GetMapping("/swv/{swv}/budget/realisatie")
    @PreAuthorize(BEHEREN)
    String realisatie(@PathVariable String swv, Model model) {
        model.addAttribute("swv", SwvCode.van(swv).waarde());
        return "budget/realisatie";
    }

    @PostMapping("/swv/{swv}/budget/realisatie")
    @PreAuthorize(BEHEREN)
    ModelAndView leesRealisatieIn(@PathVariable String swv, @RequestParam(name = "bestand", required = false) MultipartFile bestand,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model) throws IOException {
        return bestand(bestand, "kies het CSV-bestand met de facturen of uren", model, m -> realisatie(swv, m),
                invoer -> realisatieImport.leesIn(SwvCode.van(swv), invoer, gebruiker));
    }

    @GetMapping("/swv/{swv}/budget/duo-vergelijking")
    @PreAuthorize(BEHEREN)
    String duoVergelijking(@PathVariable String swv, Model model) {
        model.addAttribute("swv", SwvCode.van(swv).waarde());
        return "budget/duo-vergelijking";
    }

    @PostMapping("/swv/{swv}/budget/duo-vergelijking")
    @PreAuthorize(BEHEREN)
    ModelAndView vergelijkMetDuo(@PathVariable String swv, @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model)
            throws IOException {
        return bestand(bestand, "kies het bestand van DUO met de bekostigde leerlingen", model, m -> duoVergelijking(swv, m), invoer -> {
            var uitkomst = vergelijking.vergelijk(SwvCode.van(swv), invoer);
            model.addAttribute("uitkomst", uitkomst);
            return uitkomst.rapport();
        });
    }
}
