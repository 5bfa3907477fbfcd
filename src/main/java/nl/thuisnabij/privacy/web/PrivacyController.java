package nl.thuisnabij.privacy.web;

import java.nio.charset.StandardCharsets;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.privacy.Inzage;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Rapportbestanden;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/** The privacy officer's AVG pages: the register of processing activities and a pupil's subject-access export. */
@Controller
@PreAuthorize("hasRole('FUNCTIONARIS_GEGEVENSBESCHERMING')")
class PrivacyController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Inzage inzage;
    private final Leerlingen leerlingen;
    private final Register register;
    private final AuditLog auditLog;

    PrivacyController(Inzage inzage, Leerlingen leerlingen, Register register, AuditLog auditLog) {
        this.inzage = inzage;
        this.leerlingen = leerlingen;
        this.register = register;
        this.auditLog = auditLog;
    }

    @GetMapping("/swv/{swv}/verwerkingsregister")
    String verwerkingsregister(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("verwerkingen", inzage.verwerkingsregister());
        return "privacy/verwerkingsregister";
    }

    /** Finds the pupil by name; the officer sees names only to pick the one the request is about. */
    @GetMapping("/swv/{swv}/inzage")
    String zoek(@PathVariable String swv, @RequestParam(required = false) String naam, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("naam", naam);
        if (naam != null && naam.strip().length() >= 2) {
            var ids = leerlingen.idsMetNaam(code, naam.strip()).stream().limit(50).toList();
            model.addAttribute("gevonden", leerlingen.vindAlle(code, ids, "gezocht voor een inzageverzoek").values().stream()
                    .sorted(java.util.Comparator.comparing(nl.thuisnabij.leerling.Leerling::achternaam)).toList());
        }
        return "privacy/inzage";
    }

    @GetMapping("/swv/{swv}/inzage/{leerling}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String swv, @PathVariable long leerling) {
        var rapport = inzage.vanLeerling(SwvCode.van(swv), leerling);
        auditLog.lezen(SwvCode.van(swv).waarde(), "leerling", String.valueOf(leerling), "inzage gedownload als PDF");
        return Rapportbestanden.alsDownload(rapport, "pdf", "inzage-leerling-" + leerling);
    }

    @GetMapping("/swv/{swv}/inzage/{leerling}.json")
    ResponseEntity<byte[]> json(@PathVariable String swv, @PathVariable long leerling) {
        var rapport = inzage.vanLeerling(SwvCode.van(swv), leerling);
        auditLog.lezen(SwvCode.van(swv).waarde(), "leerling", String.valueOf(leerling), "inzage gedownload als JSON");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("inzage-leerling-" + leerling + ".json").build().toString())
                .body(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Inzage.alsGegevens(rapport)));
    }
}
