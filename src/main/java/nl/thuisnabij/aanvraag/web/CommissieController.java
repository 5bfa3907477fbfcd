package nl.thuisnabij.aanvraag.web;

import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Commissie;
import nl.thuisnabij.aanvraag.Commissievergadering;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.web.Formulierstap;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SWV's commission: meetings, who attended, minutes; the requests on each agenda. */
@Controller
class CommissieController {

    private final Commissie commissie;
    private final Aanvraaglijsten lijsten;
    private final Register register;
    private final nl.thuisnabij.aanvraag.Beoordeling beoordeling;

    CommissieController(Commissie commissie, Aanvraaglijsten lijsten, Register register, nl.thuisnabij.aanvraag.Beoordeling beoordeling) {
        this.beoordeling = beoordeling;
        this.commissie = commissie;
        this.lijsten = lijsten;
        this.register = register;
    }

    @GetMapping("/swv/{swv}/commissie")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS + " or hasRole('COMMISSIELID')")
    String commissie(@PathVariable String swv, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        var code = SwvCode.van(swv);
        model.addAttribute("swv", register.bestaandSamenwerkingsverband(code));
        var vergaderingen = commissie.vergaderingen(code);
        model.addAttribute("vergaderingen", vergaderingen);
        model.addAttribute("aanvragen", lijsten.opAgenda(code, gebruiker, vergaderingen.stream().map(Commissievergadering::id).toList()));
        model.addAttribute("medewerkers", commissie.mogelijkeAanwezigen(code));
        return "aanvraag/commissie";
    }

    @PostMapping("/swv/{swv}/commissie")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ModelAndView planVergadering(@PathVariable String swv, @Valid Beheerformulieren.Vergadering invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("VERGADERING_PLANNEN", invoer, binding).voerUit(() -> {
            commissie.planVergadering(SwvCode.van(swv), invoer.dag(), invoer.tijd(), invoer.plaats());
            return "De vergadering is gepland.";
        }, "/swv/" + swv + "/commissie", model, doorsturen, m -> commissie(swv, gebruiker, m), "aanvraag/commissie");
    }

    @PostMapping("/swv/{swv}/commissie/{vergadering}/aanwezige")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ModelAndView registreerAanwezige(@PathVariable String swv, @PathVariable long vergadering, @Valid Beheerformulieren.Aanwezige invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("AANWEZIGE-" + vergadering, invoer, binding).voerUit(() -> {
            commissie.registreerAanwezige(SwvCode.van(swv), vergadering, invoer.medewerker(), invoer.rol());
            return "De aanwezige is toegevoegd.";
        }, "/swv/" + swv + "/commissie", model, doorsturen, m -> commissie(swv, gebruiker, m), "aanvraag/commissie");
    }

    /** The agenda, attendance and minutes of one meeting as a PDF to send to the members; the pupils on it are audit-logged as read. */
    @GetMapping("/swv/{swv}/commissie/{vergadering}.pdf")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS + " or hasRole('COMMISSIELID')")
    org.springframework.http.ResponseEntity<byte[]> alsPdf(@PathVariable String swv, @PathVariable long vergadering,
            @AuthenticationPrincipal Gebruiker gebruiker) {
        var code = SwvCode.van(swv);
        var v = commissie.vergaderingen(code).stream().filter(x -> x.id() == vergadering).findFirst()
                .orElseThrow(() -> new nl.thuisnabij.shared.NietGevondenException("deze vergadering hoort niet bij " + code));
        var agenda = lijsten.opAgenda(code, gebruiker, java.util.List.of(vergadering)).stream()
                .map(o -> java.util.List.of(o.kenmerk(), o.leerling().naam(), o.soort().omschrijving(), o.school().naam(),
                        o.status().omschrijving() + (o.uitkomst() == null ? "" : ", " + o.uitkomst().omschrijving())))
                .toList();
        var rapport = new nl.thuisnabij.shared.Rapport("Commissievergadering " + register.bestaandSamenwerkingsverband(code).weergavenaam(),
                v.wanneerEnWaar(), java.util.List.of(
                        new nl.thuisnabij.shared.Rapport.Tabel("Agenda", java.util.List.of("Kenmerk", "Leerling", "Soort", "School", "Stand"), agenda),
                        new nl.thuisnabij.shared.Rapport.Tabel("Aanwezig", java.util.List.of("Naam", "Rol"),
                                v.aanwezigen().stream().map(a -> java.util.List.of(a.naam(), a.rol())).toList()),
                        new nl.thuisnabij.shared.Rapport.Tabel("Notulen", java.util.List.of("Notulen"),
                                java.util.List.of(java.util.List.of(v.notulen() == null ? "Nog geen notulen." : v.notulen())))));
        return nl.thuisnabij.shared.web.Rapportbestanden.alsDownload(rapport, "pdf", "commissie-" + code.waarde() + "-" + v.datum());
    }

    @PostMapping("/swv/{swv}/commissie/{vergadering}/agenda/{aanvraag}/verwijderen")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ModelAndView haalVanAgenda(@PathVariable String swv, @PathVariable long vergadering, @PathVariable long aanvraag,
            @Valid Beheerformulieren.VanAgenda invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model,
            RedirectAttributes doorsturen) {
        return new Formulierstap("AGENDA-" + vergadering, invoer, binding).voerUit(() -> {
            beoordeling.haalVanAgenda(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), gebruiker);
            return "De aanvraag staat niet meer op de agenda van deze vergadering.";
        }, "/swv/" + swv + "/commissie", model, doorsturen, m -> commissie(swv, gebruiker, m), "aanvraag/commissie");
    }

    @PostMapping("/swv/{swv}/commissie/{vergadering}/notulen")
    @PreAuthorize(AanvraagSwvController.BEHANDELAARS)
    ModelAndView legNotulenVast(@PathVariable String swv, @PathVariable long vergadering, @Valid Beheerformulieren.Notulen invoer,
            BindingResult binding, @AuthenticationPrincipal Gebruiker gebruiker, Model model, RedirectAttributes doorsturen) {
        return new Formulierstap("NOTULEN-" + vergadering, invoer, binding).voerUit(() -> {
            commissie.legNotulenVast(SwvCode.van(swv), vergadering, invoer.geladenVersie(), invoer.notulen());
            return "De notulen zijn opgeslagen.";
        }, "/swv/" + swv + "/commissie", model, doorsturen, m -> commissie(swv, gebruiker, m), "aanvraag/commissie");
    }
}
