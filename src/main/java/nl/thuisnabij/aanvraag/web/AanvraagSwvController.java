package nl.thuisnabij.aanvraag.web;

import java.util.List;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Commissie;
import nl.thuisnabij.aanvraag.Deskundigen;
import nl.thuisnabij.aanvraag.Bijlagen;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.Invoer;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SWV's side of one request and its work queue: assessment, advice, decision, objection.
 *
 * <p>Over 300 lines on purpose: one short handler per step the SWV takes on a request (each posts
 * its own form to {@link Beoordeling}), so a step's page, form and service call are found together.
 */
@Controller
class AanvraagSwvController {

    static final String BEHANDELAARS = "hasAnyRole('ONDERSTEUNINGSCOORDINATOR','DIRECTEUR','SWV_BEHEERDER')";
    static final String LEZERS = BEHANDELAARS + " or hasAnyRole('DESKUNDIGE','COMMISSIELID')";
    /** Who may send a step at all; which steps a person may take now is the request's own answer (Aanvraag.mogelijkeStappen). */
    static final String STAPPEN = BEHANDELAARS + " or hasRole('DESKUNDIGE')";

    private final Aanvragen aanvragen;
    private final Aanvraaginstellingen instellingen;
    private final Commissie commissie;
    private final Bijlagen bijlagen;
    private final Beoordeling beoordeling;
    private final Aanvraaglijsten lijsten;
    private final Register register;
    private final Deskundigen deskundigen;
    private final java.time.Clock klok;

    AanvraagSwvController(Aanvragen aanvragen, Aanvraaginstellingen instellingen, Commissie commissie, Bijlagen bijlagen,
            Beoordeling beoordeling, Aanvraaglijsten lijsten, Register register, Deskundigen deskundigen, java.time.Clock klok) {
        this.klok = klok;
        this.aanvragen = aanvragen;
        this.instellingen = instellingen;
        this.commissie = commissie;
        this.bijlagen = bijlagen;
        this.beoordeling = beoordeling;
        this.lijsten = lijsten;
        this.register = register;
        this.deskundigen = deskundigen;
    }

    @GetMapping("/swv/{swv}/aanvragen")
    @PreAuthorize(LEZERS)
    String werkvoorraad(@PathVariable String swv, @RequestParam(required = false) String status, @RequestParam(required = false) String zoek,
            @RequestParam(defaultValue = "false") boolean mijn, @RequestParam(required = false) Long vergadering,
            @RequestParam(required = false) Long na, @RequestParam(required = false) String weergave, @RequestParam(required = false) String sorteer,
            @RequestParam(required = false) String richting, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        var filter = filter(status, zoek, mijn, vergadering, na, weergave, sorteer, richting);
        var werkvoorraad = lijsten.werkvoorraad(code, gebruiker, filter);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("aanvragen", werkvoorraad.aanvragen());
        model.addAttribute("volgende", werkvoorraad.pagina().volgende());
        model.addAttribute("aantallen", werkvoorraad.aantallen());
        model.addAttribute("statussen", AanvraagStatus.values());
        model.addAttribute("filter", filter);
        model.addAttribute("vergaderingen", commissie.vergaderdata(code));
        model.addAttribute("vandaag", java.time.LocalDate.now(klok));
        model.addAttribute("meesteOpen", Aanvraaglijsten.MEESTE_OPEN);
        return "aanvraag/werkvoorraad";
    }

    /** The list as it is shown, as a spreadsheet or CSV file: the same filter and order, every column in words. */
    @GetMapping("/swv/{swv}/aanvragen.{formaat}")
    @PreAuthorize(BEHANDELAARS)
    ResponseEntity<byte[]> werkvoorraadAlsBestand(@PathVariable String swv, @PathVariable String formaat, @RequestParam(required = false) String status,
            @RequestParam(required = false) String zoek, @RequestParam(defaultValue = "false") boolean mijn, @RequestParam(required = false) Long vergadering,
            @RequestParam(required = false) String weergave, @RequestParam(required = false) String sorteer, @RequestParam(required = false) String richting,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        if (!formaat.equals("csv") && !formaat.equals("xlsx")) {
            throw new nl.thuisnabij.shared.NietGevondenException("de werkvoorraad is er als .csv of .xlsx");
        }
        var code = SwvCode.van(swv);
        var filter = filter(status, zoek, mijn, vergadering, null, weergave, sorteer, richting);
        var vandaag = java.time.LocalDate.now(klok);
        var rijen = lijsten.werkvoorraad(code, gebruiker, filter).aanvragen().stream()
                .map(r -> List.of(r.kenmerk(), r.leerling().naam(), r.soort().omschrijving(), r.school().naam(), r.status().omschrijving(),
                        r.behandelaar() == null ? "" : r.behandelaar(), r.ingediendOp() == null ? "" : nl.thuisnabij.shared.Datumnotatie.kort(r.ingediendOp()),
                        r.termijn(vandaag), r.actieNodig() ? "ja" : "nee"))
                .toList();
        var tabel = new nl.thuisnabij.shared.Rapport.Tabel("Werkvoorraad " + code.waarde(),
                List.of("Kenmerk", "Leerling", "Soort", "School", "Status", "Behandelaar", "Ingediend", "Beslistermijn", "Actie nodig"), rijen);
        var rapport = new nl.thuisnabij.shared.Rapport("Werkvoorraad " + code.waarde() + " op " + nl.thuisnabij.shared.Datumnotatie.kort(vandaag), null,
                List.of(tabel));
        return nl.thuisnabij.shared.web.Rapportbestanden.alsDownload(rapport, formaat, "werkvoorraad-" + code.waarde());
    }

    /** Without a state chosen the queue shows the open requests; a state or "afgehandeld" runs back through the history. */
    private static Aanvraaglijsten.Filter filter(String status, String zoek, boolean mijn, Long vergadering, Long na, String weergave, String sorteer,
            String richting) {
        var gekozen = AanvraagWeb.status(status);
        var welke = weergave == null || weergave.isBlank() ? Aanvraaglijsten.Weergave.OPEN
                : Invoer.optioneleKeuze(weergave, Aanvraaglijsten.Weergave.class, "de weergave");
        var volgorde = sorteer == null || sorteer.isBlank() ? Aanvraaglijsten.Sortering.ACTIE
                : Invoer.optioneleKeuze(sorteer, Aanvraaglijsten.Sortering.class, "de sortering");
        return new Aanvraaglijsten.Filter(gekozen, zoek, mijn, vergadering, na, welke, volgorde, "af".equals(richting));
    }

    @GetMapping("/swv/{swv}/aanvragen/{aanvraag}")
    @PreAuthorize(LEZERS)
    String detail(@PathVariable String swv, @PathVariable long aanvraag, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        AanvraagWeb.detail(model, aanvragen.detail(code, aanvraag, gebruiker), gebruiker, "/swv/%s/aanvragen/%d".formatted(swv, aanvraag),
                commissie.vergaderdata(code));
        model.addAttribute("arrangementsoorten", instellingen.arrangementsoorten(code));
        var geregistreerd = deskundigen.vanSwv(code);
        model.addAttribute("deskundigen", geregistreerd.stream().filter(Deskundigen.Deskundige::isGeregistreerd).toList());
        model.addAttribute("deskundigeNamen", geregistreerd.stream().collect(Collectors.toMap(Deskundigen.Deskundige::gebruikerId,
                Deskundigen.Deskundige::naam)));
        model.addAttribute("mijnBeroep", geregistreerd.stream().filter(x -> x.gebruikerId() == gebruiker.id()).map(Deskundigen.Deskundige::beroep)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
        return "aanvraag/detail";
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/behandelen")
    @PreAuthorize(STAPPEN)
    ModelAndView neemInBehandeling(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Versie invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("IN_BEHANDELING_NEMEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.neemInBehandeling(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker);
            return "U behandelt deze aanvraag.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/intrekken")
    @PreAuthorize(STAPPEN)
    ModelAndView trekIn(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Intrekking invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("INTREKKEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            aanvragen.trekIn(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker);
            return "De aanvraag is ingetrokken.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/aanvulling")
    @PreAuthorize(STAPPEN)
    ModelAndView vraagAanvulling(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Aanvullingsverzoek invoer,
            BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("AANVULLING_VRAGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.vraagAanvulling(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, invoer.gevraagd());
            return "De school is om een aanvulling gevraagd.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/advies-vragen")
    @PreAuthorize(STAPPEN)
    ModelAndView vraagAdvies(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Adviesverzoek invoer,
            BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("ADVIES_VRAGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.vraagAdvies(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, Long.parseLong(invoer.eerste()),
                    Long.parseLong(invoer.tweede()));
            return "De deskundigen zijn om advies gevraagd.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/meewerker")
    @PreAuthorize(STAPPEN)
    ModelAndView legMeewerkerVast(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Meewerker invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("MEEWERKER_VASTLEGGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.legMeewerkerVast(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, Long.parseLong(invoer.meewerker()));
            return "Vastgelegd: deze deskundige werkte mee aan de aanvraag en adviseert er niet over.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/deskundige-vervangen")
    @PreAuthorize(STAPPEN)
    ModelAndView vervangDeskundige(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Vervanging invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("DESKUNDIGE_VERVANGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.vervangDeskundige(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, Long.parseLong(invoer.vervangen()),
                    Long.parseLong(invoer.nieuw()));
            return "De deskundige is vervangen. De nieuwe deskundige is om advies gevraagd.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/advies")
    @PreAuthorize(STAPPEN)
    ModelAndView geefAdvies(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Advies invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("ADVIES_GEVEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.geefAdvies(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker,
                    Boolean.parseBoolean(invoer.positief()), invoer.motivering(), "true".equals(invoer.onafhankelijk()));
            return "Uw advies is vastgelegd.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/agenderen")
    @PreAuthorize(STAPPEN)
    ModelAndView agendeer(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Agendering invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("AGENDEREN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.agendeer(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, Long.parseLong(invoer.vergadering()));
            return "De aanvraag staat op de agenda.";
        });
    }

    /**
     * A decision is irreversible once school and parents have its letter: the first send shows the
     * letter as it would go out; only "definitief vastleggen" (bevestigd=ja) takes the decision.
     */
    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/besluit")
    @PreAuthorize(STAPPEN)
    ModelAndView neemBesluit(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Besluitformulier invoer,
            BindingResult binding, @RequestParam(required = false) String bevestigd, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        if (!"ja".equals(bevestigd)) {
            return new Formulierstap("BESLUITEN", invoer, binding).bekijk(m -> {
                m.addAttribute("regels", beoordeling.besluitVoorbeeld(code, aanvraag, invoer.geladenVersie(), gebruiker, invoer.invoer()));
                m.addAttribute("doel", "/swv/%s/aanvragen/%d/besluit".formatted(swv, aanvraag));
                return "aanvraag/besluit-voorbeeld";
            }, model, m -> detail(swv, aanvraag, gebruiker, m), "aanvraag/detail");
        }
        return stap("BESLUITEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.neemBesluit(code, aanvraag, invoer.geladenVersie(), gebruiker, invoer.invoer());
            return "Het besluit is vastgelegd. School en ouders krijgen een e-mail; onder Berichten ziet u of die is verstuurd.";
        });
    }

    /** Back from the preview to the decision form, with everything as it was typed. */
    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/besluit/wijzigen")
    @PreAuthorize(STAPPEN)
    ModelAndView wijzigBesluit(@PathVariable String swv, @PathVariable long aanvraag, Stapformulieren.Besluitformulier invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return new Formulierstap("BESLUITEN", invoer, binding).terug(model, m -> detail(swv, aanvraag, gebruiker, m), "aanvraag/detail");
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/bezwaar")
    @PreAuthorize(STAPPEN)
    ModelAndView registreerBezwaar(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Bezwaarschrift invoer,
            BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("BEZWAAR_INDIENEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            if (invoer.indiener() == null || invoer.indiener().isBlank()) {
                throw new OngeldigeInvoerException("indiener", "kies wie het bezwaar indient");
            }
            beoordeling.dienBezwaarIn(SwvCode.van(swv), aanvraag, gebruiker, invoer.ingediendDoor(null), invoer.gronden(), invoer.meegestuurd());
            return "Het bezwaar is geregistreerd.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/lbt-vragen")
    @PreAuthorize(STAPPEN)
    ModelAndView vraagLbtAdvies(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Versie invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("LBT_ADVIES_VRAGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.vraagLbtAdvies(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker);
            return "Het advies van de Landelijke Bezwaaradviescommissie is gevraagd.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/toekenning-intrekken")
    @PreAuthorize(STAPPEN)
    ModelAndView trekToekenningIn(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Toekenningsintrekking invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("TOEKENNING_INTREKKEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.trekToekenningIn(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, invoer.motivering());
            return "De toelaatbaarheidsverklaring is ingetrokken. School en ouders krijgen de brief.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/toekenning-beeindigen")
    @PreAuthorize(STAPPEN)
    ModelAndView beeindigToekenning(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Beeindiging invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("TOEKENNING_BEEINDIGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.beeindigToekenning(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, invoer.motivering(), invoer.laatsteDagOp());
            return "De toelaatbaarheidsverklaring is voortijdig beëindigd. School en ouders krijgen de brief.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/bezwaar-verdagen")
    @PreAuthorize(STAPPEN)
    ModelAndView verdaagBezwaar(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Verdaging invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("BEZWAAR_VERDAGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.verdaagBezwaar(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, invoer.reden());
            return "De beslissing op het bezwaar is zes weken verdaagd. Laat de indiener dit weten, met de reden.";
        });
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/lbt-advies")
    @PreAuthorize(STAPPEN)
    ModelAndView registreerLbtAdvies(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.LbtAdvies invoer,
            BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("LBT_ADVIES_VASTLEGGEN", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.registreerLbtAdvies(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, invoer.advies());
            return "Het advies van de LBT is vastgelegd.";
        });
    }

    /** Like a decision: the first send shows what will be sent; only "definitief vastleggen" (bevestigd=ja) decides. */
    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/bezwaar-beslissen")
    @PreAuthorize(STAPPEN)
    ModelAndView beslisOpBezwaar(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Bezwaarbeslissing invoer,
            BindingResult binding, @RequestParam(required = false) String bevestigd, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        if (!"ja".equals(bevestigd)) {
            return new Formulierstap("BESLISSEN_OP_BEZWAAR", invoer, binding).bekijk(m -> {
                m.addAttribute("regels", beoordeling.bezwaarbeslissingVoorbeeld(code, aanvraag, invoer.geladenVersie(), gebruiker, invoer.isGegrond(),
                        invoer.isVolledigTegemoet(), invoer.toelichting(), invoer.nieuwBesluit()));
                m.addAttribute("doel", "/swv/%s/aanvragen/%d/bezwaar-beslissen".formatted(swv, aanvraag));
                return "aanvraag/besluit-voorbeeld";
            }, model, m -> detail(swv, aanvraag, gebruiker, m), "aanvraag/detail");
        }
        return stap("BESLISSEN_OP_BEZWAAR", invoer, binding, swv, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.beslisOpBezwaar(code, aanvraag, invoer.geladenVersie(), gebruiker, invoer.isGegrond(), invoer.isVolledigTegemoet(),
                    invoer.toelichting(), invoer.nieuwBesluit());
            return "Op het bezwaar is beslist.";
        });
    }

    /** Back from the preview to the form of the decision on the objection, with everything as it was typed. */
    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/bezwaar-beslissen/wijzigen")
    @PreAuthorize(STAPPEN)
    ModelAndView wijzigBezwaarbeslissing(@PathVariable String swv, @PathVariable long aanvraag, Stapformulieren.Bezwaarbeslissing invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        return new Formulierstap("BESLISSEN_OP_BEZWAAR", invoer, binding).terug(model, m -> detail(swv, aanvraag, gebruiker, m), "aanvraag/detail");
    }

    @GetMapping("/swv/{swv}/aanvragen/{aanvraag}/besluiten/{nummer}/brief")
    @PreAuthorize(LEZERS)
    ResponseEntity<byte[]> brief(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable int nummer,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        return AanvraagWeb.brief(aanvragen.besluitbrief(code, aanvraag, nummer, gebruiker), code, aanvraag, nummer);
    }

    @GetMapping("/swv/{swv}/aanvragen/{aanvraag}/bijlagen/{bijlage}")
    @PreAuthorize(LEZERS)
    ResponseEntity<byte[]> bijlage(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable long bijlage,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        var info = aanvragen.detail(code, aanvraag, gebruiker).bijlagen().stream().filter(b -> b.id() == bijlage).findFirst().orElseThrow(() -> new nl.thuisnabij.shared.NietGevondenException("deze bijlage hoort niet bij deze aanvraag"));
        return AanvraagWeb.download(bijlagen.bijlage(code, aanvraag, bijlage, gebruiker), info.bestandsnaam(),
                MediaType.parseMediaType(info.mediatype()));
    }

    private ModelAndView stap(String stap, Record invoer, BindingResult binding, String swv, long aanvraag, Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen, Supplier<String> uitvoering) {
        return new Formulierstap(stap, invoer, binding).voerUit(uitvoering, "/swv/%s/aanvragen/%d".formatted(swv, aanvraag), model, doorsturen,
                m -> detail(swv, aanvraag, gebruiker, m), "aanvraag/detail");
    }
}
