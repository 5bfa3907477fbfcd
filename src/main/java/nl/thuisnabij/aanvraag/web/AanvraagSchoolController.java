package nl.thuisnabij.aanvraag.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Bijlagen;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.leerling.OuderContact;
import nl.thuisnabij.leerling.Persoonsnummer;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Rollen;
import nl.thuisnabij.shared.web.Invoer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A school prepares, submits and supplements its requests, and follows their decisions. */
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

    AanvraagSchoolController(Aanvragen aanvragen, Aanvraaginstellingen instellingen, Bijlagen bijlagen, Beoordeling beoordeling,
            Aanvraaglijsten lijsten, Leerlingen leerlingen, Register register, Clock klok) {
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
        model.addAttribute("school", register.vestiging(vestiging).orElseThrow());
        var werkvoorraad = lijsten.werkvoorraad(code, gebruiker, new Aanvraaglijsten.Filter(null, null, false, null, na));
        model.addAttribute("aanvragen", werkvoorraad.aanvragen());
        model.addAttribute("volgende", werkvoorraad.pagina().volgende());
        model.addAttribute("na", na);
        model.addAttribute("leerlingen", leerlingen.vanVestiging(code, vestiging));
        model.addAttribute("soorten", Aanvraagsoort.values());
        return "aanvraag/school";
    }

    @PostMapping(PAD)
    @Transactional
    String nieuw(@PathVariable String swv, @PathVariable long vestiging, @RequestParam Map<String, String> velden, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            var leerlingId = AanvraagWeb.tekst(velden, "leerling");
            long leerling;
            if (leerlingId != null) {
                leerling = Invoer.nummer(velden, "leerling", "de leerling");
            } else {
                leerling = leerlingen.registreer(code, new NieuweLeerling(velden.get("voornaam"), velden.get("achternaam"),
                        AanvraagWeb.datum(velden, "geboortedatum"), Postcode.volledig(velden.getOrDefault("postcode", "")), null));
                leerlingen.schrijfIn(code, leerling, vestiging, LocalDate.now(klok));
                if (AanvraagWeb.tekst(velden, "ouderNaam") != null) {
                    leerlingen.voegOuderToe(code, leerling, new OuderContact(velden.get("ouderNaam"), velden.get("ouderRelatie"),
                            AanvraagWeb.tekst(velden, "ouderEmail"), AanvraagWeb.tekst(velden, "ouderTelefoon")));
                }
            }
            var nummer = AanvraagWeb.tekst(velden, "persoonsnummer");
            if (nummer != null) {
                leerlingen.legPersoonsnummerVast(code, leerling,
                        new Persoonsnummer(Invoer.keuze(velden, "persoonsnummerSoort", Persoonsnummer.Soort.class,
                        "BSN of onderwijsnummer"), nummer.replaceAll("\\D", "")));
            }
            var soort = Invoer.keuze(velden, "soort", Aanvraagsoort.class, "de soort aanvraag");
            long id = aanvragen.maakConcept(code, vestiging, leerling, soort, null);
            doorsturen.addFlashAttribute("melding", "Het concept is aangemaakt. Vul de aanvraag aan en dien haar in.");
            return "redirect:/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, vestiging, id);
        } catch (OngeldigeInvoerException fout) {
            // nothing of a refused form stays: no pupil without a request
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            doorsturen.addFlashAttribute("fout", fout.getMessage());
            return "redirect:/swv/%s/vestigingen/%d/aanvragen".formatted(swv, vestiging);
        }
    }

    @GetMapping(PAD + "/{aanvraag}")
    String detail(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @AuthenticationPrincipal Gebruiker gebruiker,
            Model model) {
        var code = SwvCode.van(swv);
        AanvraagWeb.detail(model, aanvragen.detail(code, aanvraag, gebruiker), gebruiker,
                "/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, vestiging, aanvraag), java.util.List.of());
        model.addAttribute("arrangementsoorten", instellingen.arrangementsoorten(code));
        return "aanvraag/detail";
    }

    @PostMapping(PAD + "/{aanvraag}/{actie}")
    String actie(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @PathVariable String actie,
            @RequestParam(defaultValue = "-1") int versie, @RequestParam Map<String, String> velden, @AuthenticationPrincipal Gebruiker gebruiker,
            RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            var melding = switch (actie) {
                case "inhoud" -> {
                    aanvragen.wijzigInhoud(code, aanvraag, versie, gebruiker, velden.get("vraag"), velden.get("behoeften"), velden.get("geprobeerd"),
                            velden.get("opp"), Invoer.optioneelNummer(velden, "arrangementsoort", "het arrangement"));
                    yield "De aanvraag is opgeslagen.";
                }
                case "zienswijze" -> {
                    aanvragen.legZienswijzeVast(code, aanvraag, versie, gebruiker, velden.get("zienswijze"), "true".equals(velden.get("akkoord")));
                    yield "De zienswijze van de ouders is vastgelegd.";
                }
                case "indienen" -> {
                    aanvragen.dienIn(code, aanvraag, versie, gebruiker);
                    yield "De aanvraag is ingediend bij het samenwerkingsverband.";
                }
                case "aanvullen" -> {
                    aanvragen.vulAan(code, aanvraag, versie, gebruiker);
                    yield "De aanvulling is doorgestuurd naar het samenwerkingsverband.";
                }
                case "intrekken" -> {
                    Invoer.bevestigd(velden, "de aanvraag wilt intrekken");
                    aanvragen.trekIn(code, aanvraag, versie, gebruiker);
                    yield "De aanvraag is ingetrokken.";
                }
                case "bezwaar" -> {
                    beoordeling.dienBezwaarIn(code, aanvraag, gebruiker, Bezwaar.Indiener.SCHOOL, velden.get("gronden"));
                    yield "Het bezwaar is ingediend.";
                }
                default -> throw new OngeldigeInvoerException("onbekende stap '%s'".formatted(actie));
            };
            doorsturen.addFlashAttribute("melding", melding);
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, vestiging, aanvraag);
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
            return "redirect:/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, vestiging, id);
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
            return "redirect:/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, vestiging, aanvraag);
        }
    }

    @PostMapping(PAD + "/{aanvraag}/bijlagen")
    String bijlage(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @RequestParam("bestand") MultipartFile bestand,
            @AuthenticationPrincipal Gebruiker gebruiker, RedirectAttributes doorsturen) throws IOException {
        try {
            bijlagen.voegBijlageToe(SwvCode.van(swv), aanvraag, gebruiker, bestand.getOriginalFilename(), bestand.getBytes());
            doorsturen.addFlashAttribute("melding", "De bijlage is toegevoegd.");
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, vestiging, aanvraag);
    }

    @GetMapping(PAD + "/{aanvraag}/bijlagen/{bijlage}")
    ResponseEntity<byte[]> downloadBijlage(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag,
            @PathVariable long bijlage, @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        var info = aanvragen.detail(code, aanvraag, gebruiker).bijlagen().stream().filter(b -> b.id() == bijlage).findFirst().orElseThrow();
        return AanvraagWeb.download(bijlagen.bijlage(code, aanvraag, bijlage, gebruiker), info.bestandsnaam(),
                MediaType.parseMediaType(info.mediatype()));
    }

    @GetMapping(PAD + "/{aanvraag}/besluiten/{nummer}/brief")
    ResponseEntity<byte[]> brief(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanvraag, @PathVariable int nummer,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        return AanvraagWeb.download(aanvragen.besluitbrief(code, aanvraag, nummer, gebruiker), AanvraagWeb.briefnaam(code, aanvraag, nummer),
                MediaType.APPLICATION_PDF);
    }
}
