package nl.thuisnabij.opp.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.opp.OppToegang;
import nl.thuisnabij.opp.Oppcijfers;
import nl.thuisnabij.opp.Opps;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Sector;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.Rapport;
import nl.thuisnabij.shared.web.Rapportbestanden;
import nl.thuisnabij.shared.web.Rollen;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What leaves the OPP pages as a file: a version as PDF (school, SWV, parents), the OSO block for a
 * handover, the school's BRON list of OPP periods, and the reports of the school and the SWV.
 */
@Controller
class OppBestandController {

    private static final String SWV_LEZERS = "hasAnyRole('SWV_BEHEERDER','DIRECTEUR','ONDERSTEUNINGSCOORDINATOR','COMMISSIELID','DESKUNDIGE')";

    private final Opps opps;
    private final Oppcijfers cijfers;
    private final Register register;

    OppBestandController(Opps opps, Oppcijfers cijfers, Register register) {
        this.opps = opps;
        this.cijfers = cijfers;
        this.register = register;
    }

    @GetMapping(OppController.SCHOOL + "/{id}/versies/{versie}.pdf")
    @PreAuthorize(Rollen.SCHOOL)
    ResponseEntity<byte[]> pdfSchool(@PathVariable long id, @PathVariable int versie, @AuthenticationPrincipal Gebruiker gebruiker) {
        return pdf(id, versie, gebruiker);
    }

    @GetMapping(OppController.SWV + "/{id}/versies/{versie}.pdf")
    @PreAuthorize(SWV_LEZERS)
    ResponseEntity<byte[]> pdfSwv(@PathVariable long id, @PathVariable int versie, @AuthenticationPrincipal Gebruiker gebruiker) {
        return pdf(id, versie, gebruiker);
    }

    /** Parents read the versions discussed with them, never a draft. */
    @GetMapping(OuderOppController.OUDER + "/{id}/versies/{versie}.pdf")
    @PreAuthorize("hasRole('OUDER')")
    ResponseEntity<byte[]> pdfOuder(@PathVariable long id, @PathVariable int versie, @AuthenticationPrincipal Gebruiker ouder) {
        return pdf(id, versie, ouder);
    }

    private ResponseEntity<byte[]> pdf(long id, int versie, Gebruiker kijker) {
        var o = opps.opp(id, kijker);
        var v = o.opp().versie(versie).filter(gevonden -> OppToegang.magVersieZien(kijker, gevonden))
                .orElseThrow(() -> new NietGevondenException("versie %d van dit OPP bestaat niet".formatted(versie)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("opp-" + id + "-versie-" + versie + ".pdf").build().toString())
                .body(OppDocument.pdf(o, v));
    }

    /**
     * The OSO overstapdossier's block {@code opp} (Edustandaard, PO): begin and end date and the
     * document of the version in force, for the handover to the next school. Never a BSN.
     */
    @GetMapping(path = OppController.SCHOOL + "/{id}/oso", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Rollen.SCHOOL)
    @ResponseBody
    Map<String, Object> oso(@PathVariable long id, @AuthenticationPrincipal Gebruiker gebruiker) {
        var o = opps.opp(id, gebruiker);
        if (o.opp().schoolsoort().sector() != Sector.PO) {
            throw new NietGevondenException("het OSO-blok opp hoort bij het primair onderwijs");
        }
        var geldend = o.opp().vastgesteld().orElseThrow(() -> new NietGevondenException("dit OPP is nog niet vastgesteld"));
        var document = new LinkedHashMap<String, Object>();
        document.put("bestandsnaam", "opp-" + id + "-versie-" + geldend.volgnummer() + ".pdf");
        document.put("mimetype", MediaType.APPLICATION_PDF_VALUE);
        document.put("inhoud", Base64.getEncoder().encodeToString(OppDocument.pdf(o, geldend)));
        var blok = new LinkedHashMap<String, Object>();
        blok.put("ingangdatum", o.opp().eersteVaststelling().toString());
        blok.put("einddatum", o.opp().beeindigdOp() == null ? null : o.opp().beeindigdOp().toString());
        blok.put("document", document);
        return Map.of("opp", blok);
    }

    /** The BRON list of OPP periods, in the layout documented in docs/opp.md. */
    @GetMapping(OppController.SCHOOL + "/bron.csv")
    @PreAuthorize(Rollen.SCHOOL)
    ResponseEntity<byte[]> bron(@PathVariable String swv, @PathVariable long vestiging, @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        var school = register.vestigingVan(code, vestiging);
        var regels = cijfers.bron(code, school, gebruiker).stream()
                .map(r -> List.of(r.vestigingscode(), String.valueOf(r.leerlingnummer()), r.achternaam(), r.voornaam(), r.geboortedatum().toString(),
                        r.begindatum().toString(), r.einddatum() == null ? "" : r.einddatum().toString()))
                .toList();
        var lijst = new Rapport.Tabel("BRON", List.of("vestigingscode", "leerlingnummer", "achternaam", "voornaam", "geboortedatum", "begindatum_opp",
                "einddatum_opp"), regels);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("opp-bron-" + school.vestigingscode() + ".csv").build()
                        .toString())
                .body(Rapportbestanden.csv(lijst));
    }

    @GetMapping(OppController.SCHOOL + "/rapportage")
    @PreAuthorize(Rollen.SCHOOL)
    String rapportSchool(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var school = register.vestigingVan(SwvCode.van(swv), vestiging);
        model.addAttribute("rapport", cijfers.rapport(SwvCode.van(swv), school, school.naam()));
        model.addAttribute("basis", OppController.basis(swv, vestiging));
        model.addAttribute("bron", Oppcijfers.registreertInBron(school.soort()));
        return "opp/rapportage";
    }

    @GetMapping(OppController.SCHOOL + "/rapportage.{formaat}")
    @PreAuthorize(Rollen.SCHOOL)
    ResponseEntity<byte[]> rapportbestandSchool(@PathVariable String swv, @PathVariable long vestiging, @PathVariable String formaat) {
        var school = register.vestigingVan(SwvCode.van(swv), vestiging);
        return Rapportbestanden.alsDownload(cijfers.rapport(SwvCode.van(swv), school, school.naam()), formaat, "opp-" + school.vestigingscode());
    }

    @GetMapping(OppController.SWV + "/rapportage")
    @PreAuthorize(Rollen.SWV_ZORG)
    String rapportSwv(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("rapport", cijfers.rapport(code, null, register.bestaandSamenwerkingsverband(code).naam()));
        model.addAttribute("basis", "/swv/" + swv + "/opp");
        return "opp/rapportage";
    }

    @GetMapping(OppController.SWV + "/rapportage.{formaat}")
    @PreAuthorize(Rollen.SWV_ZORG)
    ResponseEntity<byte[]> rapportbestandSwv(@PathVariable String swv, @PathVariable String formaat) {
        var code = SwvCode.van(swv);
        return Rapportbestanden.alsDownload(cijfers.rapport(code, null, register.bestaandSamenwerkingsverband(code).naam()), formaat, "opp-" + swv);
    }
}
