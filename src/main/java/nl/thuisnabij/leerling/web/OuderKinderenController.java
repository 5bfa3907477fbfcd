package nl.thuisnabij.leerling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.Tijdlijn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A parent's children by name, each with what happened (newest first) and what comes next (soonest
 * first), gathered from every module that handles children, and whom to ask.
 */
@Controller
@PreAuthorize("hasRole('OUDER')")
class OuderKinderenController {

    /** One child with the steps behind and ahead, and the contact of the step that comes next (or else the latest). */
    record Kind(Leerling leerling, List<Tijdlijn.Moment> komt, List<Tijdlijn.Moment> gebeurd) {
        public String contact() {
            return (komt.isEmpty() ? gebeurd.stream() : komt.stream()).map(Tijdlijn.Moment::contact).findFirst().orElse(null);
        }
    }

    private final Leerlingen leerlingen;
    private final List<Tijdlijn> tijdlijnen;
    private final Clock klok;

    OuderKinderenController(Leerlingen leerlingen, List<Tijdlijn> tijdlijnen, Clock klok) {
        this.leerlingen = leerlingen;
        this.tijdlijnen = tijdlijnen;
        this.klok = klok;
    }

    @GetMapping("/ouder/kinderen")
    String kinderen(@AuthenticationPrincipal Gebruiker ouder, Model model) {
        var vandaag = LocalDate.now(klok);
        var eigen = leerlingen.vanOuder(ouder.id());
        Map<Long, List<Tijdlijn.Moment>> perKind = eigen.isEmpty() ? Map.of() : tijdlijnen.stream().flatMap(t -> t.vanKinderen(ouder, eigen, vandaag).stream())
                .collect(Collectors.groupingBy(Tijdlijn.Moment::leerlingId));
        var kinderen = eigen.stream().map(l -> {
            var momenten = perKind.getOrDefault(l.id(), List.of());
            return new Kind(l, momenten.stream().filter(Tijdlijn.Moment::verwacht).sorted(Comparator.comparing(Tijdlijn.Moment::datum)).toList(),
                    momenten.stream().filter(m -> !m.verwacht()).sorted(Comparator.comparing(Tijdlijn.Moment::datum).reversed()).toList());
        }).toList();
        model.addAttribute("kinderen", kinderen);
        model.addAttribute("vandaag", vandaag);
        return "leerling/ouder-kinderen";
    }
}
