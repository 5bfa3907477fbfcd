package nl.thuisnabij.aanvraag;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.persistence.AanvraagLijstRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.leerling.Leerling;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.Pagina;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of requests: a work queue page, a meeting's agenda, a parent's overview. Filtered,
 * counted and paged in the database; the pupils shown are read and audit-logged once per list.
 */
@Service
public class Aanvraaglijsten {

    /**
     * Which requests a list shows and in what order. The open ones (the coordinator's queue) are few
     * enough to show at once and sort on any column; the decided ones, and a list of one state, run
     * back through the years a page at a time, newest first.
     */
    public record Filter(AanvraagStatus status, String zoek, boolean alleenMijn, Long vergadering, Long na, Weergave weergave, Sortering sortering,
            boolean aflopend) {

        public Filter(AanvraagStatus status, String zoek, boolean alleenMijn, Long vergadering, Long na) {
            this(status, zoek, alleenMijn, vergadering, na, Weergave.ALLE, Sortering.ACTIE, false);
        }

        public static Filter alles() {
            return new Filter(null, null, false, null, null);
        }

        boolean allesTegelijk() {
            return status == null && weergave == Weergave.OPEN;
        }
    }

    public enum Weergave {
        OPEN, AFGEHANDELD, ALLE
    }

    /** The columns the open requests sort on; ACTIE puts those that need the coordinator first, then the nearest term. */
    public enum Sortering {
        ACTIE(Comparator.comparing((Aanvraagregel r) -> !r.actieNodig()).thenComparing(Aanvraagregel::beslistermijnTot,
                Comparator.nullsLast(Comparator.naturalOrder()))),
        TERMIJN(Comparator.comparing(Aanvraagregel::beslistermijnTot, Comparator.nullsLast(Comparator.naturalOrder()))),
        KENMERK(Comparator.comparingLong(Aanvraagregel::id)),
        LEERLING(Comparator.comparing((Aanvraagregel r) -> r.leerling().achternaam(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.leerling().voornaam(), String.CASE_INSENSITIVE_ORDER)),
        SOORT(Comparator.comparing(Aanvraagregel::soort)),
        SCHOOL(Comparator.comparing((Aanvraagregel r) -> r.school().naam(), String.CASE_INSENSITIVE_ORDER)),
        STATUS(Comparator.comparing(Aanvraagregel::status)),
        BEHANDELAAR(Comparator.comparing(Aanvraagregel::behandelaar, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));

        private final Comparator<Aanvraagregel> volgorde;

        Sortering(Comparator<Aanvraagregel> volgorde) {
            this.volgorde = volgorde;
        }
    }

    /** More open requests than this is a backlog to filter, not a page to read. */
    public static final int MEESTE_OPEN = 500;

    /** One page of the requests this user may see that pass the filter, and the counts per state over all of them. */
    public record Werkvoorraad(Pagina<Aanvraagregel> pagina, Map<AanvraagStatus, Long> aantallen) {
        public List<Aanvraagregel> aanvragen() {
            return pagina.regels();
        }
    }

    private final AanvraagLijstRepository repository;
    private final Leerlingen leerlingen;
    private final Register register;
    private final Aanvraagwerk werk;
    private final Gebruikers gebruikers;
    private final Aanvraaginstellingen instellingen;

    Aanvraaglijsten(AanvraagLijstRepository repository, Leerlingen leerlingen, Register register, Aanvraagwerk werk, Gebruikers gebruikers,
            Aanvraaginstellingen instellingen) {
        this.werk = werk;
        this.gebruikers = gebruikers;
        this.instellingen = instellingen;
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.register = register;
    }

    @Transactional(readOnly = true)
    public Werkvoorraad werkvoorraad(SwvCode swv, Gebruiker kijker, Filter filter) {
        var zicht = zicht(swv, kijker);
        var zoek = filter.zoek() == null ? "" : filter.zoek().trim();
        var statussen = filter.status() != null ? null : switch (filter.weergave()) {
            case OPEN -> Arrays.stream(AanvraagStatus.values()).filter(AanvraagStatus::isOpen).toList();
            case AFGEHANDELD -> Arrays.stream(AanvraagStatus.values()).filter(s -> !s.isOpen()).toList();
            case ALLE -> null;
        };
        var criteria = new AanvraagLijstRepository.Criteria(filter.status(), statussen, filter.alleenMijn() ? kijker.id() : null, filter.vergadering(),
                null, zoek.isEmpty() ? null : leerlingen.idsMetNaam(swv, zoek),
                zoek.isEmpty() ? null : register.vestigingen(swv).stream().filter(s -> s.naam().toLowerCase().contains(zoek.toLowerCase()))
                        .map(Vestiging::id).toList(),
                filter.allesTegelijk() ? null : filter.na());
        if (filter.allesTegelijk()) {
            var alle = regels(swv, repository.pagina(swv, zicht, criteria, MEESTE_OPEN), "werkvoorraad aanvragen");
            var volgorde = filter.aflopend() ? filter.sortering().volgorde.reversed() : filter.sortering().volgorde;
            var gesorteerd = alle.stream().sorted(volgorde.thenComparing(Aanvraagregel::id)).toList();
            return new Werkvoorraad(new Pagina<>(gesorteerd, null), repository.aantallen(swv, zicht));
        }
        var kernen = repository.pagina(swv, zicht, criteria, Pagina.GROOTTE + 1);
        var pagina = Pagina.van(kernen, Aanvraagregel.Kern::id);
        return new Werkvoorraad(new Pagina<>(regels(swv, pagina.regels(), "werkvoorraad aanvragen"), pagina.volgende()),
                repository.aantallen(swv, zicht));
    }

    /** What a school has to do on its requests, soonest deadline first: drafts to finish, supplements to deliver, decisions to read. */
    @Transactional(readOnly = true)
    public List<Aanvraagregel> teDoenVoorSchool(SwvCode swv, Gebruiker school) {
        var criteria = new AanvraagLijstRepository.Criteria(null, List.of(AanvraagStatus.CONCEPT, AanvraagStatus.AANVULLING_GEVRAAGD, AanvraagStatus.BESLOTEN),
                null, null, null, null, null, null);
        return regels(swv, repository.pagina(swv, zicht(swv, school), criteria, MEESTE_OPEN), "te doen voor de school").stream()
                .sorted(Comparator.comparing((Aanvraagregel r) -> r.kern().aanvullingUiterlijk(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Aanvraagregel::id))
                .toList();
    }

    /** The requests on the agenda of these meetings that this user may see. */
    @Transactional(readOnly = true)
    public List<Aanvraagregel> opAgenda(SwvCode swv, Gebruiker kijker, Collection<Long> vergaderingen) {
        if (vergaderingen.isEmpty()) {
            return List.of();
        }
        var criteria = new AanvraagLijstRepository.Criteria(null, null, null, null, vergaderingen, null, null, null);
        return regels(swv, repository.pagina(swv, zicht(swv, kijker), criteria, 1000), "agenda commissie");
    }

    @Transactional(readOnly = true)
    public List<Aanvraagregel> vanOuder(Gebruiker ouder) {
        var kinderen = leerlingen.vanOuder(ouder.id()).stream().collect(Collectors.toMap(Leerling::id, Function.identity()));
        var kernen = repository.vanLeerlingen(kinderen.keySet());
        return metSchoolEnBehandelaar(kernen, kinderen);
    }

    private AanvraagToegang.Voorwaarde zicht(SwvCode swv, Gebruiker kijker) {
        return AanvraagToegang.zichtbaarVoor(kijker, () -> werk.leerlingenVanSchool(swv, kijker.vestigingId()));
    }

    private List<Aanvraagregel> regels(SwvCode swv, List<Aanvraagregel.Kern> kernen, String omschrijving) {
        if (kernen.isEmpty()) {
            return List.of();
        }
        var kinderen = leerlingen.vindAlle(swv, kernen.stream().map(Aanvraagregel.Kern::leerlingId).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new)), omschrijving);
        return metSchoolEnBehandelaar(kernen, kinderen);
    }

    /** The schools, coordinators and decision terms of these requests, each read at once. */
    private List<Aanvraagregel> metSchoolEnBehandelaar(List<Aanvraagregel.Kern> kernen, Map<Long, Leerling> kinderen) {
        var perId = scholen(kernen);
        var behandelaars = gebruikers.namen(kernen.stream().map(Aanvraagregel.Kern::coordinatorId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        var beleid = new java.util.HashMap<SwvCode, Aanvraagbeleid>();
        return kernen.stream().map(k -> new Aanvraagregel(k, kinderen.get(k.leerlingId()), perId.get(k.vestigingId()),
                k.coordinatorId() == null ? null : behandelaars.get(k.coordinatorId()),
                k.ingediendOp() == null ? null : k.ingediendOp().plusWeeks(beleid.computeIfAbsent(k.swv(), instellingen::beleid).beslistermijnWeken())))
                .toList();
    }

    /** The schools of these requests, read at once. */
    private java.util.Map<Long, Vestiging> scholen(List<Aanvraagregel.Kern> kernen) {
        return register.vestigingen(kernen.stream().map(Aanvraagregel.Kern::vestigingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Vestiging::id, Function.identity()));
    }
}
