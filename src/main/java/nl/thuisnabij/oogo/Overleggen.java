package nl.thuisnabij.oogo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.oogo.persistence.OverlegRepository;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OOGO record: the SWV's care staff record meetings and agreements; the municipalities that
 * took part see them and report agreements done. Nobody sees a meeting their organisation was not in.
 */
@Service
public class Overleggen {

    private final OverlegRepository repository;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    Overleggen(OverlegRepository repository, Register register, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    @Transactional(readOnly = true)
    public List<Overleg> vanSwv(SwvCode swv) {
        return repository.findBySwv(swv);
    }

    @Transactional(readOnly = true)
    public List<Overleg> vanGemeente(long gemeenteId) {
        return repository.findByGemeente(gemeenteId);
    }

    @Transactional(readOnly = true)
    public Overleg overleg(long id, Gebruiker kijker) {
        return zichtbaar(id, kijker);
    }

    @Transactional
    public long legVast(SwvCode swv, LocalDate datum, Overleg.Onderwerp onderwerp, String deelnemers, Set<Long> gemeenten, Gebruiker door) {
        var vanSwv = register.gemeenten(swv).stream().map(Register.GemeenteInfo::id).collect(Collectors.toSet());
        long id = repository.save(Overleg.vastleggen(swv, datum, onderwerp, deelnemers, gemeenten, vanSwv, door.naam(), vandaag())).id();
        auditLog.schrijven(swv.waarde(), "oogo", String.valueOf(id), "OOGO vastgelegd: " + onderwerp.omschrijving());
        return id;
    }

    @Transactional
    public void legAfspraakVast(long id, int versie, String afspraak, String eigenaar, LocalDate uiterlijk, Gebruiker door) {
        if (door.scope() != Rol.Scope.SWV) {
            throw new AccessDeniedException("afspraken legt het samenwerkingsverband vast");
        }
        wijzig(id, versie, door, "OOGO-afspraak vastgelegd", o -> o.legAfspraakVast(afspraak, eigenaar, uiterlijk));
    }

    @Transactional
    public void meldGereed(long id, int versie, int volgnummer, Gebruiker door) {
        wijzig(id, versie, door, "OOGO-afspraak " + volgnummer + " gereed gemeld door " + door.naam(), o -> o.meldGereed(volgnummer, vandaag()));
    }

    private void wijzig(long id, int versie, Gebruiker door, String omschrijving, Consumer<Overleg> stap) {
        var overleg = zichtbaar(id, door);
        if (overleg.versie() != versie) {
            throw gelijktijdig();
        }
        stap.accept(overleg);
        try {
            repository.save(overleg);
        } catch (OptimisticLockingFailureException e) {
            throw gelijktijdig();
        }
        auditLog.schrijven(overleg.swv().waarde(), "oogo", String.valueOf(id), omschrijving);
    }

    /** The SWV's own staff, or a municipality that took part; anyone else finds nothing. */
    private Overleg zichtbaar(long id, Gebruiker kijker) {
        var overleg = repository.findById(id).orElseThrow(() -> new NietGevondenException("overleg %d bestaat niet".formatted(id)));
        boolean swv = kijker.scope() == Rol.Scope.SWV && overleg.swv().waarde().equals(kijker.swvCode());
        boolean gemeente = kijker.scope() == Rol.Scope.GEMEENTE && kijker.gemeenteId() != null && overleg.metGemeente(kijker.gemeenteId());
        if (!swv && !gemeente) {
            auditLog.geweigerd(overleg.swv().waarde(), "oogo", String.valueOf(id), "geen toegang tot dit overleg");
            throw new NietGevondenException("overleg %d bestaat niet".formatted(id));
        }
        return overleg;
    }

    private static GelijktijdigeWijzigingException gelijktijdig() {
        return new GelijktijdigeWijzigingException(
                "Iemand anders heeft dit overleg intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");
    }
}
