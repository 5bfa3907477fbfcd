package nl.thuisnabij.ondersteuning;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.ondersteuning.persistence.OndersteuningRepository;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each SWV's own catalogue of support domains. An SWV starts from a common default and manages it
 * from there: add domains, rename them, set the level every member must offer, retire them.
 */
@Service
public class Catalogus {

    record Standaard(String code, String naam, Niveau vereist) {
    }

    static final List<Standaard> STANDAARD = List.of(
            new Standaard("lezen-dyslexie", "Lezen en dyslexie", Niveau.BASIS),
            new Standaard("rekenen-dyscalculie", "Rekenen en dyscalculie", Niveau.BASIS),
            new Standaard("taal-nt2", "Taal en NT2", Niveau.BASIS),
            new Standaard("gedrag", "Gedrag", Niveau.BASIS),
            new Standaard("sociaal-emotioneel", "Sociaal-emotionele ontwikkeling", Niveau.BASIS),
            new Standaard("adhd", "ADHD", Niveau.BASIS),
            new Standaard("autisme", "Autisme", Niveau.BASIS),
            new Standaard("begaafdheid", "(Hoog)begaafdheid", Niveau.BASIS),
            new Standaard("cognitieve-beperking", "Cognitieve beperking", Niveau.GEEN),
            new Standaard("lichamelijk-medisch", "Lichamelijke en medische zorg", Niveau.GEEN),
            new Standaard("zintuiglijk", "Zintuiglijke beperking", Niveau.GEEN));

    private final OndersteuningRepository repository;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    Catalogus(OndersteuningRepository repository, AuditLog auditLog, ApplicationEventPublisher events) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** All domains of the SWV, retired ones included; the default catalogue on first use. */
    @Transactional
    public List<Ondersteuningsdomein> alleDomeinen(SwvCode swv) {
        var domeinen = repository.findDomeinen(swv.waarde());
        if (!domeinen.isEmpty()) {
            return domeinen;
        }
        for (int i = 0; i < STANDAARD.size(); i++) {
            var standaard = STANDAARD.get(i);
            repository.saveDomein(swv.waarde(), standaard.code(), standaard.naam(), standaard.vereist(), (i + 1) * 10);
        }
        return repository.findDomeinen(swv.waarde());
    }

    @Transactional
    public List<Ondersteuningsdomein> actieveDomeinen(SwvCode swv) {
        return alleDomeinen(swv).stream().filter(Ondersteuningsdomein::actief).toList();
    }

    @Transactional
    public Map<Long, Ondersteuningsdomein> perId(SwvCode swv) {
        return alleDomeinen(swv).stream().collect(Collectors.toMap(Ondersteuningsdomein::id, Function.identity()));
    }

    @Transactional
    public void voegToe(SwvCode swv, String naam, Niveau vereist) {
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("naam", "vul de naam van het ondersteuningsdomein in");
        }
        var bestaand = alleDomeinen(swv);
        var code = naam.trim().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (code.isEmpty() || bestaand.stream().anyMatch(d -> d.code().equals(code) || d.naam().equalsIgnoreCase(naam.trim()))) {
            throw new OngeldigeInvoerException("naam", "ondersteuningsdomein '%s' bestaat al of heeft geen bruikbare naam".formatted(naam.trim()));
        }
        int volgorde = bestaand.stream().mapToInt(Ondersteuningsdomein::volgorde).max().orElse(0) + 10;
        repository.saveDomein(swv.waarde(), code, naam.trim(), vereist, volgorde);
        auditLog.schrijven(swv.waarde(), "ondersteuningsdomein", code, "domein toegevoegd");
        events.publishEvent(new AanbodGewijzigd(swv));
    }

    @Transactional
    public void wijzig(SwvCode swv, long id, String naam, Niveau vereist, boolean actief) {
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("naam", "vul de naam van het ondersteuningsdomein in");
        }
        if (!repository.updateDomein(swv.waarde(), id, naam.trim(), vereist, actief)) {
            throw new NietGevondenException("ondersteuningsdomein %d hoort niet bij %s".formatted(id, swv));
        }
        auditLog.schrijven(swv.waarde(), "ondersteuningsdomein", String.valueOf(id), "domein gewijzigd: vereist " + vereist);
        events.publishEvent(new AanbodGewijzigd(swv));
    }
}
