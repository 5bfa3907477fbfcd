package nl.thuisnabij.thuiszitter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A child out of school, or about to be (a case in the thuiszitters register): since when, what
 * kind of absence, why, the plan to get the child back to education, and the escalation when three
 * months pass without a fitting offer (Thuiszitterspact 2016).
 */
@Table("thuiszitter")
public final class Thuiszitter {

    /** Thuiszitterspact: no child longer than three months at home without a fitting offer of education and/or care. */
    public static final int ESCALATIE_MAANDEN = 3;

    public enum Status {
        OPEN, OPGELOST
    }

    @Id
    private long id;
    @Column("swv_code")
    private final SwvCode swv;
    private final long leerlingId;
    private final Long vestigingId;
    private final Long gemeenteId;
    private final Verzuimsoort soort;
    private final Verzuimreden reden;
    private final LocalDate sinds;
    private final LocalDate gemeldOp;
    private final String gemeldDoor;
    private Status status;
    private LocalDate opgelostOp;
    private String oplossing;
    private LocalDate geescaleerdOp;
    @MappedCollection(idColumn = "thuiszitter_id")
    private final Set<Planafspraak> plan;
    @MappedCollection(idColumn = "thuiszitter_id")
    private final Set<Toestemming> toestemmingen;
    private LocalDate verzuimGemeldOp;
    private final Integer leeftijd;
    @Transient
    private final List<Object> gebeurtenissen = new ArrayList<>();
    @Version
    private Integer versie;

    @PersistenceCreator
    private Thuiszitter(long id, SwvCode swv, long leerlingId, Long vestigingId, Long gemeenteId, Verzuimsoort soort, Verzuimreden reden,
            LocalDate sinds, LocalDate gemeldOp, String gemeldDoor, Status status, LocalDate opgelostOp, String oplossing,
            LocalDate geescaleerdOp, Set<Planafspraak> plan, Set<Toestemming> toestemmingen, LocalDate verzuimGemeldOp, Integer leeftijd, Integer versie) {
        this.id = id;
        this.swv = swv;
        this.leerlingId = leerlingId;
        this.vestigingId = vestigingId;
        this.gemeenteId = gemeenteId;
        this.soort = soort;
        this.reden = reden;
        this.sinds = sinds;
        this.gemeldOp = gemeldOp;
        this.gemeldDoor = gemeldDoor;
        this.status = status;
        this.opgelostOp = opgelostOp;
        this.oplossing = oplossing;
        this.geescaleerdOp = geescaleerdOp;
        this.plan = new TreeSet<>(Comparator.comparingInt(Planafspraak::volgnummer));
        if (plan != null) {
            this.plan.addAll(plan);
        }
        this.toestemmingen = new TreeSet<>(Comparator.comparingInt(Toestemming::volgnummer));
        if (toestemmingen != null) {
            this.toestemmingen.addAll(toestemmingen);
        }
        this.verzuimGemeldOp = verzuimGemeldOp;
        this.leeftijd = leeftijd;
        this.versie = versie;
    }

    /**
     * A new case. Absoluut verzuim means the child is at no school; every other kind names the
     * school the child is enrolled at.
     */
    public static Thuiszitter meld(SwvCode swv, long leerlingId, Long vestigingId, Long gemeenteId, Verzuimsoort soort, Verzuimreden reden,
            LocalDate sinds, Integer leeftijd, String gemeldDoor, LocalDate vandaag) {
        if (soort == null) {
            throw new OngeldigeInvoerException("soort", "kies de soort verzuim");
        }
        if (reden == null) {
            throw new OngeldigeInvoerException("reden", "kies de reden");
        }
        if (sinds == null || sinds.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("sinds", "vul in sinds wanneer het kind niet naar school gaat; die datum ligt niet in de toekomst");
        }
        if (soort == Verzuimsoort.ABSOLUUT_VERZUIM && vestigingId != null) {
            throw new OngeldigeInvoerException("soort", "bij absoluut verzuim staat het kind op geen enkele school ingeschreven");
        }
        if (soort != Verzuimsoort.ABSOLUUT_VERZUIM && vestigingId == null) {
            throw new OngeldigeInvoerException("soort", "een kind zonder school is absoluut verzuim");
        }
        return new Thuiszitter(0, swv, leerlingId, vestigingId, gemeenteId, soort, reden, sinds, vandaag, gemeldDoor, Status.OPEN, null, null,
                null, Set.of(), Set.of(), null, leeftijd, null);
    }

    /** Adds an agreement to the plan; a solved case has no plan to add to. */
    public void legPlanVast(String aanbod, String uitvoerder, LocalDate volgendeEvaluatie, String door, LocalDate vandaag) {
        vereisOpen();
        if (aanbod == null || aanbod.isBlank()) {
            throw new OngeldigeInvoerException("aanbod", "beschrijf wat het kind wordt aangeboden");
        }
        if (uitvoerder == null || uitvoerder.isBlank()) {
            throw new OngeldigeInvoerException("uitvoerder", "vul in wie het aanbod uitvoert");
        }
        if (volgendeEvaluatie != null && volgendeEvaluatie.isBefore(vandaag)) {
            throw new OngeldigeInvoerException("volgendeEvaluatie", "de volgende evaluatie ligt niet in het verleden");
        }
        int volgnummer = plan.stream().mapToInt(Planafspraak::volgnummer).max().orElse(0) + 1;
        plan.add(new Planafspraak(volgnummer, aanbod.strip(), uitvoerder.strip(), volgendeEvaluatie, vandaag, door));
    }

    /** The child is back in education (or has a fitting offer); the case closes. */
    public void losOp(String hoe, LocalDate vandaag) {
        vereisOpen();
        if (hoe == null || hoe.isBlank()) {
            throw new OngeldigeInvoerException("oplossing", "beschrijf hoe het is opgelost, bijvoorbeeld: weer naar school sinds …");
        }
        status = Status.OPGELOST;
        opgelostOp = vandaag;
        oplossing = hoe.strip();
    }

    /**
     * The parents consent to share the case with their municipality's youth care team, until a date
     * at most a year ahead; one consent runs at a time.
     */
    public void geefToestemming(String ouder, LocalDate tot, LocalDate vandaag) {
        vereisOpen();
        if (gemeenteId == null) {
            throw new OngeldigeInvoerException("de woongemeente van de leerling is niet bekend; toestemming voor jeugdhulp kan nog niet");
        }
        if (tot == null || tot.isBefore(vandaag) || tot.isAfter(vandaag.plusYears(1))) {
            throw new OngeldigeInvoerException("tot", "kies een datum vanaf vandaag en hoogstens een jaar vooruit");
        }
        if (toestemmingOp(vandaag).isPresent()) {
            throw new OngeldigeStapException("er is al toestemming gegeven; trek die eerst in om een nieuwe te geven");
        }
        int volgnummer = toestemmingen.stream().mapToInt(Toestemming::volgnummer).max().orElse(0) + 1;
        toestemmingen.add(new Toestemming(volgnummer, gemeenteId, Toestemming.GEDEELD, tot, vandaag, ouder, null));
    }

    /** The parents withdraw their consent: from today youth care sees nothing of the case. */
    public void trekToestemmingIn(LocalDate vandaag) {
        var lopend = toestemmingOp(vandaag).orElseThrow(() -> new OngeldigeStapException("er is geen toestemming om in te trekken"));
        toestemmingen.remove(lopend);
        toestemmingen.add(lopend.trekIn(vandaag));
    }

    public java.util.Optional<Toestemming> toestemmingOp(LocalDate dag) {
        return toestemmingen.stream().filter(t -> t.geldigOp(dag)).findFirst();
    }

    /**
     * The date the school reported the absence to the leerplichtambtenaar or DUO (Lpw art. 21). It
     * is in time when it falls within the first four weeks: a child absent longer has passed the 16
     * hours in 4 weeks that must be reported.
     */
    public void legVerzuimmeldingVast(LocalDate gemeldOp, LocalDate vandaag) {
        vereisOpen();
        if (gemeldOp == null || gemeldOp.isAfter(vandaag) || gemeldOp.isBefore(sinds)) {
            throw new OngeldigeInvoerException("verzuimGemeldOp", "de datum ligt tussen het begin van het verzuim en vandaag");
        }
        verzuimGemeldOp = gemeldOp;
    }

    public boolean verzuimTijdigGemeld() {
        return verzuimGemeldOp != null && !verzuimGemeldOp.isAfter(sinds.plusWeeks(4));
    }

    /**
     * Marks the case for the SWV director and the municipality once, when it has been open longer
     * than three months; returns whether it did so now.
     */
    public boolean escaleer(LocalDate vandaag) {
        if (status != Status.OPEN || geescaleerdOp != null || Duurgroep.van(sinds, vandaag) != Duurgroep.LANGER_DAN_3_MAANDEN
                || soort.isVrijstelling()) {
            return false;
        }
        geescaleerdOp = vandaag;
        gebeurtenissen.add(new ThuiszitterGeescaleerd(id, swv.waarde(), gemeenteId));
        return true;
    }

    @DomainEvents
    public List<Object> gebeurtenissen() {
        return List.copyOf(gebeurtenissen);
    }

    @AfterDomainEventPublication
    void wisGebeurtenissen() {
        gebeurtenissen.clear();
    }

    private void vereisOpen() {
        if (status != Status.OPEN) {
            throw new OngeldigeStapException("deze melding is opgelost en wordt niet meer gewijzigd");
        }
    }

    public Duurgroep duurgroep(LocalDate vandaag) {
        return Duurgroep.van(sinds, status == Status.OPGELOST ? opgelostOp : vandaag);
    }

    /** Days out of school: until today, or until the day it was solved. */
    public long dagen(LocalDate vandaag) {
        return java.time.temporal.ChronoUnit.DAYS.between(sinds, status == Status.OPGELOST ? opgelostOp : vandaag);
    }

    public long id() { return id; }
    public SwvCode swv() { return swv; }
    public long leerlingId() { return leerlingId; }
    public Long vestigingId() { return vestigingId; }
    public Long gemeenteId() { return gemeenteId; }
    public Verzuimsoort soort() { return soort; }
    public Verzuimreden reden() { return reden; }
    public LocalDate sinds() { return sinds; }
    public LocalDate gemeldOp() { return gemeldOp; }
    public String gemeldDoor() { return gemeldDoor; }
    public Status status() { return status; }
    public LocalDate opgelostOp() { return opgelostOp; }
    public String oplossing() { return oplossing; }
    public LocalDate geescaleerdOp() { return geescaleerdOp; }
    public List<Planafspraak> plan() { return new ArrayList<>(plan); }
    public List<Toestemming> toestemmingen() { return new ArrayList<>(toestemmingen); }
    public LocalDate verzuimGemeldOp() { return verzuimGemeldOp; }
    /** The child's age when the absence began, kept so reports never read a date of birth. */
    public Integer leeftijd() { return leeftijd; }
    public int versie() { return versie == null ? 0 : versie; }
}
