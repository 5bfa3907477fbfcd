package nl.thuisnabij.opp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.thuisnabij.ondersteuning.Schooljaar;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The ontwikkelingsperspectief of one pupil at one school (WPO 40a, WEC 40a, WVO 26): established
 * within six weeks of enrolment after an OOGO with the parents, evaluated with them at least once
 * per school year, changed only by a new version. The parents consent to, or refuse, the
 * handelingsdeel of each version; a refused handelingsdeel leaves the last agreed one in force.
 * It is one class on purpose: every step checks the state of the last version and its goals and
 * handelingsdeel, and the terms follow from the same versions; the parts are records it replaces.
 */
@Table("opp")
public final class Opp {

    /** WPO 40a lid 2, WEC 40a lid 2, WVO 26 lid 2: "uiterlijk binnen zes weken na de inschrijving". */
    public static final int VASTSTELLEN_BINNEN_WEKEN = 6;

    /** The statutory terms of an OPP. */
    public enum Termijn {
        VASTSTELLEN, EVALUEREN
    }

    @Id
    private long id;
    @Column("swv_code")
    private final SwvCode swv;
    private final long leerlingId;
    private final long vestigingId;
    private final Schoolsoort schoolsoort;
    private final LocalDate ingeschrevenOp;
    private final boolean naTijdelijkePlaatsing;
    private final LocalDate aangemaaktOp;
    private final String aangemaaktDoor;
    private LocalDate beeindigdOp;
    private String beeindigdReden;
    /** The next statutory term and which one, kept on the row so the daily job selects what is due in SQL. */
    private LocalDate termijn;
    private Termijn termijnsoort;
    @MappedCollection(idColumn = "opp_id")
    private final Set<OppVersie> versies;
    @MappedCollection(idColumn = "opp_id")
    private final Set<Doel> doelen;
    @MappedCollection(idColumn = "opp_id")
    private final Set<Handeling> handelingen;
    @Version
    private Integer versie;

    @PersistenceCreator
    private Opp(long id, SwvCode swv, long leerlingId, long vestigingId, Schoolsoort schoolsoort, LocalDate ingeschrevenOp, boolean naTijdelijkePlaatsing,
            LocalDate aangemaaktOp, String aangemaaktDoor, LocalDate beeindigdOp, String beeindigdReden, LocalDate termijn, Termijn termijnsoort,
            Set<OppVersie> versies, Set<Doel> doelen, Set<Handeling> handelingen, Integer versie) {
        this.id = id;
        this.swv = swv;
        this.leerlingId = leerlingId;
        this.vestigingId = vestigingId;
        this.schoolsoort = schoolsoort;
        this.ingeschrevenOp = ingeschrevenOp;
        this.naTijdelijkePlaatsing = naTijdelijkePlaatsing;
        this.aangemaaktOp = aangemaaktOp;
        this.aangemaaktDoor = aangemaaktDoor;
        this.beeindigdOp = beeindigdOp;
        this.beeindigdReden = beeindigdReden;
        this.termijn = termijn;
        this.termijnsoort = termijnsoort;
        this.versies = new TreeSet<>(Comparator.comparingInt(OppVersie::volgnummer));
        this.versies.addAll(versies == null ? Set.of() : versies);
        this.doelen = new TreeSet<>(Comparator.comparingInt(Doel::versieNummer).thenComparingInt(Doel::volgnummer));
        this.doelen.addAll(doelen == null ? Set.of() : doelen);
        this.handelingen = new TreeSet<>(Comparator.comparingInt(Handeling::versieNummer).thenComparingInt(Handeling::volgnummer));
        this.handelingen.addAll(handelingen == null ? Set.of() : handelingen);
        this.versie = versie;
    }

    /**
     * A school starts the OPP of a pupil enrolled on the given date (or definitively placed after
     * tijdelijke plaatsing, WPO 40 lid 7: the six weeks then start at that placement).
     */
    public static Opp start(SwvCode swv, long leerlingId, long vestigingId, Schoolsoort schoolsoort, LocalDate ingeschrevenOp,
            boolean naTijdelijkePlaatsing, String door, LocalDate vandaag) {
        if (ingeschrevenOp == null || ingeschrevenOp.isAfter(vandaag.plusMonths(6))) {
            throw new OngeldigeInvoerException("ingeschrevenOp", "vul de datum van inschrijving in; die ligt hoogstens een half jaar vooruit");
        }
        var opp = new Opp(0, swv, leerlingId, vestigingId, schoolsoort, ingeschrevenOp, naTijdelijkePlaatsing, vandaag, door, null, null, null, null,
                Set.of(), Set.of(), Set.of(), null);
        opp.versies.add(OppVersie.concept(1, vandaag, door));
        opp.legTermijnVast();
        return opp;
    }

    // ---- which steps now -------------------------------------------------------------------

    /** The one place that says which steps a person in these capacities may take on this OPP now. */
    public Set<Oppstap> mogelijkeStappen(Set<Oppstap.Hoedanigheid> hoedanigheden) {
        var stappen = EnumSet.noneOf(Oppstap.class);
        for (var stap : Oppstap.values()) {
            if (hoedanigheden.contains(stap.door()) && kan(stap)) {
                stappen.add(stap);
            }
        }
        return stappen;
    }

    public boolean kan(Oppstap stap) {
        if (beeindigdOp != null) {
            return false;
        }
        var laatste = laatsteVersie();
        var status = laatste.status();
        return switch (stap) {
            case INHOUD, DOEL_TOEVOEGEN, HANDELING_TOEVOEGEN, OOGO -> status == OppVersie.Status.CONCEPT;
            case DOEL_VERWIJDEREN -> status == OppVersie.Status.CONCEPT && !doelenVan(laatste.volgnummer()).isEmpty();
            case HANDELING_VERWIJDEREN -> status == OppVersie.Status.CONCEPT && !handelingenVan(laatste.volgnummer()).isEmpty();
            case ADVIES_CVB -> status == OppVersie.Status.CONCEPT && heeftCommissieVoorDeBegeleiding();
            case INSTEMMEN, WEIGEREN -> status == OppVersie.Status.WACHT_OP_INSTEMMING;
            case EVALUEREN -> status == OppVersie.Status.VASTGESTELD && !laatste.isGeevalueerd();
            case NIEUWE_VERSIE -> status == OppVersie.Status.VASTGESTELD;
            case BEEINDIGEN -> vastgesteld().isPresent();
        };
    }

    private void vereis(Oppstap stap) {
        if (!kan(stap)) {
            throw new OngeldigeStapException(switch (stap) {
                case INSTEMMEN, WEIGEREN -> "er is geen versie die op uw antwoord wacht";
                case EVALUEREN -> "alleen een vastgestelde versie die nog niet is geëvalueerd, wordt geëvalueerd";
                case NIEUWE_VERSIE -> "er is al een versie in bewerking";
                case BEEINDIGEN -> beeindigdOp != null ? "dit OPP is al beëindigd" : "een OPP dat nooit is vastgesteld, wordt niet beëindigd";
                case ADVIES_CVB -> "het advies van de commissie voor de begeleiding hoort bij een concept van een OPP in het (voortgezet) speciaal onderwijs";
                default -> beeindigdOp != null ? "dit OPP is beëindigd en wordt niet meer gewijzigd"
                        : "deze versie is met de ouders besproken en wordt niet meer gewijzigd; begin een nieuwe versie";
            });
        }
    }

    /** WEC 40b: in (V)SO the commissie voor de begeleiding advises on the OPP and evaluates it yearly. */
    public boolean heeftCommissieVoorDeBegeleiding() {
        return schoolsoort == Schoolsoort.SO || schoolsoort == Schoolsoort.VSO;
    }

    // ---- the school writes a version ---------------------------------------------------------

    public void wijzigInhoud(Uitstroombestemming bestemming, String onderbouwing, String belemmerend, String bevorderend, String afwijkingen,
            String visieLeerling) {
        vereis(Oppstap.INHOUD);
        if (bestemming != null && !bestemming.magVoor(schoolsoort)) {
            throw new OngeldigeInvoerException("uitstroombestemming", "'%s' is geen uitstroombestemming vanuit het %s".formatted(bestemming.omschrijving(),
                    schoolsoort.omschrijving()));
        }
        vervang(laatsteVersie().metInhoud(bestemming, leeg(onderbouwing), leeg(belemmerend), leeg(bevorderend), leeg(afwijkingen), leeg(visieLeerling)));
    }

    public void voegDoelToe(Ondersteuningsdomein domein, String beschrijving, String niveau, LocalDate streefdatum, LocalDate vandaag) {
        vereis(Oppstap.DOEL_TOEVOEGEN);
        if (domein == null) {
            throw new OngeldigeInvoerException("domein", "kies het domein van het doel");
        }
        if (leeg(beschrijving) == null) {
            throw new OngeldigeInvoerException("beschrijving", "beschrijf het doel");
        }
        if (leeg(niveau) == null) {
            throw new OngeldigeInvoerException("niveau", "vul het niveau in dat de leerling naar verwachting bereikt");
        }
        if (streefdatum == null || !streefdatum.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("streefdatum", "de streefdatum ligt in de toekomst");
        }
        int nummer = laatsteVersie().volgnummer();
        int volgnummer = doelenVan(nummer).stream().mapToInt(Doel::volgnummer).max().orElse(0) + 1;
        doelen.add(new Doel(nummer, volgnummer, domein, beschrijving.strip(), niveau.strip(), streefdatum, null, null));
    }

    public void verwijderDoel(int volgnummer) {
        vereis(Oppstap.DOEL_VERWIJDEREN);
        int nummer = laatsteVersie().volgnummer();
        if (!doelen.removeIf(d -> d.versieNummer() == nummer && d.volgnummer() == volgnummer)) {
            throw new OngeldigeInvoerException("doel", "dit doel staat niet in deze versie");
        }
    }

    public void voegHandelingToe(String wat, String wie, String hoeVaak, String middelen, String arrangement) {
        vereis(Oppstap.HANDELING_TOEVOEGEN);
        if (leeg(wat) == null) {
            throw new OngeldigeInvoerException("wat", "beschrijf de ondersteuning of begeleiding");
        }
        if (leeg(wie) == null) {
            throw new OngeldigeInvoerException("wie", "vul in wie het doet");
        }
        if (leeg(hoeVaak) == null) {
            throw new OngeldigeInvoerException("hoeVaak", "vul in hoe vaak, bijvoorbeeld twee keer per week 30 minuten");
        }
        int nummer = laatsteVersie().volgnummer();
        int volgnummer = handelingenVan(nummer).stream().mapToInt(Handeling::volgnummer).max().orElse(0) + 1;
        handelingen.add(new Handeling(nummer, volgnummer, wat.strip(), wie.strip(), hoeVaak.strip(), leeg(middelen), leeg(arrangement)));
    }

    public void verwijderHandeling(int volgnummer) {
        vereis(Oppstap.HANDELING_VERWIJDEREN);
        int nummer = laatsteVersie().volgnummer();
        if (!handelingen.removeIf(h -> h.versieNummer() == nummer && h.volgnummer() == volgnummer)) {
            throw new OngeldigeInvoerException("handeling", "deze afspraak staat niet in het handelingsdeel van deze versie");
        }
    }

    public void legAdviesCvbVast(String advies) {
        vereis(Oppstap.ADVIES_CVB);
        if (leeg(advies) == null) {
            throw new OngeldigeInvoerException("adviesCvb", "vul het advies van de commissie voor de begeleiding in");
        }
        vervang(laatsteVersie().metAdviesCvb(advies.strip()));
    }

    /**
     * Records the OOGO with the parents on a complete draft (WPO 40a lid 1: the OPP is established
     * after an OOGO). The version then waits for the parents' answer on the handelingsdeel.
     */
    public void legOogoVast(LocalDate op, String deelnemers, String afspraken, String zienswijzeOuders, LocalDate vandaag) {
        vereis(Oppstap.OOGO);
        var concept = laatsteVersie();
        var ontbreekt = new ArrayList<String>();
        if (concept.uitstroombestemming() == null) {
            ontbreekt.add("de uitstroombestemming");
        }
        if (concept.onderbouwing() == null || concept.belemmerendeFactoren() == null || concept.bevorderendeFactoren() == null) {
            ontbreekt.add("de onderbouwing met belemmerende en bevorderende factoren");
        }
        if (doelenVan(concept.volgnummer()).isEmpty()) {
            ontbreekt.add("ten minste één doel");
        }
        if (handelingenVan(concept.volgnummer()).isEmpty()) {
            ontbreekt.add("het handelingsdeel");
        }
        if (heeftCommissieVoorDeBegeleiding() && concept.adviesCvb() == null) {
            ontbreekt.add("het advies van de commissie voor de begeleiding");
        }
        if (!ontbreekt.isEmpty()) {
            // refused as input, not as a step: the form comes back with the notes of the meeting as typed
            throw new OngeldigeInvoerException("Het OPP is nog niet compleet. Vul eerst in: " + String.join(", ", ontbreekt) + ".");
        }
        if (op == null || op.isAfter(vandaag) || op.isBefore(concept.gestartOp())) {
            throw new OngeldigeInvoerException("oogoOp", "de datum van het overleg ligt tussen het begin van deze versie en vandaag");
        }
        if (leeg(deelnemers) == null) {
            throw new OngeldigeInvoerException("deelnemers", "vul in wie aan het overleg deelnamen");
        }
        if (leeg(afspraken) == null) {
            throw new OngeldigeInvoerException("afspraken", "vul in wat is afgesproken");
        }
        vervang(concept.metOogo(op, deelnemers.strip(), afspraken.strip(), leeg(zienswijzeOuders)));
    }

    /** The parent agrees to the handelingsdeel (WPO 40a lid 1, since 1-8-2017): the version is established and carried out. */
    public void stemIn(String ouder, long ouderId, Instant moment, LocalDate vandaag) {
        vereis(Oppstap.INSTEMMEN);
        vervang(laatsteVersie().metAntwoord(OppVersie.Instemming.GEGEVEN, moment, ouder, ouderId, null, vandaag));
    }

    /**
     * The parent does not agree to the handelingsdeel. The rest of the version is established (the
     * OPP is set after the OOGO); the school keeps carrying out the last handelingsdeel the parents
     * agreed to, and the parents may go to the Geschillencommissie passend onderwijs.
     */
    public void weigerInstemming(String ouder, long ouderId, String waarom, Instant moment, LocalDate vandaag) {
        vereis(Oppstap.WEIGEREN);
        if (leeg(waarom) == null) {
            throw new OngeldigeInvoerException("toelichting", "schrijf kort waarom u niet instemt, zodat de school erover met u kan praten");
        }
        vervang(laatsteVersie().metAntwoord(OppVersie.Instemming.GEWEIGERD, moment, ouder, ouderId, waarom.strip(), vandaag));
    }

    /** The evaluation with the parents: every goal reached, partly or not, with a note; for (V)SO with the commissie voor de begeleiding. */
    public void evalueer(LocalDate op, String deelnemers, Map<Integer, Doelresultaat> resultaten, Map<Integer, String> toelichtingen, String conclusie,
            String adviesCvb, LocalDate vandaag) {
        vereis(Oppstap.EVALUEREN);
        var versie = laatsteVersie();
        if (op == null || op.isAfter(vandaag) || op.isBefore(versie.vastgesteldOp())) {
            throw new OngeldigeInvoerException("evaluatieOp", "de datum van de evaluatie ligt tussen de vaststelling en vandaag");
        }
        if (leeg(deelnemers) == null) {
            throw new OngeldigeInvoerException("deelnemers", "vul in wie aan de evaluatie deelnamen; de ouders horen daarbij");
        }
        var teEvalueren = doelenVan(versie.volgnummer());
        for (var doel : teEvalueren) {
            if (resultaten.get(doel.volgnummer()) == null) {
                throw new OngeldigeInvoerException("resultaat[" + doel.volgnummer() + "]", "geef bij elk doel aan of het is bereikt");
            }
        }
        if (leeg(conclusie) == null) {
            throw new OngeldigeInvoerException("conclusie", "vul de conclusie van de evaluatie in");
        }
        if (heeftCommissieVoorDeBegeleiding() && leeg(adviesCvb) == null) {
            throw new OngeldigeInvoerException("evaluatieAdviesCvb", "in het (voortgezet) speciaal onderwijs evalueert de commissie voor de begeleiding mee (WEC art. 40b)");
        }
        for (var doel : teEvalueren) {
            doelen.remove(doel);
            doelen.add(doel.geevalueerd(resultaten.get(doel.volgnummer()), leeg(toelichtingen.get(doel.volgnummer()))));
        }
        vervang(versie.metEvaluatie(op, deelnemers.strip(), conclusie.strip(), leeg(adviesCvb)));
    }

    /** Every change is a new version, starting from the last one; the earlier versions stay as they were. */
    public void beginNieuweVersie(String door, LocalDate vandaag) {
        vereis(Oppstap.NIEUWE_VERSIE);
        var vorige = laatsteVersie();
        int nummer = vorige.volgnummer() + 1;
        versies.add(vorige.volgende(nummer, vandaag, door));
        doelenVan(vorige.volgnummer()).forEach(d -> doelen.add(d.voorVersie(nummer)));
        handelingenVan(vorige.volgnummer()).forEach(h -> handelingen.add(h.voorVersie(nummer)));
    }

    /** The OPP period ends (the pupil leaves, or no longer needs support beyond the basis): the end date BRON registers. */
    public void beeindig(LocalDate op, String reden, LocalDate vandaag) {
        vereis(Oppstap.BEEINDIGEN);
        var eerste = vastgesteld().map(v -> eersteVaststelling()).orElseThrow();
        if (op == null || op.isBefore(eerste) || op.isAfter(vandaag.plusMonths(3))) {
            throw new OngeldigeInvoerException("beeindigdOp", "de einddatum ligt na de eerste vaststelling en hoogstens drie maanden vooruit");
        }
        if (leeg(reden) == null) {
            throw new OngeldigeInvoerException("reden", "vul in waarom het OPP eindigt");
        }
        beeindigdOp = op;
        beeindigdReden = reden.strip();
        legTermijnVast();
    }

    // ---- terms -----------------------------------------------------------------------------

    public LocalDate vaststellenUiterlijk() {
        return ingeschrevenOp.plusWeeks(VASTSTELLEN_BINNEN_WEKEN);
    }

    /**
     * WPO 40a lid 3: "ten minste één keer per schooljaar met de ouders geëvalueerd". An OPP is
     * evaluated by the end of the school year in which it was first established, and after that
     * once in every school year: by 31 July of the school year after the last evaluation.
     */
    public Optional<LocalDate> evaluerenUiterlijk() {
        if (vastgesteld().isEmpty()) {
            return Optional.empty();
        }
        var laatsteEvaluatie = versies.stream().map(OppVersie::evaluatieOp).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
        var schooljaar = laatsteEvaluatie.map(d -> Schooljaar.van(d).volgende()).orElseGet(() -> Schooljaar.van(eersteVaststelling()));
        return Optional.of(LocalDate.of(schooljaar.beginjaar() + 1, Month.JULY, 31));
    }

    public Set<Oppsignaal> signalen(LocalDate vandaag) {
        var signalen = EnumSet.noneOf(Oppsignaal.class);
        if (beeindigdOp != null && !beeindigdOp.isAfter(vandaag)) {
            return signalen;
        }
        if (vastgesteld().isEmpty() && vandaag.isAfter(vaststellenUiterlijk())) {
            signalen.add(Oppsignaal.VASTSTELLING_TE_LAAT);
        }
        evaluerenUiterlijk().filter(vandaag::isAfter).ifPresent(d -> signalen.add(Oppsignaal.EVALUATIE_TE_LAAT));
        if (laatsteVersie().status() == OppVersie.Status.WACHT_OP_INSTEMMING) {
            signalen.add(Oppsignaal.WACHT_OP_OUDERS);
        }
        if (vastgesteld().filter(v -> v.instemming() == OppVersie.Instemming.GEWEIGERD).isPresent()) {
            signalen.add(Oppsignaal.INSTEMMING_GEWEIGERD);
        }
        return signalen;
    }

    // ---- reading ---------------------------------------------------------------------------

    public OppVersie laatsteVersie() {
        return ((TreeSet<OppVersie>) versies).last();
    }

    /** The version in force: the last established one. */
    public Optional<OppVersie> vastgesteld() {
        return versies.stream().filter(OppVersie::isVastgesteld).reduce((a, b) -> b);
    }

    /** The handelingsdeel the school carries out: that of the last version the parents agreed to. */
    public Optional<OppVersie> geldendHandelingsdeel() {
        return versies.stream().filter(OppVersie::handelingsdeelGeldt).reduce((a, b) -> b);
    }

    /** The first establishment: the begin date of the OPP period BRON registers. */
    public LocalDate eersteVaststelling() {
        return versies.stream().filter(OppVersie::isVastgesteld).map(OppVersie::vastgesteldOp).findFirst().orElse(null);
    }

    public Optional<OppVersie> versie(int volgnummer) {
        return versies.stream().filter(v -> v.volgnummer() == volgnummer).findFirst();
    }

    public List<Doel> doelenVan(int versieNummer) {
        return doelen.stream().filter(d -> d.versieNummer() == versieNummer).toList();
    }

    public List<Handeling> handelingenVan(int versieNummer) {
        return handelingen.stream().filter(h -> h.versieNummer() == versieNummer).toList();
    }

    private void vervang(OppVersie nieuw) {
        versies.removeIf(v -> v.volgnummer() == nieuw.volgnummer());
        versies.add(nieuw);
        legTermijnVast();
    }

    private void legTermijnVast() {
        if (beeindigdOp != null) {
            termijn = null;
            termijnsoort = null;
        } else if (vastgesteld().isEmpty()) {
            termijn = vaststellenUiterlijk();
            termijnsoort = Termijn.VASTSTELLEN;
        } else {
            termijn = evaluerenUiterlijk().orElseThrow();
            termijnsoort = Termijn.EVALUEREN;
        }
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    public long id() { return id; }
    public SwvCode swv() { return swv; }
    public long leerlingId() { return leerlingId; }
    public long vestigingId() { return vestigingId; }
    public Schoolsoort schoolsoort() { return schoolsoort; }
    public LocalDate ingeschrevenOp() { return ingeschrevenOp; }
    public boolean naTijdelijkePlaatsing() { return naTijdelijkePlaatsing; }
    public LocalDate aangemaaktOp() { return aangemaaktOp; }
    public String aangemaaktDoor() { return aangemaaktDoor; }
    public LocalDate beeindigdOp() { return beeindigdOp; }
    public String beeindigdReden() { return beeindigdReden; }
    public List<OppVersie> versies() { return new ArrayList<>(versies); }
    public LocalDate termijn() { return termijn; }
    public Termijn termijnsoort() { return termijnsoort; }
    public int versie() { return versie == null ? 0 : versie; }
}
