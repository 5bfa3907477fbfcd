package nl.thuisnabij.leerling.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.Vindplaatsen;
import nl.thuisnabij.register.SwvCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box on every page: a pupil by name, across the modules, showing only the records the
 * user may open; a pupil of whom the user may see nothing is not found. Only the pupils shown are
 * read (and audit-logged).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ZoekController {

    /** A pupil found, with where the user can open their records. */
    record Gevonden(Leerling leerling, List<Vindplaatsen.Vindplaats> vindplaatsen) {
    }

    private static final int MEESTE = 50;

    private final Leerlingen leerlingen;
    private final List<Vindplaatsen> vindplaatsen;

    ZoekController(Leerlingen leerlingen, List<Vindplaatsen> vindplaatsen) {
        this.leerlingen = leerlingen;
        this.vindplaatsen = vindplaatsen;
    }

    @GetMapping("/zoeken")
    String zoek(@RequestParam(required = false) String naam, @AuthenticationPrincipal Gebruiker gebruiker, Model model) {
        model.addAttribute("naam", naam);
        if (naam == null || naam.strip().length() < 2) {
            model.addAttribute("teKort", naam != null);
            return "leerling/zoeken";
        }
        // only the staff of an SWV and of its schools work with pupils' records; anyone else finds no one
        if (gebruiker.swvCode() == null || !(gebruiker.scope() == Rol.Scope.SWV || gebruiker.scope() == Rol.Scope.SCHOOL)) {
            model.addAttribute("gevonden", List.of());
            return "leerling/zoeken";
        }
        var swv = new SwvCode(gebruiker.swvCode());
        var ids = leerlingen.idsMetNaam(swv, naam.strip());
        var plaatsen = vindplaatsen.stream().flatMap(v -> v.van(gebruiker, swv, ids).stream())
                .collect(Collectors.groupingBy(Vindplaatsen.Vindplaats::leerlingId));
        var zichtbaar = plaatsen.keySet().stream().limit(MEESTE).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        var gevonden = leerlingen.vindAlle(swv, zichtbaar, "gezocht op naam").values().stream()
                .map(l -> new Gevonden(l, plaatsen.get(l.id())))
                .sorted(Comparator.comparing((Gevonden g) -> g.leerling().achternaam()).thenComparing(g -> g.leerling().voornaam()))
                .toList();
        model.addAttribute("gevonden", gevonden);
        model.addAttribute("meer", plaatsen.size() > MEESTE);
        return "leerling/zoeken";
    }
}
