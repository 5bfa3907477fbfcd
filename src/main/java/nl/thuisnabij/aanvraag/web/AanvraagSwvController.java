package nl.thuisnabij.aanvraag.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import nl.thuisnabij.aanvraag.Aanvraagbeleid;
import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Aanvraaginstellingen;
import nl.thuisnabij.aanvraag.Commissie;
import nl.thuisnabij.aanvraag.DuoRegistratie;
import nl.thuisnabij.aanvraag.Bijlagen;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.Commissievergadering;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.aanvraag.Deskundigheid;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Invoer;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The SWV's side of requests: work queues, assessment, advice, decisions, commission, DUO register. */
@Controller
class AanvraagSwvController {

    static final String BEHANDELAARS = "hasAnyRole('ONDERSTEUNINGSCOORDINATOR','DIRECTEUR','SWV_BEHEERDER')";
    static final String LEZERS = BEHANDELAARS + " or hasAnyRole('DESKUNDIGE','COMMISSIELID')";

    private final Aanvragen aanvragen;
    private final Aanvraaginstellingen instellingen;
    private final Commissie commissie;
    private final DuoRegistratie duo;
    private final Bijlagen bijlagen;
    private final Beoordeling beoordeling;
    private final Aanvraaglijsten lijsten;
    private final Register register;
    private final Gebruikers gebruikers;
    private final Clock klok;

    AanvraagSwvController(Aanvragen aanvragen, Aanvraaginstellingen instellingen, Commissie commissie, DuoRegistratie duo,
            Bijlagen bijlagen, Beoordeling beoordeling, Aanvraaglijsten lijsten, Register register, Gebruikers gebruikers, Clock klok) {
        this.klok = klok;
        this.aanvragen = aanvragen;
        this.instellingen = instellingen;
        this.commissie = commissie;
        this.duo = duo;
        this.bijlagen = bijlagen;
        this.beoordeling = beoordeling;
        this.lijsten = lijsten;
        this.register = register;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/swv/{swv}/aanvragen")
    @PreAuthorize(LEZERS)
    String werkvoorraad(@PathVariable String swv, @RequestParam(required = false) String status, @RequestParam(required = false) String zoek,
            @RequestParam(defaultValue = "false") boolean mijn, @RequestParam(required = false) Long vergadering,
            @RequestParam(required = false) Long na, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        var filter = new Aanvraaglijsten.Filter(AanvraagWeb.status(status), zoek, mijn, vergadering, na);
        var werkvoorraad = lijsten.werkvoorraad(code, gebruiker, filter);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("aanvragen", werkvoorraad.aanvragen());
        model.addAttribute("volgende", werkvoorraad.pagina().volgende());
        model.addAttribute("aantallen", werkvoorraad.aantallen());
        model.addAttribute("statussen", AanvraagStatus.values());
        model.addAttribute("filter", filter);
        model.addAttribute("vergaderingen", commissie.vergaderdata(code));
        return "aanvraag/werkvoorraad";
    }

    @GetMapping("/swv/{swv}/aanvragen/{aanvraag}")
    @PreAuthorize(LEZERS)
    String detail(@PathVariable String swv, @PathVariable long aanvraag, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        AanvraagWeb.detail(model, aanvragen.detail(code, aanvraag, gebruiker), gebruiker, "/swv/%s/aanvragen/%d".formatted(swv, aanvraag),
                commissie.vergaderdata(code));
        model.addAttribute("arrangementsoorten", instellingen.arrangementsoorten(code));
        model.addAttribute("deskundigen", gebruikers.medewerkersVan(swv).stream().filter(g -> g.heeftRol(Rol.DESKUNDIGE)).toList());
        return "aanvraag/detail";
    }

    @PostMapping("/swv/{swv}/aanvragen/{aanvraag}/{actie}")
    @PreAuthorize(BEHANDELAARS + " or hasRole('DESKUNDIGE')")
    String actie(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable String actie, @RequestParam(defaultValue = "-1") int versie,
            @RequestParam Map<String, String> velden, @AuthenticationPrincipal Gebruiker gebruiker, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            var melding = switch (actie) {
                case "behandelen" -> {
                    beoordeling.neemInBehandeling(code, aanvraag, versie, gebruiker);
                    yield "U behandelt deze aanvraag.";
                }
                case "intrekken" -> {
                    Invoer.bevestigd(velden, "de aanvraag wilt intrekken");
                    aanvragen.trekIn(code, aanvraag, versie, gebruiker);
                    yield "De aanvraag is ingetrokken.";
                }
                case "aanvulling" -> {
                    beoordeling.vraagAanvulling(code, aanvraag, versie, gebruiker, velden.get("gevraagd"));
                    yield "De school is om een aanvulling gevraagd.";
                }
                case "advies-vragen" -> {
                    beoordeling.vraagAdvies(code, aanvraag, versie, gebruiker, Invoer.nummer(velden, "eerste", "de eerste deskundige"),
                            Invoer.nummer(velden, "tweede", "de tweede deskundige"));
                    yield "De deskundigen zijn om advies gevraagd.";
                }
                case "advies" -> {
                    beoordeling.geefAdvies(code, aanvraag, versie, gebruiker, Invoer.keuze(velden, "deskundigheid", Deskundigheid.class, "uw deskundigheid"),
                            "true".equals(velden.get("positief")), velden.get("motivering"), "true".equals(velden.get("onafhankelijk")));
                    yield "Uw advies is vastgelegd.";
                }
                case "agenderen" -> {
                    beoordeling.agendeer(code, aanvraag, versie, gebruiker, Invoer.nummer(velden, "vergadering", "de vergadering"));
                    yield "De aanvraag staat op de agenda.";
                }
                case "besluit" -> {
                    beoordeling.neemBesluit(code, aanvraag, versie, gebruiker, AanvraagWeb.besluit(velden));
                    yield "Het besluit is vastgelegd. School en ouders krijgen een e-mail; onder Berichten ziet u of die is verstuurd.";
                }
                case "bezwaar" -> {
                    beoordeling.dienBezwaarIn(code, aanvraag, gebruiker, Invoer.keuze(velden, "indiener", Bezwaar.Indiener.class, "wie het bezwaar indient"),
                            velden.get("gronden"));
                    yield "Het bezwaar is geregistreerd.";
                }
                case "lbt-vragen" -> {
                    beoordeling.vraagLbtAdvies(code, aanvraag, versie, gebruiker);
                    yield "Het advies van de Landelijke Bezwaaradviescommissie is gevraagd.";
                }
                case "lbt-advies" -> {
                    beoordeling.registreerLbtAdvies(code, aanvraag, versie, gebruiker, velden.get("advies"));
                    yield "Het advies van de LBT is vastgelegd.";
                }
                case "bezwaar-beslissen" -> {
                    boolean gegrond = "true".equals(velden.get("gegrond"));
                    beoordeling.beslisOpBezwaar(code, aanvraag, versie, gebruiker, gegrond, velden.get("toelichting"),
                            gegrond ? AanvraagWeb.besluit(velden) : null);
                    yield "Op het bezwaar is beslist.";
                }
                default -> throw new OngeldigeInvoerException("onbekende stap '%s'".formatted(actie));
            };
            doorsturen.addFlashAttribute("melding", melding);
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/%s/aanvragen/%d".formatted(swv, aanvraag);
    }

    @GetMapping("/swv/{swv}/aanvragen/{aanvraag}/besluiten/{nummer}/brief")
    @PreAuthorize(LEZERS)
    ResponseEntity<byte[]> brief(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable int nummer,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        return AanvraagWeb.download(aanvragen.besluitbrief(code, aanvraag, nummer, gebruiker), AanvraagWeb.briefnaam(code, aanvraag, nummer),
                MediaType.APPLICATION_PDF);
    }

    @GetMapping("/swv/{swv}/aanvragen/{aanvraag}/bijlagen/{bijlage}")
    @PreAuthorize(LEZERS)
    ResponseEntity<byte[]> bijlage(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable long bijlage,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        var info = aanvragen.detail(code, aanvraag, gebruiker).bijlagen().stream().filter(b -> b.id() == bijlage).findFirst().orElseThrow();
        return AanvraagWeb.download(bijlagen.bijlage(code, aanvraag, bijlage, gebruiker), info.bestandsnaam(),
                MediaType.parseMediaType(info.mediatype()));
    }

    @GetMapping("/swv/{swv}/commissie")
    @PreAuthorize(BEHANDELAARS + " or hasRole('COMMISSIELID')")
    String commissie(@PathVariable String swv, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        var vergaderingen = commissie.vergaderingen(code);
        model.addAttribute("vergaderingen", vergaderingen);
        model.addAttribute("aanvragen", lijsten.opAgenda(code, gebruiker, vergaderingen.stream().map(Commissievergadering::id).toList()));
        model.addAttribute("medewerkers", gebruikers.medewerkersVan(swv));
        return "aanvraag/commissie";
    }

    @PostMapping("/swv/{swv}/commissie")
    @PreAuthorize(BEHANDELAARS)
    String planVergadering(@PathVariable String swv, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
            RedirectAttributes doorsturen) {
        try {
            commissie.planVergadering(SwvCode.van(swv), datum);
            doorsturen.addFlashAttribute("melding", "De vergadering is gepland.");
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/" + swv + "/commissie";
    }

    @PostMapping("/swv/{swv}/commissie/{vergadering}/{actie}")
    @PreAuthorize(BEHANDELAARS)
    String vergadering(@PathVariable String swv, @PathVariable long vergadering, @PathVariable String actie, @RequestParam Map<String, String> velden,
            @AuthenticationPrincipal Gebruiker gebruiker, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            if (actie.equals("aanwezige")) {
                commissie.registreerAanwezige(code, vergadering, Invoer.nummer(velden, "gebruiker", "de aanwezige"), velden.get("rol"));
            } else if (actie.equals("notulen")) {
                commissie.legNotulenVast(code, vergadering, (int) Invoer.nummer(velden, "versie", "de versie van de notulen"), velden.get("notulen"));
            } else {
                throw new OngeldigeInvoerException("onbekende stap '%s'".formatted(actie));
            }
            doorsturen.addFlashAttribute("melding", "De vergadering is bijgewerkt.");
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/" + swv + "/commissie";
    }

    @GetMapping("/swv/{swv}/tlv-register")
    @PreAuthorize(BEHANDELAARS)
    String tlvRegister(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("regels", duo.teRegistreren(code));
        model.addAttribute("exports", duo.duoExports(code));
        return "aanvraag/tlv-register";
    }

    @PostMapping("/swv/{swv}/tlv-register/export")
    @PreAuthorize(BEHANDELAARS)
    Object exporteer(@PathVariable String swv, @AuthenticationPrincipal Gebruiker gebruiker, RedirectAttributes doorsturen) {
        try {
            var csv = duo.exporteerNaarDuo(SwvCode.van(swv), gebruiker);
            return AanvraagWeb.download(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "tlv-registratie-%s-%s.csv".formatted(swv,
                    LocalDate.now(klok)), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
            return "redirect:/swv/" + swv + "/tlv-register";
        }
    }

    @GetMapping("/swv/{swv}/tlv-register/exports/{export}")
    @PreAuthorize(BEHANDELAARS)
    ResponseEntity<byte[]> export(@PathVariable String swv, @PathVariable long export) {
        return AanvraagWeb.download(duo.duoExport(SwvCode.van(swv), export).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "tlv-registratie-%s-export-%d.csv".formatted(swv, export), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/swv/{swv}/aanvraagbeleid")
    @PreAuthorize(BEHANDELAARS)
    String instellingen(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("beleid", instellingen.beleid(code));
        model.addAttribute("arrangementsoorten", instellingen.arrangementsoorten(code));
        return "aanvraag/instellingen";
    }

    @PostMapping("/swv/{swv}/aanvraagbeleid")
    @PreAuthorize("hasRole('SWV_BEHEERDER')")
    String wijzigInstellingen(@PathVariable String swv, @RequestParam Map<String, String> velden, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            if (AanvraagWeb.tekst(velden, "naam") != null) {
                instellingen.voegArrangementsoortToe(code, velden.get("naam"), AanvraagWeb.bedrag(velden, "uurtarief"));
            } else {
                instellingen.wijzigBeleid(code, new Aanvraagbeleid(getal(velden, "beslistermijnWeken"), getal(velden, "aanvullingDagen"),
                        getal(velden, "tlvMinimaleMaanden"), getal(velden, "tlvHerinneringDagen")));
            }
            doorsturen.addFlashAttribute("melding", "Opgeslagen.");
        } catch (OngeldigeInvoerException | org.springframework.dao.DataIntegrityViolationException fout) {
            doorsturen.addFlashAttribute("fout", fout instanceof OngeldigeInvoerException ? fout.getMessage()
                    : "een termijn valt buiten de toegestane grenzen (beslistermijn 1–26 weken, aanvulling 1–90 dagen)");
        }
        return "redirect:/swv/" + swv + "/aanvraagbeleid";
    }

    private static int getal(Map<String, String> velden, String naam) {
        try {
            return Integer.parseInt(velden.getOrDefault(naam, "").trim());
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("vul bij '%s' een heel getal in".formatted(naam));
        }
    }
}
