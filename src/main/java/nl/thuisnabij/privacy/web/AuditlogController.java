package nl.thuisnabij.privacy.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.audit.AuditZoekopdracht;
import nl.thuisnabij.audit.Auditactie;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's view on who did what with the data of their SWV, also per pupil: found by
 * name or number, every line about their file and their requests, registrations, OPPs and reports.
 * Each line about one pupil's record names that pupil, and nothing more of the record.
 */
@Controller
@PreAuthorize("hasRole('FUNCTIONARIS_GEGEVENSBESCHERMING')")
class AuditlogController {

    static final int MAXIMUM_REGELS = 100;
    private static final int MAXIMUM_KEUZES = 20;
    private static final Pattern NUMMER = Pattern.compile("\\d{1,18}");

    private final AuditLog auditLog;
    private final Leerlingen leerlingen;
    private final Clock klok;

    AuditlogController(AuditLog auditLog, Leerlingen leerlingen, Clock klok) {
        this.auditLog = auditLog;
        this.leerlingen = leerlingen;
        this.klok = klok;
    }

    @GetMapping("/swv/{swv}/auditlog")
    String zoek(@PathVariable String swv, @RequestParam(required = false) String gebruiker,
            @RequestParam(required = false) String recordsoort, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String leerling, @RequestParam(required = false) Auditactie actie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) Instant voorTijdstip, @RequestParam(required = false) Long voorId, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("leerlingInvoer", leerling);
        // the form shows the dates the officer gave, never the default window: a next search by pupil would otherwise keep it
        model.addAttribute("gevraagdVan", van);
        model.addAttribute("acties", Auditactie.values());
        model.addAttribute("maximum", MAXIMUM_REGELS);
        model.addAttribute("tijdzone", AuditLog.tijdzone());
        auditLog.lezen(code.waarde(), "auditlog", null, "auditlog doorzocht");

        Long leerlingnummer = null;
        if (leerling != null && !leerling.isBlank()) {
            var keuze = kiesLeerling(code, leerling.strip(), model);
            if (keuze == null) {
                model.addAttribute("opdracht", new AuditZoekopdracht(gebruiker, recordsoort, recordId, null, actie, van, tot, null, null));
                model.addAttribute("regels", List.of());
                return "privacy/auditlog";
            }
            leerlingnummer = keuze;
        }
        // a pupil's lines are few and found by their records: all of them, unless a period is asked; otherwise the last 30 days
        var vanaf = van == null && tot == null && leerlingnummer == null ? AuditLog.standaardVan(LocalDate.now(klok)) : van;
        var opdracht = new AuditZoekopdracht(gebruiker, recordsoort, recordId, leerlingnummer, actie, vanaf, tot, voorTijdstip, voorId);
        var regels = auditLog.zoek(code.waarde(), opdracht, MAXIMUM_REGELS);
        var leerlingPerRegel = auditLog.leerlingPerRegel(code.waarde(), regels);
        var bekend = new java.util.HashSet<>(leerlingPerRegel.values());
        if (leerlingnummer != null) {
            bekend.add(leerlingnummer);
        }
        var namen = leerlingen.vindAlle(code, bekend, "naam getoond bij het auditlog");
        if (leerlingnummer != null) {
            model.addAttribute("gezochteLeerling", namen.get(leerlingnummer));
            model.addAttribute("gezochtNummer", leerlingnummer);
        }
        model.addAttribute("opdracht", opdracht);
        model.addAttribute("regels", regels);
        model.addAttribute("leerlingPerRegel", leerlingPerRegel);
        model.addAttribute("namen", namen);
        model.addAttribute("volgende", regels.size() == MAXIMUM_REGELS ? opdracht.volgendePagina(regels.getLast()) : null);
        return "privacy/auditlog";
    }

    /**
     * The pupil meant by a number or (part of) a name: their number, or null with what the page says
     * instead (nobody by that name, or several to choose from).
     */
    private Long kiesLeerling(SwvCode code, String invoer, Model model) {
        if (NUMMER.matcher(invoer).matches()) {
            return Long.valueOf(invoer);
        }
        if (invoer.length() < 2) {
            model.addAttribute("leerlingfout", "Vul ten minste twee letters van de naam in, of het nummer van de leerling.");
            return null;
        }
        var ids = leerlingen.idsMetNaam(code, invoer);
        if (ids.size() == 1) {
            return ids.getFirst();
        }
        if (ids.isEmpty()) {
            model.addAttribute("leerlingfout", "Er is geen leerling met deze naam in het samenwerkingsverband. Zoek ook op het nummer "
                    + "van de leerling: de regels over een gewiste leerling zijn alleen op het nummer te vinden.");
            return null;
        }
        model.addAttribute("keuzes", leerlingen.vindAlle(code, ids.stream().limit(MAXIMUM_KEUZES).toList(), "gezocht in het auditlog").values()
                .stream().sorted(Comparator.comparing(Leerling::achternaam).thenComparing(Leerling::voornaam)).toList());
        model.addAttribute("meerKeuzes", ids.size() > MAXIMUM_KEUZES ? ids.size() : null);
        return null;
    }
}
