package nl.thuisnabij.thuiszitter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.thuiszitter.persistence.ThuiszitterRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thuiszitters register: reporting a case, its plan, solving it, the lists per SWV, school and
 * municipality, and the daily escalation (the counts and reports are {@link Thuiszittercijfers}). Every read and write of a case is
 * audit-logged in the case's SWV.
 */
@Service
public class Thuiszitters {

    /** A case on a list: the child, the school, and how long the child has been out of school. */
    public record Overzicht(Thuiszitter zaak, Leerling leerling, Vestiging school, Duurgroep duurgroep, long dagen) {
    }

    private final ThuiszitterRepository repository;
    private final Leerlingen leerlingen;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    Thuiszitters(ThuiszitterRepository repository, Leerlingen leerlingen, Register register, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /**
     * Reports a case for a pupil of the SWV. A school reports only its own pupils; the case is for
     * the municipality where the pupil lives, whose leerplichtambtenaar then sees it.
     */
    @Transactional
    public long meld(SwvCode swv, long leerlingId, Verzuimsoort soort, Verzuimreden reden, LocalDate sinds, Gebruiker door) {
        if (!ThuiszitterToegang.isSwvZorg(door) && door.scope() != Rol.Scope.SCHOOL) {
            throw new AccessDeniedException("alleen een school of het samenwerkingsverband meldt een leerling; leerplicht meldt een kind zonder school");
        }
        return registreer(swv, leerlingId, soort, reden, sinds, door);
    }

    private long registreer(SwvCode swv, long leerlingId, Verzuimsoort soort, Verzuimreden reden, LocalDate sinds, Gebruiker door) {
        var leerling = leerlingen.vind(swv, leerlingId)
                .filter(l -> door.scope() != Rol.Scope.SCHOOL || door.vestigingId().equals(l.vestigingId()))
                .orElseThrow(() -> new OngeldigeInvoerException("leerling", "kies een leerling uit de lijst"));
        var gemeente = leerling.woontInBuitenland() ? null : register.gemeenteVan(leerling.postcode().pc4()).flatMap(register::gemeenteId).orElse(null);
        var school = soort == Verzuimsoort.ABSOLUUT_VERZUIM ? null : leerling.vestigingId();
        if (soort != null && soort != Verzuimsoort.ABSOLUUT_VERZUIM && school == null) {
            throw new OngeldigeInvoerException("soort", "deze leerling staat op geen school ingeschreven: kies absoluut verzuim");
        }
        if (soort == Verzuimsoort.ABSOLUUT_VERZUIM && door.scope() == Rol.Scope.SCHOOL) {
            throw new OngeldigeInvoerException("soort", "een leerling van uw school is ingeschreven: kies langdurig relatief verzuim of dreigend");
        }
        var zaak = repository.save(Thuiszitter.meld(swv, leerlingId, school, gemeente, soort, reden, sinds,
                sinds == null ? null : leerling.leeftijdOp(sinds), door.naam(), vandaag()));
        auditLog.schrijven(swv.waarde(), "thuiszitter", String.valueOf(zaak.id()), "thuiszitter gemeld: " + soort.omschrijving());
        return zaak.id();
    }

    /**
     * Reports a child who is at no school (absoluut verzuim), with the minimal data of a new pupil
     * record. The SWV reports for its own area. The leerplichtambtenaar reports children living in
     * their municipality; the case goes to the SWV of the child's home postcode, primary under 12,
     * secondary from 12 (the age pupils move on to VO).
     */
    @Transactional
    public long meldZonderSchool(NieuweLeerling kind, Verzuimreden reden, LocalDate sinds, Gebruiker door) {
        SwvCode swv;
        if (ThuiszitterToegang.isSwvZorg(door)) {
            swv = SwvCode.van(door.swvCode());
        } else if (door.heeftRol(Rol.LEERPLICHTAMBTENAAR) && door.gemeenteId() != null) {
            var gemeente = register.gemeenteVan(kind.postcode().pc4()).flatMap(register::gemeenteId);
            if (gemeente.isEmpty() || !gemeente.get().equals(door.gemeenteId())) {
                throw new OngeldigeInvoerException("postcode", "dit kind woont volgens de postcode niet in uw gemeente");
            }
            var sector = sinds != null && kind.geboortedatum() != null && kind.geboortedatum().plusYears(12).isAfter(sinds) ? "PO" : "VO";
            swv = register.zoekOpPostcode(kind.postcode().compact()) instanceof nl.thuisnabij.register.Zoekresultaat.Gevonden gevonden
                    ? gevonden.samenwerkingsverbanden().stream().map(nl.thuisnabij.register.Samenwerkingsverband::code)
                            .filter(c -> c.waarde().startsWith(sector)).findFirst()
                            .orElseThrow(() -> new OngeldigeInvoerException("postcode", "bij deze postcode hoort geen samenwerkingsverband " + sector))
                    : null;
            if (swv == null) {
                throw new OngeldigeInvoerException("postcode", "bij deze postcode hoort geen samenwerkingsverband");
            }
        } else {
            throw new AccessDeniedException("alleen het samenwerkingsverband of de leerplichtambtenaar meldt een kind zonder school");
        }
        long leerling = leerlingen.registreer(swv, kind);
        return registreer(swv, leerling, Verzuimsoort.ABSOLUUT_VERZUIM, reden, sinds, door);
    }

    /** One case, if this person may see it; otherwise answered as absent, and the refusal logged. */
    @Transactional(readOnly = true)
    public Overzicht zaak(long id, Gebruiker kijker) {
        var zaak = zichtbaar(id, kijker);
        auditLog.lezen(zaak.swv().waarde(), "thuiszitter", String.valueOf(id), "thuiszitter bekeken");
        return overzichten(List.of(zaak), "thuiszitter bekeken").getFirst();
    }

    @Transactional(readOnly = true)
    public List<Overzicht> vanSwv(SwvCode swv) {
        return overzichten(repository.findBySwv(swv), "thuiszittersregister");
    }

    @Transactional(readOnly = true)
    public List<Overzicht> vanVestiging(SwvCode swv, long vestigingId) {
        return overzichten(repository.findByVestiging(swv, vestigingId), "thuiszitters van de school");
    }

    /**
     * The cases of children living in the user's municipality: for the leerplichtambtenaar all of
     * them, for the youth care team those whose parents' consent runs today.
     */
    @Transactional(readOnly = true)
    public List<Overzicht> vanGemeente(Gebruiker kijker) {
        if (kijker.gemeenteId() == null || !(kijker.heeftRol(Rol.LEERPLICHTAMBTENAAR) || kijker.heeftRol(Rol.JEUGDHULP))) {
            throw new AccessDeniedException("alleen leerplicht en jeugdhulp zien meldingen van de gemeente");
        }
        var vandaag = vandaag();
        var zaken = repository.findByGemeente(kijker.gemeenteId()).stream()
                .filter(z -> kijker.heeftRol(Rol.LEERPLICHTAMBTENAAR) || ThuiszitterToegang.magZien(kijker, z, null, vandaag)).toList();
        return overzichten(zaken, "thuiszitters van de gemeente");
    }

    /** The cases of the signed-in parent's own children. */
    @Transactional(readOnly = true)
    public List<Overzicht> vanOuder(Gebruiker ouder) {
        return vanKinderen(ouder, leerlingen.vanOuder(ouder.id()));
    }

    /** The cases of a parent's children, the children read already; a child not of this parent is left out. */
    @Transactional(readOnly = true)
    public List<Overzicht> vanKinderen(Gebruiker ouder, List<Leerling> eigen) {
        var kinderen = eigen.stream().filter(l -> l.heeftOuderaccount(ouder.id())).map(Leerling::id).toList();
        return overzichten(kinderen.isEmpty() ? List.of() : repository.findByLeerlingen(kinderen), "thuiszitten, gelezen door ouder");
    }

    @Transactional
    public void legPlanVast(long id, int versie, String aanbod, String uitvoerder, LocalDate volgendeEvaluatie, Gebruiker door) {
        wijzig(id, versie, door, "planafspraak vastgelegd", z -> z.legPlanVast(aanbod, uitvoerder, volgendeEvaluatie, door.naam(), vandaag()));
    }

    @Transactional
    public void losOp(long id, int versie, String hoe, Gebruiker door) {
        wijzig(id, versie, door, "thuiszitter opgelost", z -> z.losOp(hoe, vandaag()));
    }

    /** The parent consents to share the case with the municipality's youth care team until this date. */
    @Transactional
    public void geefToestemming(long id, int versie, LocalDate tot, Gebruiker ouder) {
        vereisOuder(ouder);
        wijzig(id, versie, ouder, "toestemming ouders voor jeugdhulp gegeven tot " + tot, z -> z.geefToestemming(ouder.naam(), tot, vandaag()));
    }

    @Transactional
    public void trekToestemmingIn(long id, int versie, Gebruiker ouder) {
        vereisOuder(ouder);
        wijzig(id, versie, ouder, "toestemming ouders voor jeugdhulp ingetrokken", z -> z.trekToestemmingIn(vandaag()));
    }

    /** The school or the SWV records when the absence was reported to leerplicht or DUO (Lpw art. 21). */
    @Transactional
    public void legVerzuimmeldingVast(long id, int versie, LocalDate gemeldOp, Gebruiker door) {
        if (door.scope() != Rol.Scope.SCHOOL && !ThuiszitterToegang.isSwvZorg(door)) {
            throw new AccessDeniedException("alleen de school of het samenwerkingsverband legt de verzuimmelding vast");
        }
        wijzig(id, versie, door, "verzuimmelding aan leerplicht/DUO vastgelegd: " + gemeldOp, z -> z.legVerzuimmeldingVast(gemeldOp, vandaag()));
    }

    private static void vereisOuder(Gebruiker wie) {
        if (!wie.heeftRol(Rol.OUDER)) {
            throw new AccessDeniedException("alleen de ouders geven of trekken toestemming in");
        }
    }

    /**
     * Marks every case open longer than three months once, for the SWV director and the
     * municipality; a case already marked, or saved by someone else meanwhile, is left alone.
     */
    @Transactional
    public int escaleerVerlopen(LocalDate vandaag) {
        int aantal = 0;
        for (var zaak : repository.findOpenZonderEscalatie()) {
            if (zaak.escaleer(vandaag)) {
                try {
                    repository.save(zaak);
                } catch (OptimisticLockingFailureException alGewijzigd) {
                    continue;
                }
                auditLog.schrijven(zaak.swv().waarde(), "thuiszitter", String.valueOf(zaak.id()),
                        "langer dan drie maanden zonder passend aanbod: geëscaleerd naar de directeur en de gemeente");
                aantal++;
            }
        }
        return aantal;
    }

    int escaleerVerlopen() {
        return escaleerVerlopen(vandaag());
    }

    private void wijzig(long id, int versie, Gebruiker door, String omschrijving, Consumer<Thuiszitter> stap) {
        var zaak = zichtbaar(id, door);
        if (zaak.versie() != versie) {
            throw gelijktijdig();
        }
        stap.accept(zaak);
        try {
            repository.save(zaak);
        } catch (OptimisticLockingFailureException e) {
            throw gelijktijdig();
        }
        auditLog.schrijven(zaak.swv().waarde(), "thuiszitter", String.valueOf(id), omschrijving);
    }

    private Thuiszitter zichtbaar(long id, Gebruiker kijker) {
        var zaak = repository.findById(id).orElseThrow(() -> new NietGevondenException("melding %d bestaat niet".formatted(id)));
        // only a parent is judged by the pupil's record (whose child it is); nobody else's check reads the child
        var leerling = kijker.heeftRol(Rol.OUDER) ? leerlingen.vind(zaak.swv(), zaak.leerlingId()).orElse(null) : null;
        if (!ThuiszitterToegang.magZien(kijker, zaak, leerling, vandaag())) {
            auditLog.geweigerd(zaak.swv().waarde(), "thuiszitter", String.valueOf(id), "geen toegang tot deze melding");
            throw new NietGevondenException("melding %d bestaat niet".formatted(id));
        }
        return zaak;
    }

    private static GelijktijdigeWijzigingException gelijktijdig() {
        return new GelijktijdigeWijzigingException(
                "Iemand anders heeft deze melding intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");
    }

    /** The cases with their children, each SWV's children read (and logged) in that SWV. */
    private List<Overzicht> overzichten(List<Thuiszitter> zaken, String omschrijving) {
        var vandaag = vandaag();
        var kinderen = new java.util.HashMap<Long, Leerling>();
        zaken.stream().collect(Collectors.groupingBy(Thuiszitter::swv)).forEach((swv, vanSwv) -> kinderen.putAll(
                leerlingen.vindAlle(swv, vanSwv.stream().map(Thuiszitter::leerlingId).collect(Collectors.toSet()), omschrijving)));
        var scholen = register.vestigingen(zaken.stream().map(Thuiszitter::vestigingId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Vestiging::id, Function.identity()));
        var lijst = new ArrayList<Overzicht>(zaken.size());
        for (var zaak : zaken) {
            lijst.add(new Overzicht(zaak, kinderen.get(zaak.leerlingId()), zaak.vestigingId() == null ? null : scholen.get(zaak.vestigingId()),
                    zaak.duurgroep(vandaag), zaak.dagen(vandaag)));
        }
        return lijst;
    }
}
