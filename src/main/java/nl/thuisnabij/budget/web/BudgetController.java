package nl.thuisnabij.budget.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.budget.Bedragsoort;
import nl.thuisnabij.budget.Bekostigingsjaar;
import nl.thuisnabij.budget.Bekostigingsregeling;
import nl.thuisnabij.budget.Budgetten;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Rapportbestanden;
import org.springframework.http.ResponseEntity;
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
 * The SWV's budget of a year and its rules: the overview with its downloads, the year's amounts, and
 * the SWV's own costs. The files it reads are {@link BudgetbestandenController}'s, planning ahead is
 * {@link BudgetplanningController}'s.
 */
@Controller
class BudgetController {

    static final String LEZEN = "hasAnyRole('FINANCIEEL_MEDEWERKER','DIRECTEUR','SWV_BEHEERDER')";
    static final String BEHEREN = "hasRole('FINANCIEEL_MEDEWERKER')";
    static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";

    private final Budgetten budgetten;
    private final Register register;
    private final Clock klok;

    BudgetController(Budgetten budgetten, Register register, Clock klok) {
        this.budgetten = budgetten;
        this.register = register;
        this.klok = klok;
    }

    /** The amounts of a year as typed, one field per kind of amount (named after {@link Bedragsoort}). */
    record Regelingformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "vul het jaar in, bijvoorbeeld 2024 of 2015-2016") @Size(max = 9, message = "schrijf het jaar als 2024 of 2015-2016") String jaar,
            @NotBlank(message = "vul de teldatum in") @Datum String teldatum,
            @Datum String groeiteldatum,
            @Size(max = 6, message = "een percentage zoals 2 of 2,5") String sboDrempelProcent,
            @NotBlank(message = "noem de bron van de bedragen") @Size(max = 500, message = "ten hoogste 500 tekens") String bron,
            @Size(max = 20) String LICHTE_ONDERSTEUNING, @Size(max = 20) String ZWARE_ONDERSTEUNING,
            @Size(max = 20) String SO_JONGER_DAN_8_LAAG, @Size(max = 20) String SO_JONGER_DAN_8_MIDDEN, @Size(max = 20) String SO_JONGER_DAN_8_HOOG,
            @Size(max = 20) String SO_8_EN_OUDER_LAAG, @Size(max = 20) String SO_8_EN_OUDER_MIDDEN, @Size(max = 20) String SO_8_EN_OUDER_HOOG,
            @Size(max = 20) String VSO_LAAG, @Size(max = 20) String VSO_MIDDEN, @Size(max = 20) String VSO_HOOG,
            @Size(max = 20) String SBO_BOVEN_DREMPEL) implements GeladenVersie {

        Map<Bedragsoort, String> getypteBedragen() {
            var getypt = new LinkedHashMap<Bedragsoort, String>();
            List<String> waarden = List.of(nul(LICHTE_ONDERSTEUNING), nul(ZWARE_ONDERSTEUNING), nul(SO_JONGER_DAN_8_LAAG), nul(SO_JONGER_DAN_8_MIDDEN),
                    nul(SO_JONGER_DAN_8_HOOG), nul(SO_8_EN_OUDER_LAAG), nul(SO_8_EN_OUDER_MIDDEN), nul(SO_8_EN_OUDER_HOOG), nul(VSO_LAAG), nul(VSO_MIDDEN),
                    nul(VSO_HOOG), nul(SBO_BOVEN_DREMPEL));
            for (var soort : Bedragsoort.values()) {
                getypt.put(soort, waarden.get(soort.ordinal()));
            }
            return getypt;
        }

        private static String nul(String tekst) {
            return tekst == null ? "" : tekst;
        }

        Bekostigingsregeling alsRegeling() {
            var bedragen = new EnumMap<Bedragsoort, Bedrag>(Bedragsoort.class);
            getypteBedragen().forEach((soort, tekst) -> {
                if (!tekst.isBlank()) {
                    bedragen.put(soort, Bedrag.lees(soort.name(), tekst));
                }
            });
            BigDecimal drempel = null;
            if (Formuliervelden.tekst(sboDrempelProcent) != null) {
                var kaal = sboDrempelProcent.replace("%", "").strip().replace(',', '.');
                if (!kaal.matches("\\d{1,3}(\\.\\d{1,2})?")) {
                    throw new OngeldigeInvoerException("sboDrempelProcent", "vul een percentage in zoals 2 of 2,5, of laat het veld leeg");
                }
                drempel = new BigDecimal(kaal);
            }
            return new Bekostigingsregeling(new Bekostigingsjaar(jaar), Formuliervelden.datum(teldatum), drempel, bron, bedragen, 0,
                    Formuliervelden.datum(groeiteldatum));
        }
    }

    @GetMapping("/swv/{swv}/budget")
    @PreAuthorize(LEZEN)
    String overzicht(@PathVariable String swv, @RequestParam(required = false) String jaar, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("magBeheren", gebruiker.heeftRol(Rol.FINANCIEEL_MEDEWERKER));
        var jaren = budgetten.jaren(code);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("jaren", jaren);
        var gekozen = gekozenJaar(jaar, jaren);
        model.addAttribute("jaar", gekozen);
        model.addAttribute("overzicht", gekozen == null ? null : budgetten.overzicht(code, gekozen).orElse(null));
        return "budget/overzicht";
    }

    record Kostenformulier(
            @NotBlank(message = "kies het jaar") @Size(max = 9) String jaar,
            @NotBlank(message = "beschrijf de kosten, bijvoorbeeld: personeel van het loket") @Size(max = 200, message = "ten hoogste 200 tekens") String omschrijving,
            @NotBlank(message = "vul het bedrag in") @Size(max = 20, message = "een bedrag zoals 45.000,00") String bedrag) {
    }

    record Verwijderformulier(
            @NotBlank(message = "kies het jaar") @Size(max = 9) String jaar,
            @NotBlank(message = "vink aan dat u deze kosten verwijdert") @Size(max = 10) String bevestigd) {
    }

    @PostMapping("/swv/{swv}/budget/eigen-kosten")
    @PreAuthorize(BEHEREN)
    ModelAndView voegKostenToe(@PathVariable String swv, @Valid Kostenformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen) {
        var jaar = invoer.jaar() == null ? "" : invoer.jaar().strip();
        return new Formulierstap("EIGEN_KOSTEN", invoer, binding).voerUit(() -> {
            var bedrag = Bedrag.lees("bedrag", invoer.bedrag());
            budgetten.voegKostenToe(SwvCode.van(swv), new Bekostigingsjaar(jaar), invoer.omschrijving(), bedrag, gebruiker);
            return "De kosten '%s' (%s) zijn toegevoegd aan %s.".formatted(invoer.omschrijving().strip(), bedrag, jaar);
        }, "/swv/" + swv + "/budget?jaar=" + jaar, model, doorsturen, m -> overzicht(swv, jaar, gebruiker, m), "budget/overzicht");
    }

    @PostMapping("/swv/{swv}/budget/eigen-kosten/{id}/verwijderen")
    @PreAuthorize(BEHEREN)
    ModelAndView verwijderKosten(@PathVariable String swv, @PathVariable long id, @Valid Verwijderformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var jaar = invoer.jaar() == null ? "" : invoer.jaar().strip();
        return new Formulierstap("VERWIJDER_KOSTEN_" + id, invoer, binding).voerUit(() -> {
            budgetten.verwijderKosten(SwvCode.van(swv), id);
            return "De kostenpost is verwijderd.";
        }, "/swv/" + swv + "/budget?jaar=" + jaar, model, doorsturen, m -> overzicht(swv, jaar, gebruiker, m), "budget/overzicht");
    }

    @GetMapping("/swv/{swv}/budget.{formaat}")
    @PreAuthorize(LEZEN)
    ResponseEntity<byte[]> download(@PathVariable String swv, @PathVariable String formaat, @RequestParam String jaar) {
        var code = SwvCode.van(swv);
        var gekozen = new Bekostigingsjaar(jaar);
        var overzicht = budgetten.overzicht(code, gekozen)
                .orElseThrow(() -> new nl.thuisnabij.shared.NietGevondenException("voor " + gekozen + " zijn nog geen bedragen ingevoerd"));
        return Rapportbestanden.alsDownload(Budgetten.alsRapport(register.bestaandSamenwerkingsverband(code).naam(), overzicht), formaat,
                "budget-" + code.waarde() + "-" + gekozen);
    }

    @GetMapping("/swv/{swv}/budget/regeling")
    @PreAuthorize(BEHEREN)
    String regeling(@PathVariable String swv, @RequestParam(required = false) String jaar, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("soorten", Bedragsoort.values());
        var bestaand = jaar == null || jaar.isBlank() ? null : budgetten.regeling(code, new Bekostigingsjaar(jaar)).orElse(null);
        model.addAttribute("regeling", bestaand);
        model.addAttribute("jaar", bestaand == null ? (jaar == null ? "" : jaar) : bestaand.jaar().waarde());
        return "budget/regeling";
    }

    @PostMapping("/swv/{swv}/budget/regeling")
    @PreAuthorize(BEHEREN)
    ModelAndView legRegelingVast(@PathVariable String swv, @Valid Regelingformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var jaar = Formuliervelden.tekst(invoer.jaar()) == null ? "" : invoer.jaar().strip();
        return new Formulierstap("REGELING", invoer, binding).voerUit(() -> {
            var regeling = invoer.alsRegeling();
            budgetten.legRegelingVast(SwvCode.van(swv), regeling, invoer.geladenVersie(), gebruiker);
            return "De bedragen en de teldatum van %s zijn opgeslagen.".formatted(regeling.jaar());
        }, "/swv/" + swv + "/budget?jaar=" + java.net.URLEncoder.encode(jaar, java.nio.charset.StandardCharsets.UTF_8), model, doorsturen,
                m -> regeling(swv, null, m), "budget/regeling");
    }

    private Bekostigingsjaar gekozenJaar(String jaar, List<Bekostigingsjaar> jaren) {
        if (jaar != null && !jaar.isBlank()) {
            try {
                return new Bekostigingsjaar(jaar);
            } catch (OngeldigeInvoerException e) {
                return null;
            }
        }
        // the year that holds today, else the latest entered
        var vandaag = LocalDate.now(klok);
        return jaren.stream().filter(j -> !vandaag.isBefore(j.begin()) && !vandaag.isAfter(j.einde())).findFirst()
                .orElse(jaren.isEmpty() ? null : jaren.getFirst());
    }
}
