package nl.thuisnabij.aanvraag.web;

import nl.thuisnabij.aanvraag.Aanvraaglijsten;
import nl.thuisnabij.aanvraag.Aanvragen;
import nl.thuisnabij.aanvraag.Beoordeling;
import nl.thuisnabij.aanvraag.Bezwaar;
import nl.thuisnabij.aanvraag.Bijlagen;
import nl.thuisnabij.shared.NietGevondenException;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.web.Formulierstap;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Parents see their own child's requests and decisions, give their view, object, download letters. */
@Controller
@PreAuthorize("hasRole('OUDER')")
class OuderAanvraagController {

    private final Aanvragen aanvragen;
    private final Beoordeling beoordeling;
    private final Aanvraaglijsten lijsten;
    private final Bijlagen bijlagen;

    OuderAanvraagController(Aanvragen aanvragen, Beoordeling beoordeling, Aanvraaglijsten lijsten, Bijlagen bijlagen) {
        this.bijlagen = bijlagen;
        this.aanvragen = aanvragen;
        this.beoordeling = beoordeling;
        this.lijsten = lijsten;
    }

    @GetMapping("/ouder/aanvragen")
    String lijst(@AuthenticationPrincipal Gebruiker ouder, Model model) {
        model.addAttribute("aanvragen", lijsten.vanOuder(ouder));
        return "aanvraag/ouder";
    }

    @GetMapping("/ouder/aanvragen/{swv}/{aanvraag}")
    String detail(@PathVariable String swv, @PathVariable long aanvraag, @AuthenticationPrincipal Gebruiker ouder, Model model) {
        AanvraagWeb.detail(model, aanvragen.detail(SwvCode.van(swv), aanvraag, ouder), ouder, "/ouder/aanvragen/%s/%d".formatted(swv,
                aanvraag), java.util.List.of());
        return "aanvraag/detail";
    }

    @PostMapping("/ouder/aanvragen/{swv}/{aanvraag}/zienswijze")
    ModelAndView zienswijze(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Zienswijze invoer, BindingResult binding,
            @AuthenticationPrincipal Gebruiker ouder, Model model, RedirectAttributes doorsturen) {
        return stap("ZIENSWIJZE_GEVEN", invoer, binding, swv, aanvraag, ouder, model, doorsturen, () -> {
            aanvragen.legZienswijzeVast(SwvCode.van(swv), aanvraag, invoer.geladenVersie(), ouder, invoer.zienswijze(), invoer.oudersStemmenIn());
            return "Uw zienswijze is vastgelegd.";
        });
    }

    @PostMapping("/ouder/aanvragen/{swv}/{aanvraag}/bezwaar")
    ModelAndView bezwaar(@PathVariable String swv, @PathVariable long aanvraag, @Valid Stapformulieren.Bezwaarschrift invoer, BindingResult binding, @AuthenticationPrincipal Gebruiker ouder, Model model,
            RedirectAttributes doorsturen) {
        return stap("BEZWAAR_INDIENEN", invoer, binding, swv, aanvraag, ouder, model, doorsturen, () -> {
            beoordeling.dienBezwaarIn(SwvCode.van(swv), aanvraag, ouder, Bezwaar.Indiener.OUDERS, invoer.gronden(), invoer.meegestuurd());
            // the receipt: what was received and when, and by when the SWV decides (Awb 6:14, 7:10)
            var a = aanvragen.detail(SwvCode.van(swv), aanvraag, ouder).aanvraag();
            var ontvangen = a.bezwaren().getLast();
            return "Uw bezwaar is ontvangen op %s. Het samenwerkingsverband beslist uiterlijk %s. U krijgt de beslissing in een brief."
                    .formatted(Datumnotatie.lang(ontvangen.ingediendOp()), Datumnotatie.lang(ontvangen.beslissenUiterlijk(a.soort())));
        });
    }

    /** Parents read the documents sent with an objection; the request's other attachments are the school's file. */
    @GetMapping("/ouder/aanvragen/{swv}/{aanvraag}/bezwaarstukken/{bijlage}")
    ResponseEntity<byte[]> bezwaarstuk(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable long bijlage,
            @AuthenticationPrincipal Gebruiker ouder) {
        var code = SwvCode.van(swv);
        var stuk = aanvragen.detail(code, aanvraag, ouder).bijlagen().stream().filter(b -> b.id() == bijlage && b.hoortBijBezwaar()).findFirst()
                .orElseThrow(() -> new NietGevondenException("dit stuk hoort niet bij een bezwaar op deze aanvraag"));
        return AanvraagWeb.download(bijlagen.bijlage(code, aanvraag, bijlage, ouder), stuk.bestandsnaam(), MediaType.parseMediaType(stuk.mediatype()));
    }

    @GetMapping("/ouder/aanvragen/{swv}/{aanvraag}/besluiten/{nummer}/brief")
    ResponseEntity<byte[]> brief(@PathVariable String swv, @PathVariable long aanvraag, @PathVariable int nummer,
            @AuthenticationPrincipal Gebruiker ouder) {
        var code = SwvCode.van(swv);
        return AanvraagWeb.brief(aanvragen.besluitbrief(code, aanvraag, nummer, ouder), code, aanvraag, nummer);
    }

    private ModelAndView stap(String stap, Record invoer, BindingResult binding, String swv, long aanvraag, Gebruiker ouder, Model model,
            RedirectAttributes doorsturen, Supplier<String> uitvoering) {
        return new Formulierstap(stap, invoer, binding).voerUit(uitvoering, "/ouder/aanvragen/%s/%d".formatted(swv, aanvraag), model, doorsturen,
                m -> detail(swv, aanvraag, ouder, m), "aanvraag/detail");
    }
}
