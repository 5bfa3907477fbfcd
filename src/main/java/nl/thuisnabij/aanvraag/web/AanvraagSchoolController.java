package nl.thuisnabij.aanvraag.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Bijlagen;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Eenmalig;
import nl.thuisnabij.shared.web.Formulierstap;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import nl.thuisnabij.shared.web.Rollen;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school prepares, submits and supplements its requests, and follows their decisions.
 *
 * <p>Over 300 lines on purpose: one short handler per step the school takes on a request (each posts
 * its own form to {@link Aanvragen} or {@link Beoordeling}), so a step's page, form and service call
 * are found together — as in {@code AanvraagSwvController} for the SWV's side.
 */
@Controller
@PreAuthorize(Rollen.SCHOOL)
class AanvraagSchoolController {

    static final String PAD = "/swv/{swv}/vestigingen/{vestiging}/aanvragen";

    private final Aanvragen aanvragen;
    private final Aanvraaginstellingen instellingen;
    private final Bijlagen bijlagen;
    private final Beoordeling beoordeling;
    private final Aanvraaglijsten lijsten;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Clock klok;
    private final Eenmalig eenmalig;
    private final Aanmeldingen aanmeldingen;

    AanvraagSchoolController(Aanvragen aanvragen, Aanvraaginstellingen instellingen, Bijlagen bijlagen, Beoordeling beoordeling,
            Aanvraaglijsten lijsten, Leerlingen leerlingen, Register register, Clock klok, Eenmalig eenmalig, Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
        this.eenmalig = eenmalig;
        this.aanvragen = aanvragen;
        this.instellingen = instellingen;
        this.bijlagen = bijlagen;
        this.beoordeling = beoordeling;
        this.lijsten = lijsten;
        this.leerlingen = leerlingen;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(PAD)
    String lijst(@PathVariable String swv, @PathVariable long vestiging, @RequestParam(required = false) Long na,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestigingVan(code, vestiging));
        var werkvoorraad = lijsten.werkvoorraad(code, gebruiker, new Aanvraaglijsten.Filter(null, null, false, null, na));
        model.addAttribute("aanvragen", werkvoorraad.aanvragen());
        model.addAttribute("volgende", werkvoorraad.pagina().volgende());
        model.addAttribute("na", na);
        model.addAttribute("teDoen", lijsten.teDoenVoorSchool(code, gebruiker));
        model.addAttribute("leerlingen", leerlingen.vanVestiging(code, vestiging));
        // WPO 18a lid 6c: pupils registered at this school, under investigation, can be asked for too
        model.addAttribute("aangemeld", leerlingen.vindAlle(code, aanmeldingen.inOnderzoekBij(code, vestiging), "aangemelde leerlingen voor een aanvraag")
                .values().stream().sorted(Comparator.comparing(Leerling::naam)).toList());
        model.addAttribute("soorten", Arrays.stream(Aanvraagsoort.values()).filter(s -> s.hoortBij(code.sector())).toList());
        return "aanvraag/school";
    }

    @PostMapping(PAD)
    @Transactional
    ModelAndView nieuw(@PathVariable String swv, @PathVariable long vestiging, @Valid Stapformulieren.NieuweAanvraag invoer, BindingResult binding,
            @RequestParam(name = Eenmalig.VELD, required = false) String sleutel, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        var lijst = PAD.replace("{swv}", swv).replace("{vestiging}", String.valueOf(vestiging));
        var eerder = binding.hasErrors() ? java.util.Optional.<String>empty() : eenmalig.alVerstuurd(sleutel, gebruiker.getUsername(), lijst);
        if (eerder.isPresent()) {
            return new ModelAndView(Eenmalig.naarEerdereUitkomst(eerder.get(), doorsturen));
        }
        var concept = new AtomicLong();
        var antwoord = new Formulierstap("NIEUWE_AANVRAAG", invoer, binding).voerUit(() -> {
            long leerling;
            if (invoer.isNieuweLeerling()) {
                leerling = leerlingen.registreer(code, invoer.nieuweLeerling());
                leerlingen.schrijfIn(code, leerling, vestiging, LocalDate.now(klok));
                var ouder = invoer.ouder();
                if (ouder != null) {
                    leerlingen.voegOuderToe(code, leerling, ouder);
                }
            } else {
                leerling = invoer.bestaandeLeerling();
            }
            var nummer = invoer.opgegevenPersoonsnummer();
            if (nummer != null) {
                leerlingen.legPersoonsnummerVast(code, leerling, nummer);
            }
            concept.set(aanvragen.maakConcept(code, vestiging, leerling, invoer.aanvraagsoort(), null));
            eenmalig.leiddeNaar(sleutel, basis(swv, vestiging, concept.get()));
            return "Het concept is aangemaakt. Vul de aanvraag aan en dien haar in.";
        }, lijst, model, doorsturen,
                m -> lijst(swv, vestiging, null, gebruiker, m), "aanvraag/school");
        if (concept.get() != 0) {
            antwoord.setViewName("redirect:" + basis(swv, vestiging, concept.get()));
        }
        return antwoord;
    }

    @GetMapping(PAD + "/{aanvraag}")
    String detail(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @AuthenticationPrincipal Gebruiker gebruiker,
            Model model) {
        var code = SwvCode.van(swv);
        AanvraagWeb.detail(model, aanvragen.detail(code, aanvraag, gebruiker), gebruiker, basis(swv, vestiging, aanvraag), java.util.List.of());
        model.addAttribute("arrangementsoorten", instellingen.arrangementsoorten(code));
        return "aanvraag/detail";
    }

    @PostMapping(PAD + "/{aanvraag}/inhoud")
    ModelAndView inhoud(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @Valid Stapformulieren.Inhoud invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("INHOUD_WIJZIGEN", invoer, binding, swv, vestiging, aanvraag, gebruiker, model, doorsturen, () -> {
            slaInhoudOp(SwvCode.van(swv), aanvraag, invoer, gebruiker);
            return "De aanvraag is opgeslagen.";
        });
    }

    /**
     * The content saved as the school types (the page sends it a few seconds after the last keystroke
     * and when a field is left): a short answer for the page to show, and the new version for the next
     * save. Refused, nothing is saved and the page keeps the text.
     */
    @PostMapping(PAD + "/{aanvraag}/inhoud/automatisch")
    ResponseEntity<String> slaAutomatischOp(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @Valid Stapformulieren.Inhoud invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker) {
        var tekst = MediaType.parseMediaType("text/plain;charset=UTF-8");
        if (binding.hasErrors()) {
            var fout = binding.getFieldErrors().getFirst();
            return ResponseEntity.badRequest().contentType(tekst).body("Niet opgeslagen: " + fout.getDefaultMessage() + ".");
        }
        try {
            slaInhoudOp(SwvCode.van(swv), aanvraag, invoer, gebruiker);
        } catch (nl.thuisnabij.shared.GelijktijdigeWijzigingException fout) {
            return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT).contentType(tekst)
                    .body("Niet opgeslagen: iemand anders heeft de aanvraag intussen gewijzigd. Uw tekst staat nog hier; kopieer hem en laad de pagina opnieuw.");
        } catch (OngeldigeInvoerException fout) {
            return ResponseEntity.badRequest().contentType(tekst).body("Niet opgeslagen: " + fout.getMessage() + ".");
        }
        return ResponseEntity.ok().contentType(tekst).header("X-Versie", String.valueOf(invoer.geladenVersie() + 1))
                .body("Automatisch opgeslagen om " + java.time.ZonedDateTime.now(klok).withZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + ".");
    }

    /**
     * Submitting sends the content form along, so what the school typed is saved first; a request
     * that is not yet complete stays saved as a concept and the message says what is missing.
     */
    @PostMapping(PAD + "/{aanvraag}/indienen")
    ModelAndView dienIn(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @Valid Stapformulieren.Inhoud invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        return stap("INHOUD_WIJZIGEN", invoer, binding, swv, vestiging, aanvraag, gebruiker, model, doorsturen,
                () -> slaOpEnStuurDoor(code, aanvraag, invoer, gebruiker, doorsturen, versie -> aanvragen.dienIn(code, aanvraag, versie, gebruiker),
                        "De aanvraag is ingediend bij het samenwerkingsverband.", "De aanvraag is opgeslagen, maar nog niet ingediend: "));
    }

    @PostMapping(PAD + "/{aanvraag}/ouders-uitnodigen")
    ModelAndView nodigOudersUit(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @Valid Stapformulieren.Versie invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("OUDERS_UITNODIGEN", invoer, binding, swv, vestiging, aanvraag, gebruiker, model, doorsturen, () -> {
            aanvragen.nodigOudersUit(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker);
            return "De ouders zien de aanvraag nu in Thuisnabij en krijgen een e-mail met de vraag om hun zienswijze. "
                    + "Op deze pagina ziet u of de e-mail is verstuurd.";
        });
    }

    @PostMapping(PAD + "/{aanvraag}/oudergesprek")
    ModelAndView oudergesprek(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @Valid Stapformulieren.Oudergesprek invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("OUDERGESPREK_VASTLEGGEN", invoer, binding, swv, vestiging, aanvraag, gebruiker, model, doorsturen, () -> {
            aanvragen.legOudergesprekVast(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker, invoer.verslag(), invoer.oudersStemmenIn());
            return "Het gesprek met de ouders is vastgelegd.";
        });
    }

    /** Like submitting: the content form is saved with the supplement, so nothing typed is lost. */
    @PostMapping(PAD + "/{aanvraag}/aanvullen")
    ModelAndView vulAan(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @Valid Stapformulieren.Inhoud invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        return stap("INHOUD_WIJZIGEN", invoer, binding, swv, vestiging, aanvraag, gebruiker, model, doorsturen,
                () -> slaOpEnStuurDoor(code, aanvraag, invoer, gebruiker, doorsturen, versie -> aanvragen.vulAan(code, aanvraag, versie, gebruiker),
                        "De aanvulling is doorgestuurd naar het samenwerkingsverband.",
                        "De aanvraag is opgeslagen, maar de aanvulling is nog niet verstuurd: "));
    }

    @PostMapping(PAD + "/{aanvraag}/intrekken")
    ModelAndView trekIn(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @Valid Stapformulieren.Intrekking invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return stap("INTREKKEN", invoer, binding, swv, vestiging, aanvraag, gebruiker, model, doorsturen, () -> {
            aanvragen.trekIn(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker);
            return "De aanvraag is ingetrokken.";
        });
    }

    @PostMapping(PAD + "/{aanvraag}/bezwaar")
    ModelAndView bezwaar(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @Valid Stapformulieren.Bezwaarschrift invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return stap("BEZWAAR_INDIENEN", invoer, binding, swv, vestiging, aanvraag, gebruiker, model, doorsturen, () -> {
            beoordeling.dienBezwaarIn(SwvCode.van(swv), aanvraag, gebruiker, Bezwaar.Indiener.SCHOOL, invoer.gronden(), invoer.meegestuurd());
            return "Het bezwaar is ingediend.";
        });
    }

    /** An extension starts as a new concept for the same pupil and kind, linked to the request it extends. */
    @PostMapping(PAD + "/{aanvraag}/verlengen")
    String verleng(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @AuthenticationPrincipal Gebruiker gebruiker,
            RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            var oud = aanvragen.detail(code, aanvraag, gebruiker).aanvraag();
            long id = aanvragen.maakConcept(code, vestiging, oud.leerlingId(), oud.soort(), aanvraag);
            doorsturen.addFlashAttribute("melding", "Het concept voor de verlenging is aangemaakt. Vul de aanvraag aan en dien haar in.");
            return "redirect:" + basis(swv, vestiging, id);
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
            return "redirect:" + basis(swv, vestiging, aanvraag);
        }
    }

    @PostMapping(PAD + "/{aanvraag}/bijlagen")
    @Transactional
    String bijlage(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @RequestParam("bestand") MultipartFile bestand, @RequestParam(name = Eenmalig.VELD, required = false) String sleutel,
            @AuthenticationPrincipal Gebruiker gebruiker, RedirectAttributes doorsturen) throws IOException {
        var terug = basis(swv, vestiging, aanvraag);
        var eerder = eenmalig.alVerstuurd(sleutel, gebruiker.getUsername(), terug);
        if (eerder.isPresent()) {
            return Eenmalig.naarEerdereUitkomst(eerder.get(), doorsturen);
        }
        try {
            bijlagen.voegBijlageToe(SwvCode.van(swv), aanvraag, gebruiker, bestand.getOriginalFilename(), bestand.getBytes());
            eenmalig.leiddeNaar(sleutel, terug);
            doorsturen.addFlashAttribute("melding", "De bijlage is toegevoegd.");
        } catch (OngeldigeInvoerException fout) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:" + terug;
    }

    @GetMapping(PAD + "/{aanvraag}/bijlagen/{bijlage}")
    ResponseEntity<byte[]> downloadBijlage(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @PathVariable long bijlage, @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        var info = aanvragen.detail(code, aanvraag, gebruiker).bijlagen().stream().filter(b -> b.id() == bijlage).findFirst().orElseThrow(() -> new nl.thuisnabij.shared.NietGevondenException("deze bijlage hoort niet bij deze aanvraag"));
        return AanvraagWeb.download(bijlagen.bijlage(code, aanvraag, bijlage, gebruiker), info.bestandsnaam(),
                MediaType.parseMediaType(info.mediatype()));
    }

    @GetMapping(PAD + "/{aanvraag}/besluiten/{nummer}/brief")
    ResponseEntity<byte[]> brief(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @PathVariable int nummer,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        return AanvraagWeb.brief(aanvragen.besluitbrief(code, aanvraag, nummer, gebruiker), code, aanvraag, nummer);
    }

    private void slaInhoudOp(SwvCode code, long aanvraag, Stapformulieren.Inhoud invoer, Gebruiker gebruiker) {
        aanvragen.wijzigInhoud(code, aanvraag, invoer.geladenVersie(), gebruiker, invoer.vraag(), invoer.behoeften(), invoer.geprobeerd(),
                invoer.gekozenArrangement());
    }

    /**
     * Saves what the school typed, then takes the next step on the saved version. When that step is
     * refused, the content stays saved and the message says what is still missing.
     */
    private String slaOpEnStuurDoor(SwvCode code, long aanvraag, Stapformulieren.Inhoud invoer, Gebruiker gebruiker,
            RedirectAttributes doorsturen, java.util.function.IntConsumer verder, String gelukt, String nogNiet) {
        slaInhoudOp(code, aanvraag, invoer, gebruiker);
        try {
            verder.accept(invoer.geladenVersie() + 1);
            return gelukt;
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", nogNiet + fout.getMessage() + ".");
            return null;
        }
    }

    private ModelAndView stap(String stap, Record invoer, BindingResult binding, String swv, long vestiging, long aanvraag, Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen, java.util.function.Supplier<String> uitvoering) {
        return new Formulierstap(stap, invoer, binding).voerUit(uitvoering, basis(swv, vestiging, aanvraag), model, doorsturen,
                m -> detail(swv, vestiging, aanvraag, gebruiker, m), "aanvraag/detail");
    }

    private static String basis(String swv, long vestiging, long aanvraag) {
        return "/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, vestiging, aanvraag);
    }
}
