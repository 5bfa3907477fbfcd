package nl.thuisnabij.ondersteuning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.ondersteuning.persistence.OndersteuningRepository;
import nl.thuisnabij.ondersteuning.persistence.OndersteuningRepository.AanbodRegel;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schoolondersteuningsprofielen of an SWV's member schools, one version per school year. */
@Service
public class Ondersteuningsprofielen {

    private final Clock klok;
    private final OndersteuningRepository repository;
    private final Catalogus catalogus;
    private final Register register;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    Ondersteuningsprofielen(OndersteuningRepository repository, Catalogus catalogus, Register register, AuditLog auditLog, Clock klok,
            ApplicationEventPublisher events) {
        this.events = events;
        this.klok = klok;
        this.repository = repository;
        this.catalogus = catalogus;
        this.register = register;
        this.auditLog = auditLog;
    }

    /** The profile in force: the newest one up to the current school year. */
    @Transactional
    public Optional<Schoolondersteuningsprofiel> huidig(SwvCode swv, long vestigingId, LocalDate vandaag) {
        return Optional.ofNullable(repository.findHuidige(swv.waarde(), Schooljaar.van(vandaag), catalogus.perId(swv)).get(vestigingId));
    }

    @Transactional
    public Optional<Schoolondersteuningsprofiel> van(SwvCode swv, long vestigingId, Schooljaar schooljaar) {
        return repository.find(swv.waarde(), vestigingId, schooljaar, catalogus.perId(swv));
    }

    @Transactional(readOnly = true)
    public List<Schooljaar> schooljaren(SwvCode swv, long vestigingId) {
        return repository.findSchooljaren(swv.waarde(), vestigingId);
    }

    @Transactional
    public Map<Long, Schoolondersteuningsprofiel> huidigeVanSwv(SwvCode swv, LocalDate vandaag) {
        return repository.findHuidige(swv.waarde(), Schooljaar.van(vandaag), catalogus.perId(swv));
    }

    /** Sets (or corrects) the profile of a school year; a stale form is refused, never overwrites. */
    @Transactional
    public void legVast(SwvCode swv, long vestigingId, Schooljaar schooljaar, LocalDate vastgesteldOp, int beschikbarePlaatsen,
            String toelichting, List<AanbodInvoer> aanbod, Integer gelezenVersie) {
        vestigingVan(swv, vestigingId);
        if (vastgesteldOp == null || vastgesteldOp.isAfter(LocalDate.now(klok))) {
            throw new OngeldigeInvoerException("vastgesteldOp", "de vaststellingsdatum ontbreekt of ligt in de toekomst");
        }
        if (beschikbarePlaatsen < 0) {
            throw new OngeldigeInvoerException("beschikbarePlaatsen", "het aantal beschikbare plaatsen kan niet negatief zijn");
        }
        var domeinen = catalogus.perId(swv);
        for (var invoer : aanbod) {
            if (!domeinen.containsKey(invoer.domeinId())) {
                throw new OngeldigeInvoerException("ondersteuningsdomein %d hoort niet bij de catalogus van %s".formatted(invoer.domeinId(), swv));
            }
        }
        var bestaand = repository.find(swv.waarde(), vestigingId, schooljaar, domeinen);
        long sopId;
        if (bestaand.isPresent()) {
            if (gelezenVersie == null || !repository.update(bestaand.get().id(), gelezenVersie, vastgesteldOp, beschikbarePlaatsen, leegIsNull(toelichting))) {
                throw new GelijktijdigeWijzigingException(
                        "Iemand anders heeft het ondersteuningsprofiel %s intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe versie en voer uw wijziging opnieuw in."
                                .formatted(schooljaar));
            }
            sopId = bestaand.get().id();
        } else {
            sopId = repository.insert(swv.waarde(), vestigingId, schooljaar, vastgesteldOp, beschikbarePlaatsen, leegIsNull(toelichting));
        }
        repository.vervangAanbod(sopId, aanbod.stream()
                .map(a -> new AanbodRegel(a.domeinId(), a.niveau(), leegIsNull(a.expertise()), leegIsNull(a.voorzieningen()),
                        leegIsNull(a.capaciteit())))
                .toList());
        auditLog.schrijven(swv.waarde(), "ondersteuningsprofiel", vestigingId + "/" + schooljaar, "ondersteuningsprofiel vastgelegd");
        events.publishEvent(new AanbodGewijzigd(swv));
    }

    /**
     * Member schools whose profile in force covers every need at the level asked, excluding the
     * given ones (the school of registration, schools that already declined).
     */
    @Transactional
    public List<Kandidaat> dieBieden(SwvCode swv, Map<Long, Niveau> behoeften, Set<Long> uitgezonderd, LocalDate vandaag) {
        return huidigeVanSwv(swv, vandaag).values().stream()
                .filter(sop -> !uitgezonderd.contains(sop.vestigingId()))
                .filter(sop -> behoeften.entrySet().stream().allMatch(b -> sop.niveauVoor(b.getKey()).dekt(b.getValue())))
                .map(sop -> new Kandidaat(sop.vestigingId(), sop.beschikbarePlaatsen()))
                .sorted(Comparator.comparingLong(Kandidaat::vestigingId))
                .toList();
    }

    public Vestiging vestigingVan(SwvCode swv, long vestigingId) {
        return register.vestiging(vestigingId).filter(v -> v.swv().equals(swv))
                .orElseThrow(() -> new NietGevondenException("vestiging %d hoort niet bij %s".formatted(vestigingId, swv)));
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }
}
