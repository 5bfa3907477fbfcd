package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import nl.thuisnabij.shared.OngeldigeStapException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A school's request for extra support (arrangement) or for a toelaatbaarheidsverklaring, from
 * concept through assessment, expert advice and decision to DUO registration, its active period and
 * its end; with objections against its decisions. Every step checks that the current state allows it.
 *
 * <p>Over 300 lines on purpose: the whole state machine — every transition, the rule of when each
 * step may be taken ({@link #mogelijkeStappen}) and the events it records — stays in this one class,
 * so it is written once and read in one place.
 */
@Table("aanvraag")
public final class Aanvraag {

    @Id
    private long id;
    @Column("swv_code")
    private final SwvCode swv;
    private final long vestigingId;
    private final long leerlingId;
    private final Aanvraagsoort soort;
    private final Long verlengingVan;
    private AanvraagStatus status;
    private String vraag;
    private String ondersteuningsbehoeften;
    private String watGeprobeerd;
    /** The OPP version the request is based on: the one in force at the school when it was submitted (or supplemented). */
    private Long oppId;
    private Integer oppVersie;
    /** For a TLV: which SWV is competent and why, as established at submission and again at the decision. */
    private String tlvBevoegdheid;
    /** The parents' view in their own words, given by the parents themselves; nobody else writes it. */
    private String zienswijzeOuders;
    private Boolean oudersAkkoord;
    private LocalDate zienswijzeOudersOp;
    /** The day the school asked the parents for their view: from then on the parents see the draft. */
    private LocalDate oudersUitgenodigdOp;
    /** What the parents said in a conversation with the school, as the school wrote it down: the school's record, not the parents' words. */
    private String oudergesprek;
    private Boolean oudersAkkoordVolgensSchool;
    private Long arrangementsoortId;
    private Long coordinatorId;
    private String aanvullingVraag;
    private LocalDate aanvullingDeadline;
    private LocalDate ingediendOp;
    /** The day the request was complete: submitted, or the last asked supplement delivered; empty while one is outstanding. */
    private LocalDate compleetOp;
    private Long vergaderingId;
    private Integer tlvVolgnummer;
    @MappedCollection(idColumn = "aanvraag_id")
    private final Set<GevraagdeDeskundige> deskundigen;
    @MappedCollection(idColumn = "aanvraag_id")
    private final Set<Meewerker> meewerkers;
    @MappedCollection(idColumn = "aanvraag_id")
    private final Set<Deskundigenadvies> adviezen;
    @MappedCollection(idColumn = "aanvraag_id")
    private final Set<Besluit> besluiten;
    @MappedCollection(idColumn = "aanvraag_id")
    private final Set<Bezwaar> bezwaren;
    @Transient
    private final List<Object> gebeurtenissen = new ArrayList<>();
    @Version
    private Integer versie;

    /** Reads a stored request back (parts absent when Spring Data copies a new one); parts come in any order and are kept in their sequence. */
    @PersistenceCreator
    private Aanvraag(long id, SwvCode swv, long vestigingId, long leerlingId, Aanvraagsoort soort, Long verlengingVan, AanvraagStatus status,
            String vraag, String ondersteuningsbehoeften, String watGeprobeerd, Long oppId, Integer oppVersie, String tlvBevoegdheid, String zienswijzeOuders,
            Boolean oudersAkkoord, LocalDate zienswijzeOudersOp, LocalDate oudersUitgenodigdOp, String oudergesprek, Boolean oudersAkkoordVolgensSchool,
            Long arrangementsoortId, Long coordinatorId, String aanvullingVraag, LocalDate aanvullingDeadline,
            LocalDate ingediendOp, LocalDate compleetOp, Long vergaderingId, Integer tlvVolgnummer, Set<GevraagdeDeskundige> deskundigen,
            Set<Meewerker> meewerkers, Set<Deskundigenadvies> adviezen, Set<Besluit> besluiten, Set<Bezwaar> bezwaren, Integer versie) {
        this.id = id;
        this.swv = swv;
        this.vestigingId = vestigingId;
        this.leerlingId = leerlingId;
        this.soort = soort;
        this.verlengingVan = verlengingVan;
        this.status = status;
        this.vraag = vraag;
        this.ondersteuningsbehoeften = ondersteuningsbehoeften;
        this.watGeprobeerd = watGeprobeerd;
        this.oppId = oppId;
        this.oppVersie = oppVersie;
        this.tlvBevoegdheid = tlvBevoegdheid;
        this.zienswijzeOuders = zienswijzeOuders;
        this.oudersAkkoord = oudersAkkoord;
        this.zienswijzeOudersOp = zienswijzeOudersOp;
        this.oudersUitgenodigdOp = oudersUitgenodigdOp;
        this.oudergesprek = oudergesprek;
        this.oudersAkkoordVolgensSchool = oudersAkkoordVolgensSchool;
        this.arrangementsoortId = arrangementsoortId;
        this.coordinatorId = coordinatorId;
        this.aanvullingVraag = aanvullingVraag;
        this.aanvullingDeadline = aanvullingDeadline;
        this.ingediendOp = ingediendOp;
        this.compleetOp = compleetOp;
        this.vergaderingId = vergaderingId;
        this.tlvVolgnummer = tlvVolgnummer;
        this.deskundigen = deskundigen == null ? new LinkedHashSet<>() : new LinkedHashSet<>(deskundigen);
        this.meewerkers = meewerkers == null ? new LinkedHashSet<>() : new LinkedHashSet<>(meewerkers);
        this.adviezen = opVolgorde(adviezen, Deskundigenadvies::volgnummer);
        this.besluiten = opVolgorde(besluiten, Besluit::volgnummer);
        this.bezwaren = opVolgorde(bezwaren, Bezwaar::volgnummer);
        this.versie = versie;
    }

    public static Aanvraag concept(SwvCode swv, long vestigingId, long leerlingId, Aanvraagsoort soort, Long verlengingVan) {
        return new Aanvraag(0, swv, vestigingId, leerlingId, soort, verlengingVan, AanvraagStatus.CONCEPT, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    /** The school writes or, when asked to supplement, completes its request. */
    public void wijzigInhoud(String vraag, String behoeften, String geprobeerd, Long arrangementsoort) {
        vereis(kan(Aanvraagstap.INHOUD_WIJZIGEN), "de school kan de aanvraag alleen als concept of bij een gevraagde aanvulling wijzigen");
        this.vraag = leegIsNull(vraag);
        this.ondersteuningsbehoeften = leegIsNull(behoeften);
        this.watGeprobeerd = leegIsNull(geprobeerd);
        this.arrangementsoortId = soort == Aanvraagsoort.ARRANGEMENT ? arrangementsoort : null;
    }

    /**
     * The school asks the parents for their view before it submits (again: a reminder); from this day
     * the parents see the draft and can answer in their own words.
     */
    public void nodigOudersUit(LocalDate op) {
        vereis(kan(Aanvraagstap.OUDERS_UITNODIGEN), "de school vraagt de ouders om hun zienswijze voordat zij de aanvraag indient");
        oudersUitgenodigdOp = op;
        gebeurtenissen.add(new OudersUitgenodigd(id, swv.waarde(), leerlingId, op));
    }

    /** The parents' own view and whether they agree: their words, kept as they wrote them, while the request is open. */
    public void legZienswijzeVast(String zienswijze, boolean akkoord, LocalDate op) {
        vereis(kan(Aanvraagstap.ZIENSWIJZE_GEVEN), "de ouders geven hun zienswijze als de school hen daarom vraagt, of bij een ingediende aanvraag");
        if (zienswijze == null || zienswijze.isBlank()) {
            throw new OngeldigeInvoerException("zienswijze", "schrijf wat u van de aanvraag vindt");
        }
        this.zienswijzeOuders = zienswijze.trim();
        this.oudersAkkoord = akkoord;
        this.zienswijzeOudersOp = op;
    }

    /**
     * What the parents said in a conversation, as the school wrote it down — for parents who do not
     * answer in Thuisnabij. Kept apart from the parents' own view, which the school cannot change.
     */
    public void legOudergesprekVast(String verslag, boolean akkoord) {
        vereis(kan(Aanvraagstap.OUDERGESPREK_VASTLEGGEN), "het gesprek met de ouders wordt vastgelegd bij een lopende aanvraag");
        if (verslag == null || verslag.isBlank()) {
            throw new OngeldigeInvoerException("verslag", "beschrijf wat de ouders in het gesprek zeiden");
        }
        this.oudergesprek = verslag.trim();
        this.oudersAkkoordVolgensSchool = akkoord;
    }

    /** Whether the parents were heard: in their own words, or in a conversation the school recorded. */
    public boolean oudersGehoord() {
        return oudersAkkoord != null || oudersAkkoordVolgensSchool != null;
    }

    /**
     * Links the OPP version the request is based on, when the school submits or supplements it:
     * the commission reads that version, not a summary the school retyped.
     */
    public void baseerOpOpp(Long opp, Integer versieNummer) {
        vereis(kan(Aanvraagstap.INDIENEN) || kan(Aanvraagstap.AANVULLEN), "het OPP wordt gekoppeld bij het indienen of aanvullen");
        this.oppId = opp;
        this.oppVersie = opp == null ? null : versieNummer;
    }

    /** Records which SWV is competent for this TLV and why (the policy is {@code TlvBevoegdheid}); only this SWV may decide. */
    void legBevoegdheidVast(String bevoegdSwv, String waarom) {
        if (!soort.isTlv()) {
            throw new OngeldigeStapException("alleen een toelaatbaarheidsverklaring kent een bevoegd samenwerkingsverband");
        }
        if (!swv.waarde().equals(bevoegdSwv)) {
            throw new OngeldigeInvoerException("niet dit samenwerkingsverband maar " + bevoegdSwv + " beslist over deze toelaatbaarheidsverklaring: " + waarom
                    + ". Dien de aanvraag bij " + bevoegdSwv + " in.");
        }
        this.tlvBevoegdheid = waarom;
    }

    public void dienIn(LocalDate datum) {
        vereis(kan(Aanvraagstap.INDIENEN), "alleen een concept kan worden ingediend");
        var ontbreekt = new ArrayList<String>();
        if (vraag == null) {
            ontbreekt.add("de hulpvraag");
        }
        if (ondersteuningsbehoeften == null) {
            ontbreekt.add("de ondersteuningsbehoeften");
        }
        if (watGeprobeerd == null) {
            ontbreekt.add("wat de school al heeft gedaan");
        }
        if (!oudersGehoord()) {
            ontbreekt.add("de zienswijze van de ouders");
        }
        if (soort == Aanvraagsoort.ARRANGEMENT && arrangementsoortId == null) {
            ontbreekt.add("het gevraagde arrangement");
        }
        if (!ontbreekt.isEmpty()) {
            throw new OngeldigeInvoerException("de aanvraag is nog niet compleet: vul " + String.join(", ", ontbreekt) + " in");
        }
        status = AanvraagStatus.INGEDIEND;
        ingediendOp = datum;
        compleetOp = datum;
        gebeurtenissen.add(new AanvraagIngediend(id, swv.waarde(), soort));
    }

    public void neemInBehandeling(long coordinator) {
        vereis(kan(Aanvraagstap.IN_BEHANDELING_NEMEN), "alleen een ingediende aanvraag kan in behandeling worden genomen of worden overgedragen");
        coordinatorId = coordinator;
        status = AanvraagStatus.IN_BEHANDELING;
    }

    public void vraagAanvulling(String gevraagd, LocalDate deadline, LocalDate vandaag) {
        vereis(kan(Aanvraagstap.AANVULLING_VRAGEN), "aanvulling vragen kan alleen tijdens de behandeling");
        if (gevraagd == null || gevraagd.isBlank()) {
            throw new OngeldigeInvoerException("gevraagd", "beschrijf welke aanvulling de school moet leveren");
        }
        if (deadline == null || !deadline.isAfter(vandaag)) {
            throw new OngeldigeInvoerException("de termijn voor de aanvulling ligt in de toekomst");
        }
        aanvullingVraag = gevraagd.trim();
        aanvullingDeadline = deadline;
        compleetOp = null;
        status = AanvraagStatus.AANVULLING_GEVRAAGD;
        gebeurtenissen.add(new AanvullingGevraagd(id, swv.waarde(), vestigingId, deadline));
    }

    public void vulAan(LocalDate datum) {
        vereis(kan(Aanvraagstap.AANVULLEN), "er is geen aanvulling gevraagd");
        status = adviezen.isEmpty() ? AanvraagStatus.IN_BEHANDELING : AanvraagStatus.ADVIES;
        aanvullingDeadline = null;
        compleetOp = datum;
    }

    public boolean aanvullingTeLaat(LocalDate vandaag) {
        return status == AanvraagStatus.AANVULLING_GEVRAAGD && vandaag.isAfter(aanvullingDeadline);
    }

    /** The coordinator asks two different experts, each for an own advice. */
    public void vraagAdvies(long eersteDeskundige, long tweedeDeskundige) {
        vereis(soort.vraagtDeskundigenadvies(), "deskundigenadvies hoort bij een toelaatbaarheidsverklaring voor SBO, SO of VSO");
        vereis(status == AanvraagStatus.IN_BEHANDELING, "deskundigen worden gevraagd terwijl de aanvraag in behandeling is");
        if (eersteDeskundige == tweedeDeskundige) {
            throw new OngeldigeInvoerException("tweede", "vraag twee verschillende deskundigen: twee onafhankelijke adviezen");
        }
        deskundigen.add(new GevraagdeDeskundige(eersteDeskundige, null));
        deskundigen.add(new GevraagdeDeskundige(tweedeDeskundige, null));
        status = AanvraagStatus.ADVIES;
        gebeurtenissen.add(new AdviesGevraagd(id, swv.waarde(), List.of(eersteDeskundige, tweedeDeskundige)));
    }

    /**
     * Records that an expert of the SWV wrote or contributed to this request (in the school's
     * meeting, for instance): such an expert is not independent and cannot advise on it
     * (Onderwijsgeschillen 13-06-2018, no. 108184). An expert already asked is replaced first.
     */
    public void legMeewerkerVast(long gebruikerId) {
        vereis(kan(Aanvraagstap.MEEWERKER_VASTLEGGEN), "meewerkers worden vastgelegd zolang de aanvraag loopt");
        if (isDeskundigeVan(gebruikerId)) {
            throw new OngeldigeInvoerException("meewerker", "deze deskundige is om advies gevraagd; vervang hem of haar eerst door een onafhankelijke deskundige");
        }
        meewerkers.add(new Meewerker(gebruikerId));
    }

    public boolean heeftMeegewerkt(long gebruikerId) {
        return meewerkers.contains(new Meewerker(gebruikerId));
    }

    public Set<Long> meewerkers() {
        return meewerkers.stream().map(Meewerker::gebruikerId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isDeskundigeVan(long gebruiker) {
        return deskundigen.stream().anyMatch(d -> d.deskundigeId() == gebruiker && d.vervangenOp() == null);
    }

    /**
     * The coordinator replaces an expert whose advice is still outstanding (ill, leaving, a tie that
     * came to light): the new expert is asked, the replaced one no longer sees the request, and the
     * replacement stays in the history. An advice already given stays and its expert is not replaced.
     */
    public void vervangDeskundige(long vervangen, long nieuw, LocalDate datum) {
        vereis(kan(Aanvraagstap.DESKUNDIGE_VERVANGEN), "een deskundige wordt vervangen zolang diens advies nog niet is gegeven");
        var oud = deskundigen.stream().filter(d -> d.deskundigeId() == vervangen && d.vervangenOp() == null).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("vervangen", "kies een gevraagde deskundige"));
        if (adviezen.stream().anyMatch(a -> a.deskundigeId() == vervangen)) {
            throw new OngeldigeInvoerException("vervangen", "deze deskundige heeft al advies gegeven; dat advies blijft en wordt niet vervangen");
        }
        if (deskundigen.stream().anyMatch(d -> d.deskundigeId() == nieuw)) {
            throw new OngeldigeInvoerException("nieuw", "deze deskundige is al gevraagd voor deze aanvraag; kies een ander voor een onafhankelijk advies");
        }
        deskundigen.remove(oud);
        deskundigen.add(new GevraagdeDeskundige(vervangen, datum));
        deskundigen.add(new GevraagdeDeskundige(nieuw, null));
        gebeurtenissen.add(new AdviesGevraagd(id, swv.waarde(), List.of(nieuw)));
    }

    /**
     * Records one of the two independent expert advices (WPO 18a lid 11): one of the two is an
     * orthopedagoog or a psycholoog, the second comes from another person, and each is an own written
     * advice — a joint or commission advice does not count (LBT 18-2-2019, no. 108582), nor does a
     * text that (nearly) repeats the other one. The profession is the one the SWV recorded.
     */
    public void voegAdviesToe(long deskundigeId, String naam, Deskundigheid deskundigheid, boolean positief, String motivering,
            LocalDate datum, boolean onafhankelijkVanSchool) {
        vereis(status == AanvraagStatus.ADVIES, "adviezen worden gegeven als de aanvraag bij de deskundigen ligt");
        vereis(adviezen.size() < 2, "er zijn al twee deskundigenadviezen");
        vereis(isDeskundigeVan(deskundigeId), "alleen een gevraagde deskundige geeft advies over deze aanvraag");
        if (!onafhankelijkVanSchool) {
            throw new OngeldigeInvoerException("een deskundige van de aanvragende school kan niet adviseren: het advies moet onafhankelijk zijn");
        }
        if (motivering == null || motivering.isBlank()) {
            throw new OngeldigeInvoerException("motivering", "een deskundigenadvies is schriftelijk gemotiveerd");
        }
        if (adviezen.stream().anyMatch(a -> a.deskundigeId() == deskundigeId)) {
            throw new OngeldigeInvoerException("tweede", "de tweede deskundige is een ander dan de eerste: twee onafhankelijke adviezen");
        }
        if (adviezen.size() == 1 && !deskundigheid.magEersteDeskundigeZijn() && !adviezen.iterator().next().deskundigheid().magEersteDeskundigeZijn()) {
            throw new OngeldigeInvoerException("een van beide deskundigen is een orthopedagoog of een psycholoog");
        }
        if (Deskundigenadvies.isGezamenlijk(motivering)) {
            throw new OngeldigeInvoerException("motivering", "een gezamenlijk advies of een advies van een commissie telt niet: elke deskundige "
                    + "geeft een eigen schriftelijk advies, zodat te zien is wie de eerste en wie de tweede deskundige is");
        }
        if (adviezen.stream().anyMatch(a -> Deskundigenadvies.lijktOp(a.motivering(), motivering))) {
            throw new OngeldigeInvoerException("motivering", "dit advies is (bijna) gelijk aan het andere advies; twee deskundigen geven elk een "
                    + "eigen, onafhankelijk advies");
        }
        adviezen.add(new Deskundigenadvies(adviezen.size() + 1, deskundigeId, naam, deskundigheid, positief, motivering.trim(), datum));
    }

    /** Both experts agree? When they differ, SWVs hold a joint meeting before the decision. */
    public boolean adviezenEensluidend() {
        return adviezen.size() == 2 && adviezen.stream().map(Deskundigenadvies::positief).distinct().count() == 1;
    }

    public void agendeer(long vergadering) {
        vereis(kan(Aanvraagstap.AGENDEREN), "alleen een aanvraag in behandeling kan worden geagendeerd");
        vergaderingId = vergadering;
    }

    /** Off the agenda before it is decided; a decided request stays on the agenda of the meeting that decided it. */
    public void haalVanAgenda() {
        vereis(kan(Aanvraagstap.VAN_AGENDA_HALEN), "alleen een geagendeerde aanvraag waarover nog niet is besloten kan van de agenda");
        vergaderingId = null;
    }

    public void neemBesluit(Besluit besluit, Aanvraagbeleid beleid) {
        vereis(kan(Aanvraagstap.BESLUITEN), soort.isTlv() ? "over een toelaatbaarheidsverklaring wordt pas besloten na twee deskundigenadviezen"
                : "alleen een aanvraag in behandeling kan worden besloten");
        controleer(besluit, beleid);
        besluiten.add(besluit);
        status = AanvraagStatus.BESLOTEN;
        meldBesluit(besluit, Toekenningswijziging.TOEGEKEND, false);
    }

    /** Whether this request now holds a granted TLV that has no volgnummer yet: it gets the SWV's next one. */
    public boolean wachtOpTlvVolgnummer() {
        return soort.isTlv() && tlvVolgnummer == null && huidigBesluit().map(b -> b.uitkomst().isToegekend()).orElse(false);
    }

    /**
     * Every TLV has a volgnummer (regels.md; WEC 164a lid 2 k): given once, when it is first granted,
     * and kept when the TLV changes on objection, so the school, DUO and the SWV name the same TLV.
     */
    public void kenTlvVolgnummerToe(int volgnummer) {
        vereis(wachtOpTlvVolgnummer(), "alleen een toegekende toelaatbaarheidsverklaring zonder volgnummer krijgt er een");
        tlvVolgnummer = volgnummer;
    }

    /**
     * A decision is announced to school and parents; every change of a grant — an arrangement's
     * commitment or a TLV (granted, changed on objection, revoked, ended early) — also to the budget,
     * and a TLV's to DUO's deduction.
     */
    private void meldBesluit(Besluit besluit, Toekenningswijziging wijziging, boolean bijDuoGeregistreerd) {
        gebeurtenissen.add(new BesluitGenomen(id, swv.waarde(), vestigingId, leerlingId, besluit.volgnummer()));
        if (besluit.uitkomst() == Besluituitkomst.AFGEWEZEN) {
            return;
        }
        if (besluit.isTlv()) {
            gebeurtenissen.add(new TlvGewijzigd(id, swv.waarde(), leerlingId, vestigingId, besluit.tlvSoort(), besluit.categorie(),
                    besluit.startdatum(), besluit.einddatum(), besluit.volgnummer(), wijziging, bijDuoGeregistreerd));
        } else {
            gebeurtenissen.add(new ArrangementGewijzigd(id, swv.waarde(), vestigingId, besluit.arrangementsoortId(), besluit.bedrag(),
                    besluit.startdatum(), besluit.einddatum(), besluit.volgnummer(), wijziging));
        }
    }

    /** What happened to this request since it was read; published when it is saved. */
    @DomainEvents
    public List<Object> gebeurtenissen() {
        return List.copyOf(gebeurtenissen);
    }

    @AfterDomainEventPublication
    void wisGebeurtenissen() {
        gebeurtenissen.clear();
    }

    private void controleer(Besluit besluit, Aanvraagbeleid beleid) {
        if (!besluit.uitkomst().isBesluitOpAanvraag()) {
            throw new OngeldigeInvoerException("uitkomst", "kies toegekend, afgewezen of toegekend met aanpassing; intrekken en beëindigen zijn eigen stappen");
        }
        if (!besluit.uitkomst().isToegekend()) {
            return;
        }
        if (soort.isTlv()) {
            if (!soort.tlvSoort().equals(besluit.tlvSoort())) {
                throw new OngeldigeInvoerException("het besluit moet over een TLV " + soort.tlvSoort() + " gaan");
            }
            if (soort.vraagtCategorie() != (besluit.categorie() != null)) {
                throw new OngeldigeInvoerException("categorie", soort.vraagtCategorie()
                        ? "een TLV voor SO of VSO heeft een bekostigingscategorie (laag, midden of hoog)"
                        : "een TLV voor SBO heeft geen bekostigingscategorie");
            }
            if (besluit.einddatum() == null) {
                throw new OngeldigeInvoerException("einddatum", "een toelaatbaarheidsverklaring geldt voor één of meer schooljaren: vul de einddatum in");
            }
            // end dates are inclusive: 1 August 2027 up to and including 31 July 2028 is twelve months
            if (besluit.einddatum().plusDays(1).isBefore(besluit.startdatum().plusMonths(beleid.tlvMinimaleMaanden()))) {
                throw new OngeldigeInvoerException("einddatum", "een TLV loopt volgens het beleid van het samenwerkingsverband ten minste %d maanden"
                        .formatted(beleid.tlvMinimaleMaanden()));
            }
            if (besluit.einddatum().isBefore(besluit.vroegsteTlvEinde())) {
                throw new OngeldigeInvoerException("einddatum", "een TLV geldt voor ten minste één heel schooljaar, plus de rest van het schooljaar waarin "
                        + "ze ingaat (WEC art. 40 lid 15): ten minste tot en met 31 juli " + besluit.vroegsteTlvEinde().getYear());
            }
            if (besluit.bevoegdSwv() == null || !besluit.bevoegdSwv().equals(swv.waarde())) {
                throw new OngeldigeInvoerException("dit samenwerkingsverband is niet bevoegd voor deze toelaatbaarheidsverklaring");
            }
        } else {
            if (besluit.arrangementsoortId() == null || besluit.einddatum() == null) {
                throw new OngeldigeInvoerException("een arrangement heeft een soort en een periode met einddatum");
            }
            if (besluit.bedrag() == null || besluit.bedrag().signum() < 0) {
                throw new OngeldigeInvoerException("bedrag", "een arrangement heeft een bedrag in euro's of een aantal uren maal een tarief");
            }
        }
    }

    /**
     * The SWV revokes a grant (given in error, or on facts that were wrong): a new version of the
     * decision, with its motivation. A revoked TLV no longer counts, and DUO is told when it had it;
     * a revoked arrangement commits nothing any more.
     */
    public void trekToekenningIn(String motivering, LocalDate datum, String door) {
        vereis(kan(Aanvraagstap.TOEKENNING_INTREKKEN), "alleen een toegekende aanvraag zonder lopend bezwaar kan worden ingetrokken");
        var huidig = huidigBesluit().orElseThrow();
        wijzigToekenning(new Besluit(volgendBesluitnummer(), Besluituitkomst.INGETROKKEN, motivering, datum, door, "intrekking",
                huidig.arrangementsoortId(), null, null, huidig.isTlv() ? null : BigDecimal.ZERO.setScale(2), huidig.tlvSoort(), huidig.categorie(),
                huidig.bevoegdSwv(), huidig.startdatum(), null), Toekenningswijziging.INGETROKKEN);
    }

    /**
     * The SWV ends a grant before its end date, for instance when the pupil returns to regular
     * education or moves: the last day it counts is given; until then it runs on. An arrangement then
     * commits its amount for the shorter period, by the days it ran (rounded once, half-up, to cents).
     */
    public void beeindigToekenning(String motivering, LocalDate laatsteDag, LocalDate datum, String door) {
        vereis(kan(Aanvraagstap.TOEKENNING_BEEINDIGEN), "alleen een toegekende aanvraag zonder lopend bezwaar kan voortijdig worden beëindigd");
        var huidig = huidigBesluit().orElseThrow();
        if (laatsteDag == null || !laatsteDag.isAfter(huidig.startdatum()) || !laatsteDag.isBefore(huidig.einddatum())) {
            throw new OngeldigeInvoerException("laatsteDag", "de laatste dag ligt na het begin (%s) en voor het einde (%s); "
                    .formatted(Datumnotatie.kort(huidig.startdatum()), Datumnotatie.kort(huidig.einddatum())) + "geldt de toekenning nooit, trek haar dan in");
        }
        wijzigToekenning(new Besluit(volgendBesluitnummer(), Besluituitkomst.VOORTIJDIG_BEEINDIGD, motivering, datum, door, "beëindiging",
                huidig.arrangementsoortId(), null, null, huidig.isTlv() ? null : naarRato(huidig, laatsteDag), huidig.tlvSoort(), huidig.categorie(),
                huidig.bevoegdSwv(), huidig.startdatum(), laatsteDag), Toekenningswijziging.VOORTIJDIG_BEEINDIGD);
    }

    private static BigDecimal naarRato(Besluit huidig, LocalDate laatsteDag) {
        long gelopen = ChronoUnit.DAYS.between(huidig.startdatum(), laatsteDag) + 1;
        long toegekend = ChronoUnit.DAYS.between(huidig.startdatum(), huidig.einddatum()) + 1;
        return huidig.bedrag().multiply(BigDecimal.valueOf(gelopen)).divide(BigDecimal.valueOf(toegekend), 2, RoundingMode.HALF_UP);
    }

    private void wijzigToekenning(Besluit besluit, Toekenningswijziging wijziging) {
        boolean bijDuo = isBijDuoGeregistreerd();
        besluiten.add(besluit);
        // a grant ended early that is still running stays in force until its new last day (the daily job ends a TLV then)
        boolean inWerking = status == AanvraagStatus.ACTIEF || (!soort.isTlv() && status == AanvraagStatus.BESLOTEN);
        boolean loopt = besluit.uitkomst() == Besluituitkomst.VOORTIJDIG_BEEINDIGD && inWerking && !besluit.einddatum().isBefore(besluit.beslotenOp());
        status = loopt ? status : AanvraagStatus.AFGELOPEN;
        meldBesluit(besluit, wijziging, bijDuo);
    }

    /** Whether the decision in force went to DUO: then DUO must be told of a change to it. */
    private boolean isBijDuoGeregistreerd() {
        return status == AanvraagStatus.GEREGISTREERD_BIJ_DUO || status == AanvraagStatus.ACTIEF;
    }

    public void registreerBijDuo() {
        vereis(kan(Aanvraagstap.REGISTREREN_BIJ_DUO), "alleen een toegekende toelaatbaarheidsverklaring wordt bij DUO geregistreerd");
        status = AanvraagStatus.GEREGISTREERD_BIJ_DUO;
    }

    /** From its start date a granted arrangement, or a TLV registered with DUO, is active. */
    public boolean activeer(LocalDate vandaag) {
        var besluit = huidigBesluit().filter(b -> b.uitkomst().isToegekend());
        boolean gereed = soort.isTlv() ? status == AanvraagStatus.GEREGISTREERD_BIJ_DUO : status == AanvraagStatus.BESLOTEN;
        if (!gereed || besluit.isEmpty() || besluit.get().startdatum().isAfter(vandaag)) {
            return false;
        }
        status = AanvraagStatus.ACTIEF;
        return true;
    }

    public boolean loopAf(LocalDate vandaag) {
        var einde = huidigBesluit().map(Besluit::einddatum);
        if (status != AanvraagStatus.ACTIEF || einde.isEmpty() || !vandaag.isAfter(einde.get())) {
            return false;
        }
        status = AanvraagStatus.AFGELOPEN;
        return true;
    }

    public void trekIn() {
        vereis(kan(Aanvraagstap.INTREKKEN), "een aanvraag kan alleen worden ingetrokken zolang er niet over besloten is");
        status = AanvraagStatus.INGETROKKEN;
    }

    public Bezwaar dienBezwaarIn(Bezwaar.Indiener door, String gronden, LocalDate datum) {
        var besluit = huidigBesluit().orElseThrow(() -> new OngeldigeStapException("er is nog geen besluit om bezwaar tegen te maken"));
        vereis(kan(Aanvraagstap.BEZWAAR_INDIENEN), "er loopt al een bezwaar tegen dit besluit");
        if (gronden == null || gronden.isBlank()) {
            throw new OngeldigeInvoerException("gronden", "een bezwaarschrift vermeldt de gronden van het bezwaar");
        }
        var bezwaar = new Bezwaar(bezwaren.size() + 1, besluit.volgnummer(), door, datum, gronden.trim(), besluit.bezwaarTermijnTot(), null, null, null, null,
                null, null, null, null, false);
        bezwaren.add(bezwaar);
        return bezwaar;
    }

    public void vraagLbtAdvies(LocalDate datum) {
        vereis(soort.isTlv(), "de Landelijke Bezwaaradviescommissie adviseert over toelaatbaarheidsverklaringen");
        var bezwaar = openBezwaar();
        vereis(bezwaar.lbtGevraagdOp() == null, "het advies van de LBT is al gevraagd");
        vervang(bezwaar, bezwaar.metLbtVraag(datum));
    }

    public void registreerLbtAdvies(String advies, LocalDate datum) {
        var bezwaar = openBezwaar();
        vereis(bezwaar.lbtGevraagdOp() != null, "vraag eerst het advies van de LBT");
        if (advies == null || advies.isBlank()) {
            throw new OngeldigeInvoerException("advies", "vul het advies van de LBT in");
        }
        vervang(bezwaar, bezwaar.metLbtAdvies(advies.trim(), datum));
    }

    /** Awb 7:10 lid 3: the decision on the objection is postponed once, by six weeks, with a reason. */
    public void verdaagBezwaar(String reden, LocalDate datum) {
        vereis(kan(Aanvraagstap.BEZWAAR_VERDAGEN), "de beslissing op een bezwaar kan één keer worden verdaagd");
        var bezwaar = openBezwaar();
        vervang(bezwaar, bezwaar.verdaagd(reden, datum));
    }

    /**
     * Decides on the open objection. A well-founded objection comes with a new decision, which is
     * added as a new version; the objected one stays in the history. On a TLV the advisory
     * committee's advice comes first, unless the objection is met in full (Awb 7:17 lid 1 onder b).
     */
    public void beslisOpBezwaar(boolean gegrond, boolean volledigTegemoetgekomen, String toelichting, Besluit nieuwBesluit, LocalDate datum,
            Aanvraagbeleid beleid) {
        var bezwaar = openBezwaar();
        if (volledigTegemoetgekomen && !gegrond) {
            throw new OngeldigeInvoerException("volledigTegemoet", "alleen een gegrond bezwaar kan volledig tegemoet worden gekomen");
        }
        vereis(!soort.isTlv() || bezwaar.lbtAdvies() != null || volledigTegemoetgekomen,
                "bij een TLV wordt op bezwaar beslist na het advies van de bezwaaradviescommissie, behalve als het bezwaar volledig wordt tegemoetgekomen");
        if (toelichting == null || toelichting.isBlank()) {
            throw new OngeldigeInvoerException("toelichting", "motiveer de beslissing op bezwaar");
        }
        if (gegrond) {
            if (nieuwBesluit == null) {
                throw new OngeldigeInvoerException("uitkomst", "een gegrond bezwaar leidt tot een nieuw besluit");
            }
            controleer(nieuwBesluit, beleid);
            boolean bijDuo = isBijDuoGeregistreerd();
            besluiten.add(nieuwBesluit);
            status = AanvraagStatus.BESLOTEN;
            meldBesluit(nieuwBesluit, Toekenningswijziging.GEWIJZIGD_OP_BEZWAAR, bijDuo);
        }
        vervang(bezwaar, bezwaar.beslist(gegrond ? Bezwaar.Beslissing.GEGROND : Bezwaar.Beslissing.ONGEGROND, toelichting.trim(), datum,
                soort.isTlv() && bezwaar.lbtAdvies() == null));
    }

    private Bezwaar openBezwaar() {
        return bezwaren.stream().filter(Bezwaar::open).findFirst()
                .orElseThrow(() -> new OngeldigeStapException("er loopt geen bezwaar"));
    }

    private void vervang(Bezwaar oud, Bezwaar nieuw) {
        bezwaren.remove(oud);
        bezwaren.add(nieuw);
    }

    /**
     * The one place that says which steps someone may take on this request now: the step is theirs
     * to take and the request is in a state that allows it. Pages show exactly these.
     */
    public Set<Aanvraagstap> mogelijkeStappen(Aanvraagstap.Betrokkene wie) {
        var stappen = EnumSet.noneOf(Aanvraagstap.class);
        for (var stap : Aanvraagstap.values()) {
            if (stap.magDoor(wie) && kan(stap, wie.gebruikerId())) {
                stappen.add(stap);
            }
        }
        return stappen;
    }

    private boolean kan(Aanvraagstap stap) {
        return kan(stap, -1);
    }

    /** Whether the state of this request allows the step, taken by this user. */
    boolean kan(Aanvraagstap stap, long door) {
        var openBezwaar = bezwaren.stream().filter(Bezwaar::open).findFirst();
        return switch (stap) {
            case INHOUD_WIJZIGEN -> status == AanvraagStatus.CONCEPT || status == AanvraagStatus.AANVULLING_GEVRAAGD;
            case OUDERGESPREK_VASTLEGGEN, BIJLAGE_TOEVOEGEN, INTREKKEN -> status.isOpen();
            case OUDERS_UITNODIGEN -> status == AanvraagStatus.CONCEPT;
            case ZIENSWIJZE_GEVEN -> status.isOpen() && (status != AanvraagStatus.CONCEPT || oudersUitgenodigdOp != null);
            case INDIENEN -> status == AanvraagStatus.CONCEPT;
            case AANVULLEN -> status == AanvraagStatus.AANVULLING_GEVRAAGD;
            case VERLENGING_AANVRAGEN -> (status == AanvraagStatus.BESLOTEN || status == AanvraagStatus.GEREGISTREERD_BIJ_DUO
                    || status == AanvraagStatus.ACTIEF) && huidigBesluit().map(b -> b.uitkomst().isToegekend()).orElse(false);
            case IN_BEHANDELING_NEMEN -> status == AanvraagStatus.INGEDIEND || status == AanvraagStatus.IN_BEHANDELING;
            case AANVULLING_VRAGEN, AGENDEREN -> status == AanvraagStatus.IN_BEHANDELING || status == AanvraagStatus.ADVIES;
            case VAN_AGENDA_HALEN -> vergaderingId != null && status.isOpen();
            case ADVIES_VRAGEN -> soort.vraagtDeskundigenadvies() && status == AanvraagStatus.IN_BEHANDELING;
            case MEEWERKER_VASTLEGGEN -> soort.vraagtDeskundigenadvies() && (status == AanvraagStatus.IN_BEHANDELING || status == AanvraagStatus.ADVIES)
                    && adviezen.size() < 2;
            case DESKUNDIGE_VERVANGEN -> status == AanvraagStatus.ADVIES && deskundigen.stream()
                    .anyMatch(d -> d.vervangenOp() == null && adviezen.stream().noneMatch(a -> a.deskundigeId() == d.deskundigeId()));
            case ADVIES_GEVEN -> status == AanvraagStatus.ADVIES && adviezen.size() < 2 && isDeskundigeVan(door)
                    && adviezen.stream().noneMatch(a -> a.deskundigeId() == door);
            case BESLUITEN -> soort.vraagtDeskundigenadvies() ? status == AanvraagStatus.ADVIES && adviezen.size() == 2
                    : status == AanvraagStatus.IN_BEHANDELING;
            case REGISTREREN_BIJ_DUO -> soort.isTlv() && status == AanvraagStatus.BESLOTEN
                    && huidigBesluit().map(b -> b.uitkomst().isToegekend()).orElse(false);
            case BEZWAAR_INDIENEN -> !besluiten.isEmpty() && openBezwaar.isEmpty();
            case LBT_ADVIES_VRAGEN -> soort.isTlv() && openBezwaar.filter(b -> b.lbtGevraagdOp() == null).isPresent();
            case LBT_ADVIES_VASTLEGGEN -> openBezwaar.filter(b -> b.lbtGevraagdOp() != null && b.lbtAdvies() == null).isPresent();
            case BESLISSEN_OP_BEZWAAR -> openBezwaar.isPresent();
            case TOEKENNING_INTREKKEN, TOEKENNING_BEEINDIGEN -> openBezwaar.isEmpty() && huidigBesluit().map(b -> b.uitkomst().isToegekend()).orElse(false)
                    && (status == AanvraagStatus.BESLOTEN || status == AanvraagStatus.GEREGISTREERD_BIJ_DUO || status == AanvraagStatus.ACTIEF);
            case BEZWAAR_VERDAGEN -> openBezwaar.filter(b -> b.verdaagdOp() == null).isPresent();
        };
    }

    /** The TLV's volgnummer, once granted; null for an arrangement or a TLV not (yet) granted. */
    public Integer tlvVolgnummer() {
        return tlvVolgnummer;
    }

    public Optional<Besluit> huidigBesluit() {
        return besluiten.stream().reduce((eerder, later) -> later);
    }

    public int volgendBesluitnummer() {
        return besluiten.size() + 1;
    }

    public LocalDate beslistermijnTot(Aanvraagbeleid beleid) {
        return ingediendOp == null ? null : ingediendOp.plusWeeks(beleid.beslistermijnWeken());
    }

    public boolean beslistermijnOverschreden(LocalDate vandaag, Aanvraagbeleid beleid) {
        return status.isOpen() && ingediendOp != null && vandaag.isAfter(beslistermijnTot(beleid));
    }

    private static void vereis(boolean voorwaarde, String bericht) {
        if (!voorwaarde) {
            throw new OngeldigeStapException(bericht);
        }
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }

    public long id() { return id; }
    public SwvCode swv() { return swv; }
    public long vestigingId() { return vestigingId; }
    public long leerlingId() { return leerlingId; }
    public Aanvraagsoort soort() { return soort; }
    public Long verlengingVan() { return verlengingVan; }
    public AanvraagStatus status() { return status; }
    public String vraag() { return vraag; }
    public String ondersteuningsbehoeften() { return ondersteuningsbehoeften; }
    public String watGeprobeerd() { return watGeprobeerd; }
    public Long oppId() { return oppId; }
    public Integer oppVersie() { return oppVersie; }
    public String tlvBevoegdheid() { return tlvBevoegdheid; }
    public String zienswijzeOuders() { return zienswijzeOuders; }
    public Boolean oudersAkkoord() { return oudersAkkoord; }
    public LocalDate zienswijzeOudersOp() { return zienswijzeOudersOp; }
    public LocalDate oudersUitgenodigdOp() { return oudersUitgenodigdOp; }
    public String oudergesprek() { return oudergesprek; }
    public Boolean oudersAkkoordVolgensSchool() { return oudersAkkoordVolgensSchool; }
    public Long arrangementsoortId() { return arrangementsoortId; }
    public Long coordinatorId() { return coordinatorId; }
    public String aanvullingVraag() { return aanvullingVraag; }
    public LocalDate aanvullingDeadline() { return aanvullingDeadline; }
    public LocalDate ingediendOp() { return ingediendOp; }

    public LocalDate compleetOp() { return compleetOp; }
    public Long vergaderingId() { return vergaderingId; }
    /** The experts asked now, without the ones replaced. */
    public Set<Long> deskundigen() {
        return deskundigen.stream().filter(d -> d.vervangenOp() == null).map(GevraagdeDeskundige::deskundigeId)
                .collect(Collectors.toUnmodifiableSet());
    }
    /** Every expert ever asked, the replaced ones with the day they were replaced. */
    public List<GevraagdeDeskundige> gevraagdeDeskundigen() { return List.copyOf(deskundigen); }
    public List<Deskundigenadvies> adviezen() { return List.copyOf(adviezen); }
    public List<Besluit> besluiten() { return List.copyOf(besluiten); }
    public List<Bezwaar> bezwaren() { return List.copyOf(bezwaren); }
    public int versie() { return versie == null ? 0 : versie; }

    /** The parts of one kind, ordered and identified by their sequence number. */
    private static <T> Set<T> opVolgorde(Set<T> delen, ToIntFunction<T> volgnummer) {
        var opVolgorde = new TreeSet<T>(Comparator.comparingInt(volgnummer));
        if (delen != null) {
            opVolgorde.addAll(delen);
        }
        return opVolgorde;
    }

    /** A person of the SWV who wrote or contributed to the request, and may therefore not advise on it. */
    @Table("aanvraag_meewerker")
    record Meewerker(long gebruikerId) {
    }

    /** An expert the coordinator asked for advice on this request: only they see it and advise on it, until replaced. */
    @Table("aanvraag_deskundige")
    public record GevraagdeDeskundige(long deskundigeId, LocalDate vervangenOp) {
    }
}
