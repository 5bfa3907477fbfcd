package nl.thuisnabij.aanvraag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.persistence.DeskundigeRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SWV's registered experts for TLV advice (WPO 18a lid 11): a person with the role deskundige
 * in the SWV, whose profession and the schools they work for the SWV records. Only such an expert,
 * independent of the requesting school and its board, may be asked to advise (Onderwijsgeschillen
 * 4-1-2017 no. 107442; 4-4-2018 no. 108110).
 */
@Service
public class Deskundigen {

    /** A person with the role deskundige; {@code beroep} is empty until the SWV recorded it. */
    public record Deskundige(long gebruikerId, String naam, Deskundigheid beroep, Set<Long> scholen) {

        public boolean isGeregistreerd() {
            return beroep != null;
        }
    }

    private final DeskundigeRepository repository;
    private final Gebruikers gebruikers;
    private final Register register;
    private final AuditLog auditLog;
    private final Clock klok;

    Deskundigen(DeskundigeRepository repository, Gebruikers gebruikers, Register register, AuditLog auditLog, Clock klok) {
        this.repository = repository;
        this.gebruikers = gebruikers;
        this.register = register;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @Transactional(readOnly = true)
    public List<Deskundige> vanSwv(SwvCode swv) {
        var registraties = repository.vanSwv(swv);
        return gebruikers.medewerkersVan(swv.waarde()).stream().filter(g -> g.heeftRol(Rol.DESKUNDIGE)).map(g -> {
            var r = registraties.get(g.id());
            return new Deskundige(g.id(), g.naam(), r == null ? null : r.beroep(), r == null ? Set.of() : r.scholen());
        }).sorted(Comparator.comparing(Deskundige::naam)).toList();
    }

    /** The SWV records a person's profession and the schools they work for. */
    @Transactional
    public void legVast(SwvCode swv, long gebruikerId, Deskundigheid beroep, Set<Long> scholen, Gebruiker door) {
        var persoon = vanSwv(swv).stream().filter(d -> d.gebruikerId() == gebruikerId).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("deskundige", "alleen iemand met de rol deskundige in dit samenwerkingsverband wordt geregistreerd"));
        if (beroep == null) {
            throw new OngeldigeInvoerException("beroep", "kies het beroep van " + persoon.naam());
        }
        if (!register.vestigingen(scholen).stream().map(Vestiging::id).collect(Collectors.toSet()).containsAll(scholen)) {
            throw new OngeldigeInvoerException("scholen", "kies scholen uit de lijst");
        }
        repository.legVast(swv, gebruikerId, beroep, scholen, LocalDate.now(klok), door.naam());
        auditLog.schrijven(swv.waarde(), "deskundige", String.valueOf(gebruikerId), "deskundige geregistreerd als " + beroep.omschrijving()
                + (scholen.isEmpty() ? "" : ", werkt voor " + scholen.size() + " school/scholen"));
    }

    /** The profession the SWV recorded for this expert; refused for anyone it did not register. */
    @Transactional(readOnly = true)
    public Deskundigheid beroep(SwvCode swv, long gebruikerId) {
        return repository.beroep(swv, gebruikerId)
                .orElseThrow(() -> new OngeldigeInvoerException("alleen een geregistreerde deskundige van het samenwerkingsverband geeft advies"));
    }

    /**
     * The registered expert the coordinator picked for a request, refused with the reason when they
     * may not advise on it: not a registered expert of this SWV, or working for the requesting school
     * or a school of its board.
     */
    Deskundige vereisOnafhankelijk(SwvCode swv, Aanvraag aanvraag, long gebruikerId, String veld) {
        var deskundige = vanSwv(swv).stream().filter(d -> d.gebruikerId() == gebruikerId).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException(veld, "kies een deskundige van het samenwerkingsverband: schoolpersoneel, ouders "
                        + "of medewerkers in een andere rol adviseren niet over een toelaatbaarheidsverklaring"));
        if (!deskundige.isGeregistreerd()) {
            throw new OngeldigeInvoerException(veld, "van " + deskundige.naam() + " is het beroep nog niet vastgelegd; leg het eerst vast bij Deskundigen");
        }
        if (aanvraag.heeftMeegewerkt(gebruikerId)) {
            throw new OngeldigeInvoerException(veld, deskundige.naam() + " heeft aan de aanvraag meegewerkt en is dus niet onafhankelijk van de aanvraag");
        }
        var aanvrager = register.vestiging(aanvraag.vestigingId()).orElseThrow();
        var banden = register.vestigingen(deskundige.scholen());
        if (banden.stream().anyMatch(v -> v.id() == aanvrager.id())) {
            throw new OngeldigeInvoerException(veld, deskundige.naam() + " werkt voor " + aanvrager.naam() + " en is dus niet onafhankelijk van de aanvraag");
        }
        if (aanvrager.bevoegdGezagNummer() != null
                && banden.stream().anyMatch(v -> aanvrager.bevoegdGezagNummer().equals(v.bevoegdGezagNummer()))) {
            throw new OngeldigeInvoerException(veld, deskundige.naam() + " werkt voor een school van hetzelfde schoolbestuur ("
                    + aanvrager.bevoegdGezagNaam() + ") en is dus niet onafhankelijk van de aanvraag");
        }
        return deskundige;
    }
}
