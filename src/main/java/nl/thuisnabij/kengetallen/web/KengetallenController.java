package nl.thuisnabij.kengetallen.web;

import java.util.List;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.kengetallen.Kengetallen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.Samenwerkingsverband;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Zoekresultaat;
import nl.thuisnabij.shared.Rapport;
import nl.thuisnabij.shared.web.Rapportbestanden;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The key figures: in full for the SWV's own management on screen; suppressed in every download
 * (for the board, the OPR, the municipalities and the Inspectie) and for the municipalities, which
 * see the SWVs their area lies in.
 */
@Controller
class KengetallenController {

    static final String SWV_LEIDING = "hasAnyRole('SWV_BEHEERDER','DIRECTEUR','FINANCIEEL_MEDEWERKER','ONDERSTEUNINGSCOORDINATOR')";
    static final String GEMEENTE = "hasAnyRole('LEERPLICHTAMBTENAAR','BELEIDSMEDEWERKER_GEMEENTE')";

    private final Kengetallen kengetallen;
    private final Register register;

    KengetallenController(Kengetallen kengetallen, Register register) {
        this.kengetallen = kengetallen;
        this.register = register;
    }

    @GetMapping("/swv/{swv}/kengetallen")
    @PreAuthorize(SWV_LEIDING)
    String kengetallen(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("rapporten", List.of(kengetallen.vanSwv(code, register.bestaandSamenwerkingsverband(code).weergavenaam(), false)));
        model.addAttribute("downloads", "/swv/" + code.waarde() + "/kengetallen");
        return "kengetallen/kengetallen";
    }

    @GetMapping("/swv/{swv}/kengetallen.{formaat}")
    @PreAuthorize(SWV_LEIDING)
    ResponseEntity<byte[]> download(@PathVariable String swv, @PathVariable String formaat) {
        var code = SwvCode.van(swv);
        return Rapportbestanden.alsDownload(kengetallen.vanSwv(code, register.bestaandSamenwerkingsverband(code).weergavenaam(), true), formaat,
                "kengetallen-" + code.waarde());
    }

    /** The headline figures on the first page of directors and finance, loaded into it. */
    @GetMapping("/swv/{swv}/kengetallen/kerncijfers")
    @PreAuthorize(SWV_LEIDING)
    String kerncijfers(@PathVariable String swv, Model model) {
        model.addAttribute("swv", SwvCode.van(swv).waarde());
        model.addAttribute("kern", kengetallen.kerncijfers(SwvCode.van(swv)));
        return "kengetallen/kerncijfers :: kerncijfers";
    }

    /** The Inspectie looks at any SWV, one at a time, as every figure leaves the SWV: suppressed. */
    @GetMapping("/inspectie/kengetallen")
    @PreAuthorize("hasRole('INSPECTIE')")
    String voorDeInspectie(@org.springframework.web.bind.annotation.RequestParam(required = false) String swv, Model model) {
        var alle = register.alleSamenwerkingsverbanden();
        model.addAttribute("samenwerkingsverbanden", alle);
        var gekozen = swv == null ? null : alle.stream().filter(s -> s.code().waarde().equalsIgnoreCase(swv.strip())).findFirst().orElse(null);
        model.addAttribute("gekozen", gekozen == null ? null : gekozen.code().waarde());
        model.addAttribute("rapporten", gekozen == null ? List.of() : List.of(kengetallen.vanSwv(gekozen.code(), gekozen.weergavenaam(), true)));
        model.addAttribute("inspectie", true);
        return "kengetallen/kengetallen";
    }

    @GetMapping("/gemeente/kengetallen")
    @PreAuthorize(GEMEENTE)
    String vanGemeente(@AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var naam = gebruiker.gemeenteId() == null ? null : register.gemeentenaam(gebruiker.gemeenteId()).orElse(null);
        List<Samenwerkingsverband> swvs = naam != null && register.zoekOpGemeente(naam) instanceof Zoekresultaat.Gevonden gevonden
                ? gevonden.samenwerkingsverbanden() : List.of();
        List<Rapport> rapporten = swvs.stream().map(s -> kengetallen.vanSwv(s.code(), s.weergavenaam(), true)).toList();
        model.addAttribute("rapporten", rapporten);
        model.addAttribute("gemeente", naam);
        return "kengetallen/kengetallen";
    }
}
