package nl.thuisnabij.privacy.web;

import java.nio.charset.StandardCharsets;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerlingen;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.privacy.AvgVerzoek;
import nl.thuisnabij.privacy.AvgVerzoeken;
import nl.thuisnabij.privacy.Bewaarbeleid;
import nl.thuisnabij.privacy.Inzage;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.GeladenVersie;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Rapportbestanden;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The privacy officer's AVG pages: the register of processing activities, a pupil's subject-access
 * export, and the record of requests with their terms and outcomes.
 */
@Controller
@PreAuthorize("hasRole('FUNCTIONARIS_GEGEVENSBESCHERMING')")
class PrivacyController {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Verzoekformulier(
            @NotBlank(message = "kies de soort verzoek") @Size(max = 12, message = "kies de soort verzoek") String soort,
            @Getal(message = "het nummer van de leerling is een getal") @Size(max = 12, message = "het nummer van de leerling is een getal") String leerling,
            @NotBlank(message = "vul in wie het verzoek deed") @Size(max = 200, message = "ten hoogste 200 tekens") String verzoeker,
            @NotBlank(message = "vul de datum van ontvangst in") @Datum String ontvangenOp,
            @NotBlank(message = "beschrijf het verzoek") @Size(max = 4000, message = "ten hoogste 4000 tekens") String omschrijving) {
    }

    record Verlengingsformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "schrijf waarom meer tijd nodig is; de verzoeker moet dat horen")
            @Size(max = 2000, message = "ten hoogste 2000 tekens") String reden) implements GeladenVersie {
    }

    record Afhandelingsformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @NotBlank(message = "kies de uitkomst") @Size(max = 16, message = "kies de uitkomst") String uitkomst,
            @Size(max = 4000, message = "ten hoogste 4000 tekens") String toelichting,
            @Size(max = 5, message = "vink het vakje aan") String bevestigd) implements GeladenVersie {
    }

    record Bewaarformulier(
            @NotBlank(message = VERSIE) @Getal(message = VERSIE) String versie,
            @Getal(message = "vul een aantal jaren in, of laat het veld leeg") @Size(max = 2, message = "kies 1 tot en met 20 jaar") String jaren)
            implements GeladenVersie {
    }

    private static final String VERSIE = "de pagina is verouderd: laad haar opnieuw";

    private final Inzage inzage;
    private final AvgVerzoeken verzoeken;
    private final Bewaarbeleid bewaarbeleid;
    private final Leerlingen leerlingen;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    PrivacyController(Inzage inzage, AvgVerzoeken verzoeken, Bewaarbeleid bewaarbeleid, Leerlingen leerlingen, Register register, AuditLog auditLog,
            Clock klok) {
        this.inzage = inzage;
        this.verzoeken = verzoeken;
        this.bewaarbeleid = bewaarbeleid;
        this.leerlingen = leerlingen;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @GetMapping("/swv/{swv}/avg-verzoeken")
    String verzoeken(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("verzoeken", verzoeken.lijst(code));
        model.addAttribute("soorten", AvgVerzoek.Soort.values());
        model.addAttribute("uitkomsten", AvgVerzoek.Uitkomst.values());
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "privacy/avg-verzoeken";
    }

    @PostMapping("/swv/{swv}/avg-verzoeken")
    ModelAndView registreer(@PathVariable String swv, @Valid Verzoekformulier invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("VERZOEK", invoer, binding).voerUit(() -> {
            var soort = keuze(AvgVerzoek.Soort.class, invoer.soort(), "soort");
            var leerling = Formuliervelden.tekst(invoer.leerling()) == null ? null : Long.valueOf(invoer.leerling().strip());
            verzoeken.registreer(SwvCode.van(swv), soort, leerling, invoer.verzoeker(), Formuliervelden.datum(invoer.ontvangenOp()), invoer.omschrijving(),
                    gebruiker.getUsername());
            return "Het verzoek is vastgelegd. Beantwoord het uiterlijk op %s.".formatted(
                    Formuliervelden.datum(invoer.ontvangenOp()).plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        }, "/swv/" + swv + "/avg-verzoeken", model, doorsturen, m -> verzoeken(swv, m), "privacy/avg-verzoeken");
    }

    @PostMapping("/swv/{swv}/avg-verzoeken/{id}/verlenging")
    ModelAndView verleng(@PathVariable String swv, @PathVariable long id, @Valid Verlengingsformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("VERLENGING-" + id, invoer, binding).voerUit(() -> "De termijn is verlengd tot %s. Laat de verzoeker dat weten, met de reden."
                        .formatted(verzoeken.verleng(SwvCode.van(swv), id, invoer.reden(), invoer.geladenVersie(), gebruiker.getUsername())
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))),
                "/swv/" + swv + "/avg-verzoeken", model, doorsturen, m -> verzoeken(swv, m), "privacy/avg-verzoeken");
    }

    @PostMapping("/swv/{swv}/avg-verzoeken/{id}/afhandeling")
    ModelAndView handelAf(@PathVariable String swv, @PathVariable long id, @Valid Afhandelingsformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("AFHANDELING-" + id, invoer, binding).voerUit(() -> {
            boolean gewist = verzoeken.handelAf(SwvCode.van(swv), id, keuze(AvgVerzoek.Uitkomst.class, invoer.uitkomst(), "uitkomst"),
                    invoer.toelichting(), "ja".equals(invoer.bevestigd()), invoer.geladenVersie(), gebruiker.getUsername());
            return gewist ? "De afhandeling is vastgelegd en alle gegevens van de leerling zijn gewist, behalve het auditlog."
                    : "De afhandeling is vastgelegd.";
        }, "/swv/" + swv + "/avg-verzoeken", model, doorsturen, m -> verzoeken(swv, m), "privacy/avg-verzoeken");
    }

    @GetMapping("/swv/{swv}/bewaarbeleid")
    String bewaarbeleid(@PathVariable String swv, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", code.waarde());
        model.addAttribute("instelling", bewaarbeleid.instelling(code));
        model.addAttribute("binnenkort", bewaarbeleid.binnenkort(code, LocalDate.now(klok), 3));
        return "privacy/bewaarbeleid";
    }

    @PostMapping("/swv/{swv}/bewaarbeleid")
    ModelAndView stelBewaarbeleidIn(@PathVariable String swv, @Valid Bewaarformulier invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("BEWAARBELEID", invoer, binding).voerUit(() -> {
            var jaren = Formuliervelden.tekst(invoer.jaren()) == null ? null : Integer.valueOf(invoer.jaren().strip());
            bewaarbeleid.stelIn(SwvCode.van(swv), jaren, invoer.geladenVersie(), gebruiker.getUsername());
            return jaren == null ? "Er is geen bewaartermijn meer: gegevens van leerlingen worden niet meer vanzelf gewist."
                    : "De bewaartermijn is %d jaar. Elke nacht worden de leerlingen gewist bij wie de laatste activiteit langer geleden is.".formatted(jaren);
        }, "/swv/" + swv + "/bewaarbeleid", model, doorsturen, m -> bewaarbeleid(swv, m), "privacy/bewaarbeleid");
    }

    private static <E extends Enum<E>> E keuze(Class<E> soort, String waarde, String veld) {
        try {
            return Enum.valueOf(soort, waarde.strip());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(veld, "kies een van de mogelijkheden in de lijst");
        }
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

    /** Everything about the pupil as a PDF to hand over, or as CSV (one block per table) for a spreadsheet. */
    @GetMapping("/swv/{swv}/inzage/{leerling}.{formaat:pdf|csv}")
    ResponseEntity<byte[]> bestand(@PathVariable String swv, @PathVariable long leerling, @PathVariable String formaat) {
        var rapport = inzage.vanLeerling(SwvCode.van(swv), leerling);
        auditLog.lezen(SwvCode.van(swv).waarde(), "leerling", String.valueOf(leerling), "inzage gedownload als " + formaat.toUpperCase(java.util.Locale.ROOT));
        return Rapportbestanden.alsDownload(rapport, formaat, "inzage-leerling-" + leerling);
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
