package nl.thuisnabij.thuiszitter.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Rapportbestanden;
import nl.thuisnabij.shared.web.Rollen;
import nl.thuisnabij.thuiszitter.Thuiszittercijfers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The thuiszitters report per school year, on screen and as downloads, for the SWV and the municipality. */
@Controller
class ThuiszitterRapportController {

    private static final String SWV = "/swv/{swv}/thuiszitters";
    private static final String GEMEENTE = "/gemeente/thuiszitters";

    private final Thuiszittercijfers cijfers;
    private final Register register;
    private final Clock klok;

    ThuiszitterRapportController(Thuiszittercijfers cijfers, Register register, Clock klok) {
        this.cijfers = cijfers;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(SWV + "/rapportage")
    @PreAuthorize(Rollen.SWV_ZORG)
    String rapportSwv(@PathVariable String swv, @RequestParam(required = false) String schooljaar, Model model) {
        var code = SwvCode.van(swv);
        var jaar = schooljaar(schooljaar);
        model.addAttribute("rapport", cijfers.rapportVanSwv(code, register.bestaandSamenwerkingsverband(code).naam(), jaar, false));
        return rapportpagina(jaar, "/swv/" + swv + "/thuiszitters", model);
    }

    /** Downloads leave the SWV (board, OPR, municipalities, Inspectie): counts under 5 suppressed. */
    @GetMapping(SWV + "/rapportage.{formaat}")
    @PreAuthorize(Rollen.SWV_ZORG)
    ResponseEntity<byte[]> rapportbestandSwv(@PathVariable String swv, @PathVariable String formaat, @RequestParam(required = false) String schooljaar) {
        var code = SwvCode.van(swv);
        var jaar = schooljaar(schooljaar);
        return Rapportbestanden.alsDownload(cijfers.rapportVanSwv(code, register.bestaandSamenwerkingsverband(code).naam(), jaar, true), formaat,
                "thuiszitters-" + swv + "-" + jaar);
    }

    @GetMapping(GEMEENTE + "/rapportage")
    @PreAuthorize("hasAnyRole('LEERPLICHTAMBTENAAR','BELEIDSMEDEWERKER_GEMEENTE')")
    String rapportGemeente(@AuthenticationPrincipal Gebruiker gebruiker, @RequestParam(required = false) String schooljaar, Model model) {
        var jaar = schooljaar(schooljaar);
        model.addAttribute("rapport", cijfers.rapportVanGemeente(gebruiker.gemeenteId(), jaar));
        return rapportpagina(jaar, GEMEENTE, model);
    }

    @GetMapping(GEMEENTE + "/rapportage.{formaat}")
    @PreAuthorize("hasAnyRole('LEERPLICHTAMBTENAAR','BELEIDSMEDEWERKER_GEMEENTE')")
    ResponseEntity<byte[]> rapportbestandGemeente(@AuthenticationPrincipal Gebruiker gebruiker, @PathVariable String formaat,
            @RequestParam(required = false) String schooljaar) {
        var jaar = schooljaar(schooljaar);
        return Rapportbestanden.alsDownload(cijfers.rapportVanGemeente(gebruiker.gemeenteId(), jaar), formaat, "thuiszitters-gemeente-" + jaar);
    }

    private String rapportpagina(Schooljaar jaar, String basis, Model model) {
        var huidig = Schooljaar.van(LocalDate.now(klok));
        model.addAttribute("schooljaar", jaar);
        model.addAttribute("schooljaren", java.util.stream.Stream.iterate(huidig, j -> j.beginjaar() > Math.max(2014, huidig.beginjaar() - 5),
                j -> new Schooljaar(j.beginjaar() - 1)).toList());
        model.addAttribute("basis", basis);
        return "thuiszitter/rapportage";
    }

    private Schooljaar schooljaar(String tekst) {
        return tekst == null || tekst.isBlank() ? Schooljaar.van(LocalDate.now(klok)) : Schooljaar.parse(tekst.strip());
    }
}
