package nl.thuisnabij.ondersteuning.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.ondersteuning.DekkendAanbod;
import nl.thuisnabij.register.Afstanden;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Rollen;
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

/** The dekkend aanbod of an SWV: matrix, point map and exports for the ondersteuningsplan. */
@Controller
@PreAuthorize(Rollen.SCHOOL_OF_SWV)
class DekkendAanbodController {

    private final DekkendAanbod dekkendAanbod;
    private final DekkendAanbodExport export;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    DekkendAanbodController(DekkendAanbod dekkendAanbod, DekkendAanbodExport export, Register register, AuditLog auditLog, Clock klok) {
        this.dekkendAanbod = dekkendAanbod;
        this.export = export;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @GetMapping("/swv/{swv}/dekkend-aanbod")
    String matrix(@PathVariable String swv, @RequestParam(required = false) Long domein, Model model) {
        var code = SwvCode.van(swv);
        var vandaag = LocalDate.now(klok);
        var matrix = dekkendAanbod.matrix(code, vandaag);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        model.addAttribute("matrix", matrix);
        if (!matrix.rijen().isEmpty()) {
            model.addAttribute("kaart", dekkendAanbod.kaart(matrix, domein == null ? matrix.rijen().getFirst().domein().id() : domein, vandaag));
        }
        model.addAttribute("bronvermelding", Afstanden.BRONVERMELDING);
        return "ondersteuning/dekkend-aanbod";
    }

    @GetMapping("/swv/{swv}/dekkend-aanbod.csv")
    ResponseEntity<byte[]> csv(@PathVariable String swv) throws IOException {
        var matrix = dekkendAanbod.matrix(SwvCode.van(swv), LocalDate.now(klok));
        auditLog.lezen(swv, "dekkend-aanbod", swv, "dekkend aanbod geëxporteerd als CSV");
        return bestand(export.csv(matrix), "dekkend-aanbod-%s-%s.csv".formatted(swv, matrix.schooljaar()),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/swv/{swv}/dekkend-aanbod.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String swv) {
        var code = SwvCode.van(swv);
        var matrix = dekkendAanbod.matrix(code, LocalDate.now(klok));
        auditLog.lezen(swv, "dekkend-aanbod", swv, "dekkend aanbod geëxporteerd als PDF");
        return bestand(export.pdf(matrix, register.bestaandSamenwerkingsverband(code).weergavenaam()),
                "dekkend-aanbod-%s-%s.pdf".formatted(swv, matrix.schooljaar()), MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> bestand(byte[] inhoud, String naam, MediaType soort) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
                .contentType(soort)
                .body(inhoud);
    }
}
