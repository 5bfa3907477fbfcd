package nl.thuisnabij.aanvraag.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import nl.thuisnabij.aanvraag.Bewaartermijnen;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The privacy officer sees which requests' health data is removed soon, and what was removed. */
@Controller
@PreAuthorize("hasRole('FUNCTIONARIS_GEGEVENSBESCHERMING')")
class BewaartermijnController {

    private static final Period VOORUIT = Period.ofMonths(3);

    private final Bewaartermijnen bewaartermijnen;
    private final AuditLog auditLog;
    private final Clock klok;

    BewaartermijnController(Bewaartermijnen bewaartermijnen, AuditLog auditLog, Clock klok) {
        this.bewaartermijnen = bewaartermijnen;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @GetMapping("/swv/{swv}/bewaartermijnen")
    String bewaartermijnen(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("binnenkort", bewaartermijnen.binnenkort(code, LocalDate.now(klok), VOORUIT));
        model.addAttribute("verwijderd", bewaartermijnen.verwijderd(code, 200));
        auditLog.lezen(code.waarde(), "bewaartermijn", null, "overzicht bewaartermijnen bekeken");
        return "aanvraag/bewaartermijnen";
    }
}
