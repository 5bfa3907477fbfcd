package nl.thuisnabij.audit.web;

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

    static final int MAXIMUM_REGELS = 500;
    private final AuditLog auditLog;

    AuditlogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/swv/{swv}/auditlog")
    String zoek(@PathVariable String swv, @RequestParam(required = false) String gebruiker,
            @RequestParam(required = false) String recordsoort, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) Auditactie actie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot, Model model) {
        var opdracht = new AuditZoekopdracht(gebruiker, recordsoort, recordId, actie, van, tot);
        var regels = auditLog.zoek(swv, opdracht, MAXIMUM_REGELS);
        auditLog.lezen(swv, "auditlog", null, "auditlog doorzocht");
        model.addAttribute("swv", swv);
        model.addAttribute("opdracht", opdracht);
        model.addAttribute("regels", regels);
        model.addAttribute("acties", Auditactie.values());
        model.addAttribute("maximum", MAXIMUM_REGELS);
        model.addAttribute("tijdzone", AuditLog.tijdzone());
        return "audit/auditlog";
    }
}
