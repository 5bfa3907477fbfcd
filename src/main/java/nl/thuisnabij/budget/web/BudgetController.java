package nl.thuisnabij.budget.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
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
import nl.thuisnabij.budget.DuoVergelijking;
import nl.thuisnabij.budget.LeerlingtellingImport;
import nl.thuisnabij.budget.RealisatieImport;
import nl.thuisnabij.budget.Scenario;
import nl.thuisnabij.budget.Verdeelsleutel;
import nl.thuisnabij.budget.VestigingstellingImport;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Bedrag;
import nl.thuisnabij.shared.ImportRapport;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Rapportbestanden;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SWV's budget: the overview per funding year, the year's amounts, and DUO's pupil counts. */
@Controller
class BudgetController {

    static final String LEZEN = "hasAnyRole('FINANCIEEL_MEDEWERKER','DIRECTEUR','SWV_BEHEERDER')";
    static final String BEHEREN = "hasRole('FINANCIEEL_MEDEWERKER')";
    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";

    private final Budgetten budgetten;
    private final LeerlingtellingImport tellingImport;
    private final DuoVergelijking vergelijking;
    private final RealisatieImport realisatieImport;
    private final VestigingstellingImport vestigingstellingImport;
    private final Register register;
    private final Clock klok;

    BudgetController(Budgetten budgetten, LeerlingtellingImport tellingImport, DuoVergelijking vergelijking, RealisatieImport realisatieImport,
            VestigingstellingImport vestigingstellingImport, Register register, Clock klok) {
        this.budgetten = budgetten;
        this.vestigingstellingImport = vestigingstellingImport;
        this.realisatieImport = realisatieImport;
        this.vergelijking = vergelijking;
        this.tellingImport = tellingImport;
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

    @GetMapping("/swv/{swv}/budget/leerlingtelling")
    @PreAuthorize(BEHEREN)
    String telling(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("tellingen", budgetten.tellingen(code));
        return "budget/leerlingtelling";
    }

    @PostMapping("/swv/{swv}/budget/leerlingtelling")
    @PreAuthorize(BEHEREN)
    ModelAndView leesTellingIn(@PathVariable String swv, @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model)
            throws IOException {
        telling(swv, model);
        return bestand(bestand, "kies het CSV-bestand van DUO om in te lezen", "budget/leerlingtelling", model, invoer -> {
            var rapport = tellingImport.leesIn(SwvCode.van(swv), invoer);
            telling(swv, model);
            return rapport;
        });
    }

    private interface Verwerking {
        ImportRapport verwerk(java.io.InputStream invoer);
    }

    /** An uploaded file handed to its import: the page again with the import's report, 400 when it refused the file or none was chosen. */
    private static ModelAndView bestand(MultipartFile bestand, String kies, String view, Model model, Verwerking verwerking) throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("fout", kies);
            return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
        }
        var rapport = verwerking.verwerk(bestand.getInputStream());
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        model.addAttribute("rapport", rapport);
        return new ModelAndView(view, model.asMap(), rapport.geslaagd() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
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

    @PostMapping("/swv/{swv}/budget/leerlingtelling/vestigingen")
    @PreAuthorize(BEHEREN)
    ModelAndView leesVestigingstellingIn(@PathVariable String swv, @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model)
            throws IOException {
        telling(swv, model);
        return bestand(bestand, "kies het CSV-bestand met de leerlingen per school", "budget/leerlingtelling", model,
                invoer -> vestigingstellingImport.leesIn(SwvCode.van(swv), invoer));
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
        realisatie(swv, model);
        return bestand(bestand, "kies het CSV-bestand met de facturen of uren", "budget/realisatie", model,
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
        duoVergelijking(swv, model);
        return bestand(bestand, "kies het bestand van DUO met de bekostigde leerlingen", "budget/duo-vergelijking", model, invoer -> {
            var uitkomst = vergelijking.vergelijk(SwvCode.van(swv), invoer);
            model.addAttribute("uitkomst", uitkomst);
            return uitkomst.rapport();
        });
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
