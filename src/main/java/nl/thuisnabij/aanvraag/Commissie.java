package nl.thuisnabij.aanvraag;

import java.time.LocalDate;
import java.util.List;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commission's meetings: planning, attendance and minutes. */
@Service
public class Commissie {

    private final AanvraagGegevensRepository gegevens;
    private final AuditLog auditLog;
    private final Gebruikers gebruikers;

    Commissie(AanvraagGegevensRepository gegevens, AuditLog auditLog, Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
        this.gegevens = gegevens;
        this.auditLog = auditLog;
    }

    /** The meetings to choose from (date only, no attendance or minutes), newest first. */
    @Transactional(readOnly = true)
    public List<Commissievergadering> vergaderdata(SwvCode swv) {
        return gegevens.vergaderdata(swv);
    }

    @Transactional(readOnly = true)
    public List<Commissievergadering> vergaderingen(SwvCode swv) {
        var vergaderingen = gegevens.vergaderingen(swv);
        var namen = gebruikers.namen(vergaderingen.stream().flatMap(v -> v.aanwezigen().stream()).map(Commissievergadering.Aanwezige::gebruikerId)
                .collect(java.util.stream.Collectors.toSet()));
        return vergaderingen.stream().map(v -> new Commissievergadering(v.id(), v.datum(), v.aanvang(), v.plaats(), v.aanwezigen().stream()
                .map(a -> new Commissievergadering.Aanwezige(a.gebruikerId(), namen.getOrDefault(a.gebruikerId(), "onbekend"), a.rol()))
                .sorted(java.util.Comparator.comparing(Commissievergadering.Aanwezige::naam)).toList(), v.notulen(), v.versie())).toList();
    }

    @Transactional
    public long planVergadering(SwvCode swv, LocalDate datum, java.time.LocalTime aanvang, String plaats) {
        if (datum == null) {
            throw new OngeldigeInvoerException("datum", "vul de datum van de vergadering in");
        }
        if (aanvang == null) {
            throw new OngeldigeInvoerException("aanvang", "vul in hoe laat de vergadering begint");
        }
        if (plaats == null || plaats.isBlank()) {
            throw new OngeldigeInvoerException("plaats", "vul in waar de vergadering is, bijvoorbeeld een zaal of een link voor online vergaderen");
        }
        long id = gegevens.nieuweVergadering(swv, datum, aanvang, plaats.strip());
        auditLog.schrijven(swv.waarde(), "commissievergadering", String.valueOf(id), "vergadering gepland op " + datum + " " + aanvang);
        return id;
    }

    /** Who can attend a meeting: the SWV's commission members and experts. */
    @Transactional(readOnly = true)
    public List<nl.thuisnabij.account.Gebruiker> mogelijkeAanwezigen(SwvCode swv) {
        return gebruikers.medewerkersVan(swv.waarde()).stream()
                .filter(g -> g.heeftRol(nl.thuisnabij.account.Rol.COMMISSIELID) || g.heeftRol(nl.thuisnabij.account.Rol.DESKUNDIGE))
                .sorted(java.util.Comparator.comparing(nl.thuisnabij.account.Gebruiker::naam)).toList();
    }

    @Transactional
    public void registreerAanwezige(SwvCode swv, long vergadering, long gebruiker, String rol) {
        vergadering(swv, vergadering);
        if (rol == null || rol.isBlank()) {
            throw new OngeldigeInvoerException("rol", "vul de rol van de aanwezige in, bijvoorbeeld voorzitter of deskundige");
        }
        if (mogelijkeAanwezigen(swv).stream().noneMatch(g -> g.id() == gebruiker)) {
            throw new OngeldigeInvoerException("gebruiker", "alleen commissieleden en deskundigen van het samenwerkingsverband kunnen aanwezig zijn");
        }
        gegevens.voegAanwezigeToe(vergadering, gebruiker, rol.trim());
        auditLog.schrijven(swv.waarde(), "commissievergadering", String.valueOf(vergadering), "aanwezige geregistreerd");
    }

    @Transactional
    public void legNotulenVast(SwvCode swv, long vergadering, int versie, String notulen) {
        vergadering(swv, vergadering);
        if (!gegevens.saveNotulen(swv, vergadering, notulen, versie)) {
            throw new GelijktijdigeWijzigingException("Iemand anders heeft de notulen intussen gewijzigd. Uw tekst is niet opgeslagen.");
        }
        auditLog.schrijven(swv.waarde(), "commissievergadering", String.valueOf(vergadering), "notulen vastgelegd");
    }

    private Commissievergadering vergadering(SwvCode swv, long id) {
        return vergaderdata(swv).stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NietGevondenException("deze vergadering hoort niet bij " + swv));
    }
}
