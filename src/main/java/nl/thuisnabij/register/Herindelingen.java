package nl.thuisnabij.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.persistence.GebiedRepository;
import nl.thuisnabij.register.persistence.RegioIndelingRepository;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies municipal renames and mergers. The regulation says they apply to the division
 * automatically; the old municipalities stay in the register as ended, pointing at their successor,
 * so searches on an old name still find the right SWV.
 */
@Service
public class Herindelingen {

    private final GebiedRepository gebieden;
    private final RegioIndelingRepository repository;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;

    Herindelingen(GebiedRepository gebieden, RegioIndelingRepository repository, ApplicationEventPublisher events,
            AuditLog auditLog) {
        this.gebieden = gebieden;
        this.repository = repository;
        this.events = events;
        this.auditLog = auditLog;
    }

    @Transactional
    public Herindeling voerUit(List<String> oudeNamen, String nieuweNaam, LocalDate ingangsdatum, String door) {
        var namen = new LinkedHashSet<String>();
        oudeNamen.stream().map(String::trim).filter(naam -> !naam.isEmpty()).forEach(namen::add);
        if (namen.isEmpty()) {
            throw new OngeldigeInvoerException("noem ten minste één bestaande gemeente");
        }
        if (nieuweNaam == null || nieuweNaam.isBlank()) {
            throw new OngeldigeInvoerException("vul de naam van de nieuwe gemeente in");
        }
        if (ingangsdatum == null) {
            throw new OngeldigeInvoerException("vul de ingangsdatum van de herindeling in");
        }
        var nieuw = nieuweNaam.trim();
        var oudeIds = new ArrayList<Long>();
        var oudeNamenExact = new ArrayList<String>();
        for (var naam : namen) {
            var gemeente = gebieden.findGemeentenByNaam(naam).stream().filter(GebiedRepository.Gemeente::actief).findFirst()
                    .orElseThrow(() -> new OngeldigeInvoerException("gemeente '%s' bestaat niet (meer) in het register".formatted(naam)));
            oudeIds.add(gemeente.id());
            oudeNamenExact.add(gemeente.naam());
        }
        if (namen.size() == 1 && oudeNamenExact.getFirst().equalsIgnoreCase(nieuw)) {
            throw new OngeldigeInvoerException("de nieuwe naam is gelijk aan de oude; er valt niets te wijzigen");
        }
        boolean naamBezetBuitenHerindeling = gebieden.findGemeentenByNaam(nieuw).stream()
                .anyMatch(g -> g.actief() && !oudeIds.contains(g.id()));
        if (naamBezetBuitenHerindeling) {
            throw new OngeldigeInvoerException(
                    "gemeente '%s' bestaat al; neem haar op bij de oude gemeenten als zij in de samenvoeging opgaat".formatted(nieuw));
        }
        var soort = namen.size() == 1 ? "NAAMWIJZIGING" : "SAMENVOEGING";
        long nieuwId = repository.herindeel(oudeIds, nieuw, ingangsdatum, soort, oudeNamenExact, door);
        events.publishEvent(new GemeentenHeringedeeld(List.copyOf(oudeIds), nieuwId, nieuw, ingangsdatum));
        auditLog.schrijven(null, "gemeente", String.valueOf(nieuwId),
                "%s: %s → %s per %s".formatted(soort.toLowerCase(), String.join(", ", oudeNamenExact), nieuw, ingangsdatum));
        return new Herindeling(ingangsdatum, oudeNamenExact, nieuw, door);
    }

    @Transactional(readOnly = true)
    public List<Herindeling> overzicht() {
        return repository.herindelingen().stream()
                .map(h -> new Herindeling(h.ingangsdatum(), h.oudeGemeenten(), h.nieuweGemeente(), h.uitgevoerdDoor()))
                .toList();
    }
}
