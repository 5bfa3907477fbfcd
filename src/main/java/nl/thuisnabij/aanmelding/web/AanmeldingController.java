package nl.thuisnabij.aanmelding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.thuisnabij.aanmelding.AanmeldingStatus;
import nl.thuisnabij.aanmelding.Aanmeldingstap;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.register.Afstanden;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Rollen;
import nl.thuisnabij.shared.web.Invoer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's registrations under the zorgplicht. The school (and the SWV's care staff) registers,
 * investigates, extends, decides and, when it cannot offer the support, proposes another school.
 */
@Controller
@PreAuthorize(Rollen.SCHOOL_OF_SWV_ZORG)
class AanmeldingController {

    static final String PAD = "/swv/{swv}/vestigingen/{vestiging}/aanmeldingen";

    private final Aanmeldingen aanmeldingen;
    private final Catalogus catalogus;
    private final Register register;
    private final Clock klok;

    AanmeldingController(Aanmeldingen aanmeldingen, Catalogus catalogus, Register register, Clock klok) {
        this.aanmeldingen = aanmeldingen;
        this.catalogus = catalogus;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(PAD)
    String lijst(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestiging(vestiging).orElseThrow());
        model.addAttribute("aanmeldingen", aanmeldingen.vanVestiging(code, vestiging));
        model.addAttribute("voorstellen", aanmeldingen.metVoorstelAan(code, vestiging));
        return "aanmelding/lijst";
    }

    @GetMapping(PAD + "/nieuw")
    String nieuw(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestiging(vestiging).filter(v -> v.swv().equals(code)).orElseThrow());
        model.addAttribute("domeinen", catalogus.actieveDomeinen(code));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "aanmelding/nieuw";
    }

    @PostMapping(PAD)
    String registreer(@PathVariable String swv, @PathVariable long vestiging, @RequestParam Map<String, String> velden, Model model,
            RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            var leerling = new NieuweLeerling(velden.get("voornaam"), velden.get("achternaam"), datum(velden.get("geboortedatum"), "geboortedatum"),
                    Postcode.volledig(velden.getOrDefault("postcode", "")), null);
            var behoeften = new HashMap<Long, Niveau>();
            for (var domein : catalogus.actieveDomeinen(code)) {
                var niveau = Invoer.optioneleKeuze(velden.get("behoefte-" + domein.id()), Niveau.class, "de behoefte bij " + domein.naam());
                if (niveau != null) {
                    behoeften.put(domein.id(), niveau);
                }
            }
            long id = aanmeldingen.registreer(code, vestiging, leerling, datum(velden.get("datumAanmelding"), "datum van aanmelding"),
                    datum(velden.get("gewensteStartdatum"), "gewenste startdatum"), velden.containsKey("ondersteuningsbehoefte"), behoeften);
            doorsturen.addFlashAttribute("melding", "De aanmelding is geregistreerd.");
            return "redirect:/swv/%s/vestigingen/%d/aanmeldingen/%d".formatted(swv, vestiging, id);
        } catch (OngeldigeInvoerException fout) {
            model.addAttribute("fout", fout.getMessage());
            model.addAttribute("velden", velden);
            return nieuw(swv, vestiging, model);
        }
    }

    @GetMapping(PAD + "/{aanmelding}")
    String detail(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding,
            @RequestParam(defaultValue = "false") boolean zoek, Model model) {
        var code = SwvCode.van(swv);
        var overzicht = aanmeldingen.overzicht(code, vestiging, aanmelding);
        model.addAttribute("o", overzicht);
        model.addAttribute("domeinen", catalogus.perId(code));
        model.addAttribute("uitkomsten", new AanmeldingStatus[] {AanmeldingStatus.TOEGELATEN,
                AanmeldingStatus.TOEGELATEN_MET_ARRANGEMENT, AanmeldingStatus.NIET_TOEGELATEN});
        model.addAttribute("scholen", register.vestigingen(code).stream()
                .collect(java.util.stream.Collectors.toMap(v -> v.id(), v -> v.naam())));
        var stappen = overzicht.aanmelding().mogelijkeStappen();
        model.addAttribute("stappen", stappen.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        if (stappen.contains(Aanmeldingstap.SCHOOL_VOORSTELLEN)) {
            model.addAttribute("kandidaten", aanmeldingen.zoekPlaats(code, vestiging, aanmelding));
            model.addAttribute("bronvermelding", Afstanden.BRONVERMELDING);
        }
        return "aanmelding/detail";
    }

    @PostMapping(PAD + "/{aanmelding}/{actie}")
    String actie(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding, @PathVariable String actie,
            @RequestParam int versie, @RequestParam Map<String, String> velden, Model model, RedirectAttributes doorsturen) {
        var code = SwvCode.van(swv);
        try {
            var melding = switch (actie) {
                case "onderzoek" -> {
                    aanmeldingen.legOnderzoekVast(code, vestiging, aanmelding, versie, velden.get("onderzoek"));
                    yield "Het onderzoek is vastgelegd.";
                }
                case "verlengen" -> {
                    aanmeldingen.verleng(code, vestiging, aanmelding, versie, velden.get("reden"));
                    yield "De beslistermijn is met vier weken verlengd. Laat de ouders de reden weten.";
                }
                case "besluit" -> {
                    var uitkomst = Invoer.keuze(velden, "uitkomst", AanmeldingStatus.class, "de uitkomst");
                    aanmeldingen.neemBesluit(code, vestiging, aanmelding, versie, uitkomst, velden.get("toelichting"));
                    yield "Het besluit is vastgelegd: " + uitkomst.omschrijving() + ".";
                }
                case "voorstellen" -> {
                    aanmeldingen.stelVoor(code, vestiging, aanmelding, versie, Invoer.nummer(velden, "school", "de school"));
                    yield "De school is gevraagd de leerling te plaatsen.";
                }
                case "intrekken" -> {
                    Invoer.bevestigd(velden, "vastlegt dat de ouders de aanmelding hebben ingetrokken");
                    aanmeldingen.trekIn(code, vestiging, aanmelding, versie);
                    yield "De aanmelding is ingetrokken.";
                }
                case "zorgplicht-beeindigen" -> {
                    Invoer.bevestigd(velden, "de zorgplicht wilt beëindigen");
                    aanmeldingen.beeindigZorgplicht(code, vestiging, aanmelding, versie, velden.get("reden"));
                    yield "De zorgplicht is beëindigd.";
                }
                default -> throw new OngeldigeInvoerException("onbekende stap '%s'".formatted(actie));
            };
            doorsturen.addFlashAttribute("melding", melding);
        } catch (OngeldigeInvoerException | GelijktijdigeWijzigingException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/%s/vestigingen/%d/aanmeldingen/%d".formatted(swv, vestiging, aanmelding);
    }

    @PostMapping("/swv/{swv}/vestigingen/{vestiging}/voorstellen/{aanmelding}/{volgnummer}")
    String beantwoord(@PathVariable String swv, @PathVariable long vestiging, @PathVariable long aanmelding, @PathVariable int volgnummer,
            @RequestParam boolean accepteer, @RequestParam(required = false) String reden, RedirectAttributes doorsturen) {
        try {
            aanmeldingen.beantwoordVoorstel(SwvCode.van(swv), vestiging, aanmelding, volgnummer, accepteer, reden);
            doorsturen.addFlashAttribute("melding", accepteer ? "U heeft de leerling een plaats gegeven." : "U heeft het voorstel afgewezen.");
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/%s/vestigingen/%d/aanmeldingen".formatted(swv, vestiging);
    }

    private static LocalDate datum(String tekst, String veld) {
        try {
            return LocalDate.parse(tekst == null ? "" : tekst.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new OngeldigeInvoerException("vul de %s in als datum (dd-mm-jjjj)".formatted(veld));
        }
    }

}
