package nl.thuisnabij.audit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.audit.AuditZoekopdracht;
import nl.thuisnabij.audit.Auditactie;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The privacy officer's view on who did what with the data of their SWV. */
@Controller
@PreAuthorize("hasRole('FUNCTIONARIS_GEGEVENSBESCHERMING')")
class AuditlogController {

    static final int MAXIMUM_REGELS = 100;
    private final AuditLog auditLog;
    private final Clock klok;

    AuditlogController(AuditLog auditLog, Clock klok) {
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @GetMapping("/swv/{swv}/auditlog")
    String zoek(@PathVariable String swv, @RequestParam(required = false) String gebruiker,
            @RequestParam(required = false) String recordsoort, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) Auditactie actie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) Instant voorTijdstip, @RequestParam(required = false) Long voorId, Model model) {
        var vanaf = van == null && tot == null ? AuditLog.standaardVan(LocalDate.now(klok)) : van;
        var opdracht = new AuditZoekopdracht(gebruiker, recordsoort, recordId, actie, vanaf, tot, voorTijdstip, voorId);
        var regels = auditLog.zoek(swv, opdracht, MAXIMUM_REGELS);
        auditLog.lezen(swv, "auditlog", null, "auditlog doorzocht");
        model.addAttribute("swv", swv);
        model.addAttribute("opdracht", opdracht);
        model.addAttribute("regels", regels);
        model.addAttribute("volgende", regels.size() == MAXIMUM_REGELS ? opdracht.volgendePagina(regels.getLast()) : null);
        model.addAttribute("acties", Auditactie.values());
        model.addAttribute("maximum", MAXIMUM_REGELS);
        model.addAttribute("tijdzone", AuditLog.tijdzone());
        return "audit/auditlog";
    }
}
