package nl.thuisnabij.opp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.opp.persistence.OppRepository;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPPs: starting one, reading one, every step on it, the link from a request, and the daily
 * term check (the lists are {@link Opplijsten}). Every read and write is audit-logged in the OPP's
 * SWV; an OPP someone may not see is answered as absent.
 */
@Service
public class Opps {

    /** An OPP on a page: the pupil, the school, what needs doing, and the steps this person may take now. */
    public record Overzicht(Opp opp, Leerling leerling, Vestiging school, Set<Oppsignaal> signalen, Set<Oppstap> stappen) {
    }

    /** The version of an OPP a request was based on. */
    public record Verwijzing(long oppId, int versieNummer) {
    }

    private final OppRepository repository;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Oppwerk werk;
    private final AuditLog auditLog;
    private final Clock klok;

    Opps(OppRepository repository, Leerlingen leerlingen, Register register, Oppwerk werk, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.register = register;
        this.werk = werk;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** A school starts the OPP of one of its own pupils; one OPP per pupil per school. */
    @Transactional
    public long start(SwvCode swv, long vestigingId, long leerlingId, LocalDate ingeschrevenOp, boolean naTijdelijkePlaatsing, Gebruiker door) {
        if (door.scope() != Rol.Scope.SCHOOL || door.vestigingId() == null || door.vestigingId() != vestigingId) {
            throw new AccessDeniedException("alleen de school zelf begint een OPP voor haar leerling");
        }
        leerlingen.vind(swv, leerlingId).filter(l -> Long.valueOf(vestigingId).equals(l.vestigingId()))
                .orElseThrow(() -> new OngeldigeInvoerException("leerling", "kies een leerling van uw school"));
        var school = register.vestigingVan(swv, vestigingId);
        if (repository.findAllById(repository.findIdsVanLeerling(swv, leerlingId)).stream().anyMatch(o -> o.vestigingId() == vestigingId)) {
            throw new OngeldigeInvoerException("leerling", "deze leerling heeft al een OPP op uw school: begin daar een nieuwe versie");
        }
        Opp opp;
        try {
            opp = repository.save(Opp.start(swv, leerlingId, vestigingId, school.soort(), ingeschrevenOp, naTijdelijkePlaatsing, door.naam(), vandaag()));
        } catch (DuplicateKeyException tegelijk) {
            throw new OngeldigeInvoerException("leerling", "deze leerling heeft al een OPP op uw school: begin daar een nieuwe versie");
        }
        auditLog.schrijven(swv.waarde(), "opp", String.valueOf(opp.id()), "OPP begonnen voor leerling " + leerlingId);
        return opp.id();
    }

    /** Whether the SWV has any OPP at all: no pupil is read. */
    @Transactional(readOnly = true)
    public boolean heeftOpps(SwvCode swv) {
        return repository.existsBySwv(swv);
    }

    @Transactional(readOnly = true)
    public Overzicht opp(long id, Gebruiker kijker) {
        var gevonden = werk.zichtbaar(id, kijker);
        auditLog.lezen(gevonden.opp().swv().waarde(), "opp", String.valueOf(id), "OPP bekeken");
        return werk.overzicht(gevonden.opp(), gevonden.leerling(), kijker);
    }


    // ---- steps -----------------------------------------------------------------------------

    @Transactional
    public void wijzigInhoud(long id, int versie, Uitstroombestemming bestemming, String onderbouwing, String belemmerend, String bevorderend,
            String afwijkingen, String visieLeerling, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.INHOUD, "inhoud van het OPP opgeslagen",
                o -> o.wijzigInhoud(bestemming, onderbouwing, belemmerend, bevorderend, afwijkingen, visieLeerling));
    }

    @Transactional
    public void voegDoelToe(long id, int versie, Ondersteuningsdomein domein, String beschrijving, String niveau, LocalDate streefdatum, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.DOEL_TOEVOEGEN, "doel toegevoegd", o -> o.voegDoelToe(domein, beschrijving, niveau, streefdatum, vandaag()));
    }

    @Transactional
    public void verwijderDoel(long id, int versie, int doel, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.DOEL_VERWIJDEREN, "doel verwijderd", o -> o.verwijderDoel(doel));
    }

    @Transactional
    public void voegHandelingToe(long id, int versie, String wat, String wie, String hoeVaak, String middelen, String arrangement, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.HANDELING_TOEVOEGEN, "afspraak aan het handelingsdeel toegevoegd",
                o -> o.voegHandelingToe(wat, wie, hoeVaak, middelen, arrangement));
    }

    @Transactional
    public void verwijderHandeling(long id, int versie, int handeling, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.HANDELING_VERWIJDEREN, "afspraak uit het handelingsdeel verwijderd", o -> o.verwijderHandeling(handeling));
    }

    @Transactional
    public void legAdviesCvbVast(long id, int versie, String advies, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.ADVIES_CVB, "advies commissie voor de begeleiding vastgelegd", o -> o.legAdviesCvbVast(advies));
    }

    @Transactional
    public void legOogoVast(long id, int versie, LocalDate op, String deelnemers, String afspraken, String zienswijze, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.OOGO, "OOGO met de ouders vastgelegd", o -> o.legOogoVast(op, deelnemers, afspraken, zienswijze, vandaag()));
    }

    /** The parent agrees to the handelingsdeel, in the portal: the moment and the parent's identity are recorded. */
    @Transactional
    public void stemIn(long id, int versie, Gebruiker ouder) {
        wijzig(id, versie, ouder, Oppstap.INSTEMMEN, "ouder stemt in met het handelingsdeel",
                o -> o.stemIn(ouder.naam(), ouder.id(), Instant.now(klok), vandaag()));
    }

    @Transactional
    public void weigerInstemming(long id, int versie, String waarom, Gebruiker ouder) {
        wijzig(id, versie, ouder, Oppstap.WEIGEREN, "ouder stemt niet in met het handelingsdeel",
                o -> o.weigerInstemming(ouder.naam(), ouder.id(), waarom, Instant.now(klok), vandaag()));
    }

    @Transactional
    public void evalueer(long id, int versie, LocalDate op, String deelnemers, Map<Integer, Doelresultaat> resultaten, Map<Integer, String> toelichtingen,
            String conclusie, String adviesCvb, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.EVALUEREN, "OPP geëvalueerd met de ouders",
                o -> o.evalueer(op, deelnemers, resultaten, toelichtingen, conclusie, adviesCvb, vandaag()));
    }

    @Transactional
    public void beginNieuweVersie(long id, int versie, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.NIEUWE_VERSIE, "nieuwe versie van het OPP begonnen", o -> o.beginNieuweVersie(door.naam(), vandaag()));
    }

    @Transactional
    public void beeindig(long id, int versie, LocalDate op, String reden, Gebruiker door) {
        wijzig(id, versie, door, Oppstap.BEEINDIGEN, "OPP beëindigd per " + op, o -> o.beeindig(op, reden, vandaag()));
    }

    // ---- the link with requests ------------------------------------------------------------

    /**
     * A school submitted a request for the pupil: from now on the SWV sees the pupil's OPP, and the
     * request links the version in force at the requesting school, if there is one.
     */
    @Transactional
    public Optional<Verwijzing> koppelAanvraag(SwvCode swv, long leerlingId, long vestigingId, String aanleiding) {
        repository.legCasusVast(swv, leerlingId, aanleiding, Oppcasus.AANGEVRAAGD.name(), vandaag());
        return geldendeVersie(swv, leerlingId, vestigingId);
    }

    /** The version in force of the pupil's running OPP at this school, if it was ever established. */
    @Transactional(readOnly = true)
    public Optional<Verwijzing> geldendeVersie(SwvCode swv, long leerlingId, long vestigingId) {
        return repository.findAllById(repository.findIdsVanLeerling(swv, leerlingId)).stream()
                .filter(o -> o.vestigingId() == vestigingId && o.beeindigdOp() == null)
                .flatMap(o -> o.vastgesteld().map(v -> new Verwijzing(o.id(), v.volgnummer())).stream()).findFirst();
    }

    /** The SWV granted an arrangement or a TLV for the pupil: such a pupil must have an OPP. */
    @Transactional
    public void legOndersteuningVast(SwvCode swv, long leerlingId, String aanleiding, Oppcasus ondersteuning) {
        repository.legCasusVast(swv, leerlingId, aanleiding, ondersteuning.name(), vandaag());
    }

    /**
     * The OPP behind a request, as the request's page shows it; absent for whoever may not read it
     * (the refusal is logged).
     */
    @Transactional(readOnly = true)
    public Optional<Overzicht> versieBijAanvraag(Verwijzing verwijzing, Gebruiker kijker) {
        Oppwerk.Gevonden gevonden;
        try {
            gevonden = werk.zichtbaar(verwijzing.oppId(), kijker);
        } catch (NietGevondenException geenToegang) {
            return Optional.empty();
        }
        auditLog.lezen(gevonden.opp().swv().waarde(), "opp", String.valueOf(verwijzing.oppId()),
                "OPP versie " + verwijzing.versieNummer() + " bij een aanvraag bekeken");
        return Optional.of(werk.overzicht(gevonden.opp(), gevonden.leerling(), kijker));
    }

    // ---- the daily term check --------------------------------------------------------------

    /** Marks every OPP whose term passed, once per term, in one statement; the lists show them as needing action. */
    @Transactional
    public int signaleerTermijnen(LocalDate vandaag) {
        var teLaat = repository.markeerTeLaat(vandaag);
        teLaat.forEach(t -> auditLog.schrijven(t.swvCode(), "opp", String.valueOf(t.id()),
                t.termijnsoort().equals(Opp.Termijn.VASTSTELLEN.name()) ? "termijn verstreken: niet vastgesteld binnen 6 weken na inschrijving"
                        : "termijn verstreken: dit schooljaar niet geëvalueerd met de ouders"));
        return teLaat.size();
    }

    int signaleerTermijnen() {
        return signaleerTermijnen(vandaag());
    }

    // ---- helpers ---------------------------------------------------------------------------


    private void wijzig(long id, int versie, Gebruiker door, Oppstap stap, String omschrijving, Consumer<Opp> uitvoering) {
        var gevonden = werk.zichtbaar(id, door);
        var opp = gevonden.opp();
        if (opp.versie() != versie) {
            throw gelijktijdig();
        }
        if (!OppToegang.hoedanigheden(door, opp, gevonden.leerling()).contains(stap.door())) {
            throw new AccessDeniedException(stap.door() == Oppstap.Hoedanigheid.OUDER ? "alleen de ouders geven dit antwoord" : "alleen de school wijzigt het OPP");
        }
        uitvoering.accept(opp); // the aggregate refuses, with the reason, a step its state does not allow
        try {
            repository.save(opp);
        } catch (OptimisticLockingFailureException e) {
            throw gelijktijdig();
        }
        auditLog.schrijven(opp.swv().waarde(), "opp", String.valueOf(id), omschrijving);
    }



    private static GelijktijdigeWijzigingException gelijktijdig() {
        return new GelijktijdigeWijzigingException(
                "Iemand anders heeft dit OPP intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");
    }
}
