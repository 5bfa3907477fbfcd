package nl.thuisnabij.aanmelding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisnabij.aanmelding.persistence.AanmeldingRepository;
import nl.thuisnabij.aanmelding.persistence.TermijnbeleidRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.NieuweLeerling;
import nl.thuisnabij.ondersteuning.Catalogus;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.ondersteuning.Ondersteuningsprofielen;
import nl.thuisnabij.register.Afstanden;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations under the zorgplicht of an SWV's member schools, and the search for a place.
 *
 * The SWV's own term policy and holidays are {@link Zorgplichtbeleid}.
 *
 * <p>Over 300 lines on purpose: the placement chain (search, proposal, answer, enrolment) and the
 * zorgplicht's edges (information asked, not handled) continue the registration's own steps on the
 * same aggregate and change with them.
 */
@Service
public class Aanmeldingen {

    /** A registration with what its pages need: pupil, school, terms under the SWV's policy. */
    public record Overzicht(Aanmelding aanmelding, Leerling leerling, Vestiging school, Vestiging geplaatstOp, Termijnbeleid beleid,
            LocalDate vandaag) {
        public LocalDate uiterlijkeBeslisdatum() {
            return aanmelding.uiterlijkeBeslisdatum(beleid);
        }

        public long dagenOver() {
            return aanmelding.dagenOver(vandaag, beleid);
        }

        public boolean termijnOverschreden() {
            return aanmelding.termijnOverschreden(vandaag, beleid);
        }

        public boolean voorlopigToegelaten() {
            return aanmelding.voorlopigToegelaten(vandaag, beleid);
        }

        public LocalDate voorlopigeToelatingVanaf() {
            return aanmelding.voorlopigeToelatingVanaf(beleid);
        }

        public boolean vooraanmelding() {
            return aanmelding.isVooraanmelding(vandaag);
        }

        public Aanmelding.TijdelijkeInschrijving tijdelijkeInschrijving() {
            return aanmelding.tijdelijkeInschrijving(vandaag, beleid).orElse(null);
        }

        public Long dagenZonderPlek() {
            return aanmelding.dagenZonderPlek(vandaag).orElse(null);
        }
    }

    /** A school the placement search proposes, nearest first. */
    public record Kandidaatschool(Vestiging vestiging, BigDecimal afstandKm, boolean zelfdeGemeente, int beschikbarePlaatsen) {
    }

    public record Dashboard(List<Overzicht> inOnderzoek, List<Overzicht> termijnOverschreden, List<Overzicht> zonderPlek) {
    }

    private final AanmeldingRepository repository;
    private final TermijnbeleidRepository termijnbeleid;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Catalogus catalogus;
    private final Ondersteuningsprofielen profielen;
    private final Afstanden afstanden;
    private final AuditLog auditLog;
    private final Clock klok;

    Aanmeldingen(AanmeldingRepository repository, TermijnbeleidRepository termijnbeleid, Leerlingen leerlingen, Register register,
            Catalogus catalogus, Ondersteuningsprofielen profielen, Afstanden afstanden, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.termijnbeleid = termijnbeleid;
        this.leerlingen = leerlingen;
        this.register = register;
        this.catalogus = catalogus;
        this.profielen = profielen;
        this.afstanden = afstanden;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    @Transactional
    public long registreer(SwvCode swv, long vestigingId, NieuweLeerling leerling, LocalDate datumAanmelding,
            LocalDate gewensteStartdatum, boolean ondersteuningsbehoefte, Map<Long, Niveau> behoeften) {
        vestiging(swv, vestigingId);
        var domeinen = catalogus.perId(swv);
        behoeften.keySet().stream().filter(id -> !domeinen.containsKey(id)).findFirst().ifPresent(id -> {
            throw new OngeldigeInvoerException("ondersteuningsdomein %d hoort niet bij de catalogus van %s".formatted(id, swv));
        });
        var aanmelding = Aanmelding.nieuw(swv, vestigingId, 0, leerling.geboortedatum(), datumAanmelding, gewensteStartdatum,
                ondersteuningsbehoefte, behoeften, vandaag());
        long leerlingId = leerlingen.registreer(swv, leerling);
        var opgeslagen = repository.save(Aanmelding.nieuw(swv, vestigingId, leerlingId, leerling.geboortedatum(), aanmelding.datumAanmelding(),
                aanmelding.gewensteStartdatum(), ondersteuningsbehoefte, behoeften, vandaag()));
        long id = opgeslagen.id();
        auditLog.schrijven(swv.waarde(), "aanmelding", String.valueOf(id), opgeslagen.isVooraanmelding(vandaag())
                ? "vooraanmelding geregistreerd, geldt als aanmelding vanaf " + opgeslagen.geldtVanaf() : "aanmelding geregistreerd");
        return id;
    }

    /**
     * The pupils registered at this school whose registration it is still investigating: WPO 18a lid
     * 6c lets the board of the school where a pupil is registered ask the SWV for a TLV. Only ids.
     */
    @Transactional(readOnly = true)
    public Set<Long> inOnderzoekBij(SwvCode swv, long vestigingId) {
        return Set.copyOf(repository.findLeerlingIdsInOnderzoekBij(swv, vestigingId));
    }

    /**
     * What the parents stated at the registration of this pupil at this school about the support their
     * child needs, in words, for the school's request to start from; empty when they stated nothing.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> behoeftenBijAanmelding(SwvCode swv, long vestigingId, long leerlingId) {
        var domeinen = catalogus.perId(swv);
        return repository.findByLeerlingen(List.of(leerlingId)).stream()
                .filter(a -> a.swv().equals(swv) && a.vestigingId() == vestigingId && a.ondersteuningsbehoefte())
                .max(java.util.Comparator.comparing(Aanmelding::datumAanmelding))
                .map(a -> {
                    var perNiveau = a.behoeften().entrySet().stream().filter(b -> b.getValue() != Niveau.GEEN && domeinen.containsKey(b.getKey()))
                            .sorted(java.util.Comparator.comparingInt(b -> domeinen.get(b.getKey()).volgorde()))
                            .collect(java.util.stream.Collectors.groupingBy(Map.Entry::getValue, java.util.TreeMap::new,
                                    java.util.stream.Collectors.mapping(b -> domeinen.get(b.getKey()).naam(), java.util.stream.Collectors.joining(", "))));
                    var delen = perNiveau.descendingMap().entrySet().stream().map(e -> e.getKey().omschrijving() + ": " + e.getValue()).toList();
                    return "Bij de aanmelding op " + nl.thuisnabij.shared.Datumnotatie.lang(a.datumAanmelding()) + " gaven de ouders aan dat hun kind "
                            + "ondersteuning nodig heeft" + (delen.isEmpty() ? "." : " — " + String.join("; ", delen) + ".");
                });
    }

    /** A registration at this school (or, for the SWV, at this school of its own), as far as {@link #voorKijker} shows it. */
    @Transactional(readOnly = true)
    public Overzicht overzicht(SwvCode swv, long vestigingId, long id, Gebruiker kijker) {
        var aanmelding = repository.findById(swv, id).filter(a -> a.vestigingId() == vestigingId)
                .filter(a -> !voorKijker(swv, List.of(a), kijker).isEmpty())
                .orElseThrow(() -> new NietGevondenException("aanmelding %d bestaat niet bij deze school".formatted(id)));
        auditLog.lezen(swv.waarde(), "aanmelding", String.valueOf(id), "aanmelding bekeken");
        return overzichten(swv, List.of(aanmelding), "aanmelding bekeken").getFirst();
    }

    @Transactional(readOnly = true)
    public List<Overzicht> vanVestiging(SwvCode swv, long vestigingId, Gebruiker kijker) {
        vestiging(swv, vestigingId);
        return overzichten(swv, voorKijker(swv, repository.findByVestiging(swv, vestigingId), kijker), "lijst aanmeldingen van de school");
    }

    /** The registrations of these pupils this user may see: a school those at its own site, the SWV's staff all of the SWV. */
    @Transactional(readOnly = true)
    public List<Aanmelding> vanLeerlingen(SwvCode swv, java.util.Collection<Long> leerlingIds, Gebruiker kijker) {
        var vanSwv = repository.findByLeerlingen(List.copyOf(leerlingIds)).stream().filter(a -> a.swv().equals(swv))
                .filter(a -> kijker.scope() != Rol.Scope.SCHOOL || kijker.vestigingId() != null && a.vestigingId() == kijker.vestigingId())
                .toList();
        return voorKijker(swv, vanSwv, kijker);
    }

    @Transactional(readOnly = true)
    public List<Overzicht> metVoorstelAan(SwvCode swv, long vestigingId, Gebruiker kijker) {
        vestiging(swv, vestigingId);
        return overzichten(swv, voorKijker(swv, repository.findMetVoorstelAan(swv, vestigingId), kijker), "voorstellen aan de school");
    }

    /**
     * A school sees a registration only while its pupil is not enrolled at another school: once the
     * pupil went elsewhere, the pupil's record holds what the new school enters, and data
     * minimisation leaves the old school nothing of it. The SWV's staff see them all. Which pupils
     * went elsewhere is asked by id, so the hidden pupils are not read.
     */
    private List<Aanmelding> voorKijker(SwvCode swv, List<Aanmelding> aanmeldingen, Gebruiker kijker) {
        if (kijker.scope() != Rol.Scope.SCHOOL) {
            return aanmeldingen;
        }
        var elders = leerlingen.idsEldersIngeschreven(swv, aanmeldingen.stream().map(Aanmelding::leerlingId).toList(), kijker.vestigingId());
        return aanmeldingen.stream().filter(a -> !elders.contains(a.leerlingId())).toList();
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(SwvCode swv) {
        var alle = overzichten(swv, repository.findOpenBySwv(swv), "zorgplichtdashboard");
        return new Dashboard(
                alle.stream().filter(o -> o.aanmelding().status() == AanmeldingStatus.AANGEMELD && !o.termijnOverschreden())
                        .sorted(Comparator.comparingLong(Overzicht::dagenOver)).toList(),
                alle.stream().filter(Overzicht::termijnOverschreden).sorted(Comparator.comparingLong(Overzicht::dagenOver)).toList(),
                alle.stream().filter(o -> o.aanmelding().status() == AanmeldingStatus.NIET_TOEGELATEN)
                        .sorted(Comparator.comparing(Overzicht::dagenZonderPlek).reversed()).toList());
    }

    @Transactional(readOnly = true)
    public List<Overzicht> vanOuder(long ouderGebruikerId) {
        return vanKinderen(ouderGebruikerId, leerlingen.vanOuder(ouderGebruikerId));
    }

    /** The registrations of a parent's children, the children read already; a child not of this parent is left out. */
    @Transactional(readOnly = true)
    public List<Overzicht> vanKinderen(long ouderGebruikerId, List<Leerling> kinderen) {
        var aanmeldingen = repository.findByLeerlingen(kinderen.stream().filter(l -> l.heeftOuderaccount(ouderGebruikerId)).map(Leerling::id).toList());
        var perSwv = aanmeldingen.stream().collect(Collectors.groupingBy(Aanmelding::swv));
        var resultaat = new ArrayList<Overzicht>();
        perSwv.forEach((swv, lijst) -> resultaat.addAll(overzichten(swv, lijst, "gelezen door ouder")));
        return resultaat;
    }

    @Transactional
    public void legOnderzoekVast(SwvCode swv, long vestigingId, long id, int versie, String onderzoek) {
        wijzig(swv, vestigingId, id, versie, "onderzoek vastgelegd", a -> a.legOnderzoekVast(onderzoek));
    }

    @Transactional
    public void verleng(SwvCode swv, long vestigingId, long id, int versie, String reden) {
        var beleid = termijnbeleid.termijnbeleid(swv);
        wijzig(swv, vestigingId, id, versie, "beslistermijn verlengd", a -> a.verleng(reden, vandaag(), beleid));
    }

    @Transactional
    public void neemBesluit(SwvCode swv, long vestigingId, long id, int versie, AanmeldingStatus uitkomst, String toelichting) {
        var aanmelding = wijzig(swv, vestigingId, id, versie, "besluit: " + uitkomst.omschrijving(),
                a -> a.neemBesluit(uitkomst, toelichting, vandaag()));
        if (uitkomst == AanmeldingStatus.TOEGELATEN || uitkomst == AanmeldingStatus.TOEGELATEN_MET_ARRANGEMENT) {
            schrijfIn(aanmelding, vestigingId);
        }
    }

    /**
     * An admitted pupil becomes the school's pupil from the desired start date, so the school can
     * ask the SWV for the arrangement it admitted the pupil with.
     */
    private void schrijfIn(Aanmelding aanmelding, long vestigingId) {
        leerlingen.schrijfIn(aanmelding.swv(), aanmelding.leerlingId(), vestigingId, aanmelding.gewensteStartdatum());
    }

    @Transactional
    public void vraagAanvulling(SwvCode swv, long vestigingId, long id, int versie, String omschrijving, LocalDate uiterlijk) {
        wijzig(swv, vestigingId, id, versie, "informatie gevraagd aan de ouders, termijn ligt stil", a -> a.vraagAanvulling(omschrijving, uiterlijk,
                vandaag()));
    }

    @Transactional
    public void ontvangAanvulling(SwvCode swv, long vestigingId, long id, int versie) {
        wijzig(swv, vestigingId, id, versie, "gevraagde informatie ontvangen, termijn loopt weer", a -> a.ontvangAanvulling(vandaag()));
    }

    @Transactional
    public void neemNietInBehandeling(SwvCode swv, long vestigingId, long id, int versie, String reden) {
        wijzig(swv, vestigingId, id, versie, "niet in behandeling genomen: gevraagde informatie niet ontvangen",
                a -> a.neemNietInBehandeling(reden, vandaag()));
    }

    @Transactional
    public void trekIn(SwvCode swv, long vestigingId, long id, int versie) {
        wijzig(swv, vestigingId, id, versie, "aanmelding ingetrokken", a -> a.trekIn(vandaag()));
    }

    @Transactional
    public void beeindigZorgplicht(SwvCode swv, long vestigingId, long id, int versie, String reden) {
        wijzig(swv, vestigingId, id, versie, "zorgplicht beëindigd", a -> a.beeindigZorgplicht(reden, vandaag()));
    }

    /**
     * Member schools whose profile covers every need at the level asked, nearest to the pupil's
     * home first (GeoNames postcode points); where a distance is unknown, the same municipality
     * first; then the most free places.
     */
    @Transactional(readOnly = true)
    public List<Kandidaatschool> zoekPlaats(SwvCode swv, long vestigingId, long id, Gebruiker kijker) {
        var overzicht = overzicht(swv, vestigingId, id, kijker);
        var aanmelding = overzicht.aanmelding();
        var uitgezonderd = new HashSet<>(aanmelding.afgewezenDoor());
        uitgezonderd.add(aanmelding.vestigingId());
        // a pupil living abroad has no distance to a school here; the schools come in order of free places
        var thuis = overzicht.leerling().woontInBuitenland() ? null : overzicht.leerling().postcode().pc4();
        var thuisGemeente = thuis == null ? null : register.gemeenteVan(thuis).orElse(null);
        var scholen = register.vestigingen(swv).stream().collect(Collectors.toMap(Vestiging::id, Function.identity()));
        return profielen.dieBieden(swv, aanmelding.behoeften(), uitgezonderd, vandaag()).stream()
                .filter(k -> scholen.containsKey(k.vestigingId()))
                .map(k -> {
                    var school = scholen.get(k.vestigingId());
                    var afstand = thuis == null ? null : afstanden.afstandKm(thuis, school.postcode().pc4())
                            .map(km -> BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP)).orElse(null);
                    return new Kandidaatschool(school, afstand, school.gemeente().equals(thuisGemeente), k.beschikbarePlaatsen());
                })
                .sorted(Comparator.comparing((Kandidaatschool k) -> k.afstandKm() == null)
                        .thenComparing(Kandidaatschool::afstandKm, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(k -> !k.zelfdeGemeente())
                        .thenComparing(Kandidaatschool::beschikbarePlaatsen, Comparator.reverseOrder()))
                .toList();
    }

    @Transactional
    public void stelVoor(SwvCode swv, long vestigingId, long id, int versie, long andereVestigingId, Gebruiker door) {
        var kandidaat = zoekPlaats(swv, vestigingId, id, door).stream().filter(k -> k.vestiging().id() == andereVestigingId).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("deze school biedt volgens haar ondersteuningsprofiel niet wat de leerling nodig heeft"));
        wijzig(swv, vestigingId, id, versie, "voorgesteld aan " + kandidaat.vestiging().naam(),
                a -> a.stelVoor(andereVestigingId, kandidaat.afstandKm(), vandaag()));
    }

    /** The proposed school answers: accept (the pupil has a place) or decline with a reason. */
    @Transactional
    public void beantwoordVoorstel(SwvCode swv, long voorgesteldeVestigingId, long aanmeldingId, int volgnummer, boolean accepteer,
            String reden) {
        var aanmelding = repository.findById(swv, aanmeldingId)
                .filter(a -> a.openPoging().filter(p -> p.volgnummer() == volgnummer && p.vestigingId() == voorgesteldeVestigingId).isPresent())
                .orElseThrow(() -> new NietGevondenException("er staat geen voorstel voor deze school open"));
        if (accepteer) {
            aanmelding.accepteer(volgnummer, vandaag());
        } else {
            aanmelding.wijsAf(volgnummer, reden, vandaag());
        }
        bewaar(aanmelding, accepteer ? "voorstel geaccepteerd" : "voorstel afgewezen: " + reden);
        if (accepteer) {
            schrijfIn(aanmelding, voorgesteldeVestigingId);
        }
    }

    /** Marks registrations whose decision term has passed; safe when several nodes run it. */
    @Transactional
    public int escaleerVerlopen() {
        int aantal = 0;
        var beleid = new java.util.HashMap<SwvCode, Termijnbeleid>();
        for (var aanmelding : repository.findOpenZonderEscalatie()) {
            if (aanmelding.escaleer(vandaag(), beleid.computeIfAbsent(aanmelding.swv(), termijnbeleid::termijnbeleid))
                    && repository.zetGeescaleerd(aanmelding.id(), aanmelding.versie(), aanmelding.geescaleerdOp()) == 1) {
                auditLog.schrijven(aanmelding.swv().waarde(), "aanmelding", String.valueOf(aanmelding.id()),
                        "beslistermijn verstreken: geëscaleerd naar de ondersteuningscoördinator");
                aantal++;
            }
        }
        return aantal;
    }

    private Aanmelding wijzig(SwvCode swv, long vestigingId, long id, int versie, String omschrijving, Consumer<Aanmelding> stap) {
        var aanmelding = repository.findById(swv, id).filter(a -> a.vestigingId() == vestigingId)
                .orElseThrow(() -> new NietGevondenException("aanmelding %d bestaat niet bij deze school".formatted(id)));
        if (aanmelding.versie() != versie) {
            throw gelijktijdig();
        }
        stap.accept(aanmelding);
        bewaar(aanmelding, omschrijving);
        return aanmelding;
    }

    private void bewaar(Aanmelding aanmelding, String omschrijving) {
        try {
            repository.save(aanmelding);
        } catch (OptimisticLockingFailureException e) {
            throw gelijktijdig();
        }
        auditLog.schrijven(aanmelding.swv().waarde(), "aanmelding", String.valueOf(aanmelding.id()), omschrijving);
    }

    private static GelijktijdigeWijzigingException gelijktijdig() {
        return new GelijktijdigeWijzigingException(
                "Iemand anders heeft deze aanmelding intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");
    }

    private Vestiging vestiging(SwvCode swv, long vestigingId) {
        return register.vestiging(vestigingId).filter(v -> v.swv().equals(swv))
                .orElseThrow(() -> new NietGevondenException("vestiging %d hoort niet bij %s".formatted(vestigingId, swv)));
    }

    private List<Overzicht> overzichten(SwvCode swv, List<Aanmelding> aanmeldingen, String omschrijving) {
        if (aanmeldingen.isEmpty()) {
            return List.of();
        }
        var beleid = termijnbeleid.termijnbeleid(swv);
        var scholenIds = new HashSet<Long>();
        aanmeldingen.forEach(a -> {
            scholenIds.add(a.vestigingId());
            if (a.geplaatstVestigingId() != null) {
                scholenIds.add(a.geplaatstVestigingId());
            }
        });
        var scholen = register.vestigingen(scholenIds).stream().collect(Collectors.toMap(Vestiging::id, Function.identity()));
        var kinderen = leerlingen.vindAlle(swv, aanmeldingen.stream().map(Aanmelding::leerlingId).collect(Collectors.toSet()), omschrijving);
        var vandaag = vandaag();
        return aanmeldingen.stream().map(a -> new Overzicht(a, kinderen.get(a.leerlingId()), scholen.get(a.vestigingId()),
                a.geplaatstVestigingId() == null ? null : scholen.get(a.geplaatstVestigingId()), beleid, vandaag)).toList();
    }
}
