package nl.thuisnabij.leerling.web;

import java.time.Clock;
import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.format.DateTimeParseException;
import nl.thuisnabij.account.Ouderaccounts;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.web.Datum;
import nl.thuisnabij.shared.web.Formuliervelden;
import nl.thuisnabij.shared.web.Formulierstap;
import nl.thuisnabij.shared.web.Getal;
import nl.thuisnabij.shared.web.Rollen;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pupils of a school site and their departure to another school, in or outside the SWV. */
@Controller
@PreAuthorize(Rollen.SCHOOL_OF_SWV_ZORG)
class LeerlingSchoolController {

    static final String PAD = "/swv/{swv}/vestigingen/{vestiging}/leerlingen";

    private final Leerlingen leerlingen;
    private final Ouderaccounts ouderaccounts;
    private final Register register;
    private final Clock klok;

    LeerlingSchoolController(Leerlingen leerlingen, Ouderaccounts ouderaccounts, Register register, Clock klok) {
        this.leerlingen = leerlingen;
        this.ouderaccounts = ouderaccounts;
        this.register = register;
        this.klok = klok;
    }

    @GetMapping(PAD)
    String lijst(@PathVariable String swv, @PathVariable long vestiging, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("school", register.vestigingVan(code, vestiging));
        model.addAttribute("leerlingen", leerlingen.vanVestiging(code, vestiging));
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "leerling/school";
    }

    @PostMapping(PAD + "/vertrek")
    String vertrek(@PathVariable String swv, @PathVariable long vestiging, @RequestParam long leerling, @RequestParam String naar,
            @RequestParam(required = false) String postcode, @RequestParam String per, RedirectAttributes doorsturen) {
        try {
            var datum = datum(per);
            leerlingen.vertrek(SwvCode.van(swv), vestiging, leerling, naar, postcode, datum);
            doorsturen.addFlashAttribute("melding", "Het vertrek is vastgelegd; de schoolgeschiedenis gaat mee.");
        } catch (OngeldigeInvoerException fout) {
            doorsturen.addFlashAttribute("fout", fout.getMessage());
        }
        return "redirect:/swv/%s/vestigingen/%d/leerlingen".formatted(swv, vestiging);
    }

    /** A residential placement as typed: an empty institution ends the one recorded. */
    record ResidentielePlaatsing(
            @NotBlank(message = "kies een leerling") @Getal(message = "kies een leerling uit de lijst") String leerling,
            @Size(max = 200, message = "ten hoogste 200 tekens") String instelling,
            @Datum String tot) {
    }

    /** WEC 40 lid 16: the school records a residential placement; for its duration the pupil needs no TLV. */
    @PostMapping(PAD + "/residentieel")
    ModelAndView residentieel(@PathVariable String swv, @PathVariable long vestiging, @Valid ResidentielePlaatsing invoer, BindingResult binding,
            Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("RESIDENTIEEL", invoer, binding).voerUit(() -> {
            leerlingen.legResidentielePlaatsingVast(SwvCode.van(swv), vestiging, Long.parseLong(invoer.leerling()), Formuliervelden.tekst(invoer.instelling()),
                    Formuliervelden.tekst(invoer.tot()) == null ? null : Formuliervelden.datum(invoer.tot()));
            return Formuliervelden.tekst(invoer.instelling()) == null ? "De residentiële plaatsing is beëindigd."
                    : "De residentiële plaatsing is vastgelegd: voor die tijd is geen toelaatbaarheidsverklaring nodig.";
        }, PAD.replace("{swv}", swv).replace("{vestiging}", String.valueOf(vestiging)), model, doorsturen, m -> lijst(swv, vestiging, m),
                "leerling/school");
    }

    record Ouderuitnodiging(
            @NotBlank(message = "kies een leerling") @Getal(message = "kies een leerling uit de lijst") String leerling,
            @NotBlank(message = "vul de naam van de ouder of verzorger in") @Size(max = 200, message = "ten hoogste 200 tekens") String naam,
            @NotBlank(message = "vul het e-mailadres in") @Size(max = 254, message = "ten hoogste 254 tekens") String email) {
    }

    /** The school invites a parent, who then follows this one child's requests, plans and registrations. */
    @PostMapping(PAD + "/ouders")
    @PreAuthorize("hasRole('SCHOOLDIRECTEUR') or hasRole('INTERN_BEGELEIDER')")
    ModelAndView nodigOuderUit(@PathVariable String swv, @PathVariable long vestiging, @Valid Ouderuitnodiging invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("OUDER", invoer, binding).voerUit(() -> {
            var code = SwvCode.van(swv);
            var kind = leerlingen.vanVestiging(code, vestiging).stream().filter(l -> String.valueOf(l.id()).equals(invoer.leerling().strip()))
                    .findFirst().orElseThrow(() -> new OngeldigeInvoerException("leerling", "kies een leerling van uw school"));
            var uitnodiging = ouderaccounts.nodigUit(code, invoer.naam(), invoer.email(), gebruiker);
            leerlingen.koppelOuderaccount(code, kind.id(), uitnodiging.gebruikerId());
            return uitnodiging.melding(kind.naam());
        }, PAD.replace("{swv}", swv).replace("{vestiging}", String.valueOf(vestiging)), model, doorsturen, m -> lijst(swv, vestiging, m),
                "leerling/school");
    }

    private static LocalDate datum(String invoer) {
        try {
            return LocalDate.parse(invoer);
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException("de datum van vertrek '%s' is geen geldige datum".formatted(invoer));
        }
    }
}
