package nl.thuisnabij.aanvraag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import nl.thuisnabij.aanmelding.Aanmeldingen;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What every step on one request shares: reading it only when the viewer may see it, saving it only when nobody changed it meanwhile. */
@Component
class Aanvraagwerk {

    private final AanvraagRepository repository;
    private final Leerlingen leerlingen;
    private final AuditLog auditLog;
    private final Clock klok;
    private final Aanmeldingen aanmeldingen;

    Aanvraagwerk(AanvraagRepository repository, Leerlingen leerlingen, AuditLog auditLog, Clock klok, Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    Aanvraag zichtbaar(SwvCode swv, long id, Gebruiker kijker) {
        var aanvraag = repository.findById(swv, id).orElseThrow(() -> new NietGevondenException("aanvraag %d bestaat niet".formatted(id)));
        var leerling = leerlingen.vind(swv, aanvraag.leerlingId()).orElse(null);
        if (!AanvraagToegang.magZien(kijker, aanvraag, leerling, aangemeldBijSchool(swv, kijker, aanvraag.leerlingId()))) {
            auditLog.geweigerd(swv.waarde(), "aanvraag", String.valueOf(id), "geen toegang tot deze aanvraag");
            // answered as if absent, so nobody can probe which ids exist; the audit log keeps the refusal
            throw new NietGevondenException("aanvraag %d bestaat niet".formatted(id));
        }
        return aanvraag;
    }

    /** For a school user: whether the pupil is registered at the user's school and under investigation there. */
    boolean aangemeldBijSchool(SwvCode swv, Gebruiker kijker, long leerlingId) {
        return AanvraagToegang.isSchool(kijker) && kijker.vestigingId() != null
                && aanmeldingen.inOnderzoekBij(swv, kijker.vestigingId()).contains(leerlingId);
    }

    /** The pupils a school may ask for: its own, and those registered there and under investigation (WPO 18a lid 6c). */
    Set<Long> leerlingenVanSchool(SwvCode swv, long vestigingId) {
        var ids = new HashSet<>(leerlingen.idsVanVestiging(swv, vestigingId));
        ids.addAll(aanmeldingen.inOnderzoekBij(swv, vestigingId));
        return ids;
    }

    /**
     * Takes one step on a request: only by whom the step belongs to, only on the version the person
     * saw; the request itself refuses a step its state does not allow.
     */
    Aanvraag wijzig(SwvCode swv, long id, int versie, Gebruiker door, Aanvraagstap stap, String omschrijving, Consumer<Aanvraag> uitvoering) {
        vereisStap(door, stap);
        var aanvraag = zichtbaar(swv, id, door);
        if (aanvraag.versie() != versie) {
            throw gelijktijdig();
        }
        uitvoering.accept(aanvraag);
        try {
            // publishes the request's events in this transaction, so the event publication registry keeps them with the change they report
            repository.save(aanvraag);
        } catch (OptimisticLockingFailureException e) {
            throw gelijktijdig();
        }
        auditLog.schrijven(swv.waarde(), "aanvraag", String.valueOf(id), omschrijving);
        return aanvraag;
    }

    /**
     * Takes a step in memory only, with every check of {@link #wijzig}, to show what it would do —
     * a decision's letter before the decision is final. Nothing is saved, logged as a change or published.
     */
    Aanvraag probeer(SwvCode swv, long id, int versie, Gebruiker door, Aanvraagstap stap, Consumer<Aanvraag> uitvoering) {
        vereisStap(door, stap);
        var aanvraag = zichtbaar(swv, id, door);
        if (aanvraag.versie() != versie) {
            throw gelijktijdig();
        }
        uitvoering.accept(aanvraag);
        return aanvraag;
    }

    LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** Each step belongs to some capacities; pages offer it only to them, and the services refuse anyone else. */
    static void vereisStap(Gebruiker door, Aanvraagstap stap) {
        if (!stap.magDoor(AanvraagToegang.betrokkene(door))) {
            throw new AccessDeniedException("deze stap is voorbehouden aan " + stap.voorbehoudenAan());
        }
    }

    private static GelijktijdigeWijzigingException gelijktijdig() {
        return new GelijktijdigeWijzigingException(
                "Iemand anders heeft deze aanvraag intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");
    }
}
