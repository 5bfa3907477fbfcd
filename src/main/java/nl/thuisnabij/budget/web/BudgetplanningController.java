package nl.thuisnabij.budget.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.budget.Bedragsoort;
import nl.thuisnabij.budget.Bekostigingsjaar;
import nl.thuisnabij.budget.Budgetten;
import nl.thuisnabij.budget.Scenario;
import nl.thuisnabij.budget.Verdeelsleutel;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Looking ahead with the budget: what-if scenarios and the multi-year prognosis, computed and never
 * stored, and the division of an amount over the schools by the SWV's key, previewed before it is set.
 */
@Controller
class BudgetplanningController {

    private static final String LEZEN = BudgetController.LEZEN;
    private static final String BEHEREN = BudgetController.BEHEREN;
    private static final String VERSIE = BudgetController.VERSIE;

    private final Budgetten budgetten;

    BudgetplanningController(Budgetten budgetten) {
        this.budgetten = budgetten;
    }

    /** A what-if as typed; nothing of it is stored. */
    record WatAlsformulier(
            @NotBlank(message = "kies het jaar") @Size(max = 9) String jaar,
            @Size(max = 40) String soort,
            @Size(max = 6, message = "ten hoogste 10.000 leerlingen") String aantal,
            @Size(max = 9, message = "een aantal zoals 100 of -50") String extraBo,
            @Size(max = 9, message = "een aantal zoals 20 of -10") String extraSbo,
            @Size(max = 20, message = "een bedrag zoals 25.000,00") String extraVerplichtingen) {

        Scenario alsScenario() {
            var extra = new EnumMap<Bedragsoort, Integer>(Bedragsoort.class);
            int leerlingen = geheel("aantal", aantal);
            if (leerlingen != 0) {
                var gekozen = Formuliervelden.lees("soort", () -> {
                    try {
                        return Bedragsoort.valueOf(soort == null ? "" : soort.strip());
                    } catch (IllegalArgumentException e) {
                        throw new OngeldigeInvoerException("soort", "kies welke (V)SO-leerlingen erbij komen");
                    }
                });
                extra.put(gekozen, leerlingen);
            }
            var verplicht = Formuliervelden.tekst(extraVerplichtingen) == null ? Bedrag.NUL : Bedrag.lees("extraVerplichtingen", extraVerplichtingen);
            return Formuliervelden.lees("aantal", () -> new Scenario(extra, geheel("extraBo", extraBo), geheel("extraSbo", extraSbo), verplicht));
        }

        private static int geheel(String veld, String tekst) {
            var kaal = Formuliervelden.tekst(tekst) == null ? "0" : tekst.strip().replace(".", "").replace("+", "");
            if (!kaal.matches("-?\\d{1,7}")) {
                throw new OngeldigeInvoerException(veld, "vul een heel aantal in, zoals 10 of -10");
            }
            return Integer.parseInt(kaal);
        }
    }

    @GetMapping("/swv/{swv}/budget/wat-als")
    @PreAuthorize(LEZEN)
    String watAls(@PathVariable String swv, @RequestParam String jaar, Model model) {
        model.addAttribute("swv", SwvCode.van(swv).waarde());
        model.addAttribute("jaar", new Bekostigingsjaar(jaar));
        model.addAttribute("soorten", Bedragsoort.tlvSoorten());
        return "budget/wat-als";
    }

    @PostMapping("/swv/{swv}/budget/wat-als")
    @PreAuthorize(LEZEN)
    ModelAndView berekenWatAls(@PathVariable String swv, @Valid WatAlsformulier invoer, BindingResult binding, Model model) {
        var jaar = new Bekostigingsjaar(invoer.jaar() == null ? "" : invoer.jaar());
        return new Formulierstap("WAT_ALS", invoer, binding).bekijk(m -> {
            var uitkomst = budgetten.watAls(SwvCode.van(swv), jaar, invoer.alsScenario())
                    .orElseThrow(() -> new OngeldigeInvoerException("jaar", "voor " + jaar + " zijn nog geen bedragen ingevoerd"));
            watAls(swv, jaar.waarde(), m);
            m.addAttribute("uitkomst", uitkomst);
            return "budget/wat-als";
        }, model, m -> watAls(swv, jaar.waarde(), m), "budget/wat-als");
    }

    @GetMapping("/swv/{swv}/budget/prognose")
    @PreAuthorize(LEZEN)
    String prognose(@PathVariable String swv, @RequestParam String jaar, Model model) {
        var code = SwvCode.van(swv);
        var basis = new Bekostigingsjaar(jaar);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("jaar", basis);
        model.addAttribute("prognose", budgetten.prognose(code, basis, 4));
        return "budget/prognose";
    }

    /** A key as typed; "voorbeeld" shows the division without storing it. */
    record Sleutelformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies het jaar") @Size(max = 9) String jaar,
            @NotBlank(message = "vul het bedrag in dat over de scholen wordt verdeeld") @Size(max = 20, message = "een bedrag zoals 250.000,00") String teVerdelen,
            @Size(max = 20, message = "een bedrag zoals 5.000,00") String vastPerSchool,
            @Size(max = 10) String gewogen,
            @Size(max = 10) String actie) implements GeladenVersie {

        Verdeelsleutel alsSleutel() {
            var vast = Formuliervelden.tekst(vastPerSchool) == null ? Bedrag.NUL : Bedrag.lees("vastPerSchool", vastPerSchool);
            return new Verdeelsleutel(Bedrag.lees("teVerdelen", teVerdelen), vast, Formuliervelden.aangevinkt(gewogen), 0);
        }
    }

    @GetMapping("/swv/{swv}/budget/verdeling")
    @PreAuthorize(LEZEN)
    String verdeling(@PathVariable String swv, @RequestParam String jaar, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        var gekozen = new Bekostigingsjaar(jaar);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("jaar", gekozen);
        model.addAttribute("magBeheren", gebruiker.heeftRol(Rol.FINANCIEEL_MEDEWERKER));
        model.addAttribute("verdeling", budgetten.verdeling(code, gekozen, java.util.Optional.empty()).orElse(null));
        model.addAttribute("nogVrij", budgetten.overzicht(code, gekozen).map(o -> o.begroting().nogVrij()).orElse(null));
        return "budget/verdeling";
    }

    @PostMapping("/swv/{swv}/budget/verdeling")
    @PreAuthorize(BEHEREN)
    ModelAndView legVerdelingVast(@PathVariable String swv, @Valid Sleutelformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var jaar = new Bekostigingsjaar(invoer.jaar() == null ? "" : invoer.jaar());
        var stap = new Formulierstap("VERDELING", invoer, binding);
        if ("voorbeeld".equals(invoer.actie())) {
            return stap.bekijk(m -> {
                verdeling(swv, jaar.waarde(), gebruiker, m);
                m.addAttribute("verdeling", budgetten.verdeling(SwvCode.van(swv), jaar, java.util.Optional.of(invoer.alsSleutel())).orElseThrow());
                m.addAttribute("voorbeeld", true);
                return "budget/verdeling";
            }, model, m -> verdeling(swv, jaar.waarde(), gebruiker, m), "budget/verdeling");
        }
        return stap.voerUit(() -> {
            budgetten.legVerdeelsleutelVast(SwvCode.van(swv), jaar, invoer.alsSleutel(), invoer.geladenVersie(), gebruiker);
            return "De verdeelsleutel van %s is opgeslagen.".formatted(jaar);
        }, "/swv/" + swv + "/budget/verdeling?jaar=" + jaar.waarde(), model, doorsturen, m -> verdeling(swv, jaar.waarde(), gebruiker, m),
                "budget/verdeling");
    }
}
