package nl.thuisnabij.aanvraag;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.persistence.AanvraagLijstRepository;
import nl.thuisnabij.account.Gebruiker;
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

    public record Filter(AanvraagStatus status, String zoek, boolean alleenMijn, Long vergadering, Long na) {
        public static Filter alles() {
            return new Filter(null, null, false, null, null);
        }
    }

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

    Aanvraaglijsten(AanvraagLijstRepository repository, Leerlingen leerlingen, Register register, Aanvraagwerk werk) {
        this.werk = werk;
        this.repository = repository;
        this.leerlingen = leerlingen;
        this.register = register;
    }

    @Transactional(readOnly = true)
    public Werkvoorraad werkvoorraad(SwvCode swv, Gebruiker kijker, Filter filter) {
        var zicht = zicht(swv, kijker);
        var zoek = filter.zoek() == null ? "" : filter.zoek().trim();
        var criteria = new AanvraagLijstRepository.Criteria(filter.status(), filter.alleenMijn() ? kijker.id() : null, filter.vergadering(), null,
                zoek.isEmpty() ? null : leerlingen.idsMetNaam(swv, zoek),
                zoek.isEmpty() ? null : register.vestigingen(swv).stream().filter(s -> s.naam().toLowerCase().contains(zoek.toLowerCase()))
                        .map(Vestiging::id).toList(),
                filter.na());
        var kernen = repository.pagina(swv, zicht, criteria, Pagina.GROOTTE + 1);
        var pagina = Pagina.van(kernen, Aanvraagregel.Kern::id);
        return new Werkvoorraad(new Pagina<>(regels(swv, pagina.regels(), "werkvoorraad aanvragen"), pagina.volgende()),
                repository.aantallen(swv, zicht));
    }

    /** The requests on the agenda of these meetings that this user may see. */
    @Transactional(readOnly = true)
    public List<Aanvraagregel> opAgenda(SwvCode swv, Gebruiker kijker, Collection<Long> vergaderingen) {
        if (vergaderingen.isEmpty()) {
            return List.of();
        }
        var criteria = new AanvraagLijstRepository.Criteria(null, null, null, vergaderingen, null, null, null);
        return regels(swv, repository.pagina(swv, zicht(swv, kijker), criteria, 1000), "agenda commissie");
    }

    @Transactional(readOnly = true)
    public List<Aanvraagregel> vanOuder(Gebruiker ouder) {
        var kinderen = leerlingen.vanOuder(ouder.id()).stream().collect(Collectors.toMap(Leerling::id, Function.identity()));
        var kernen = repository.vanLeerlingen(kinderen.keySet());
        var scholen = scholen(kernen);
        return kernen.stream().map(k -> new Aanvraagregel(k, kinderen.get(k.leerlingId()), scholen.get(k.vestigingId()))).toList();
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
        var perId = scholen(kernen);
        return kernen.stream().map(k -> new Aanvraagregel(k, kinderen.get(k.leerlingId()), perId.get(k.vestigingId()))).toList();
    }

    /** The schools of these requests, read at once. */
    private java.util.Map<Long, Vestiging> scholen(List<Aanvraagregel.Kern> kernen) {
        return register.vestigingen(kernen.stream().map(Aanvraagregel.Kern::vestigingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Vestiging::id, Function.identity()));
    }
}
