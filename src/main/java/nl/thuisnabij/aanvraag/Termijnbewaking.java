package nl.thuisnabij.aanvraag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.aanvraag.persistence.AanvraagRepository;
import nl.thuisnabij.shared.Datumnotatie;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning: decisions become active or end by their dates, and passed terms (decision term,
 * supplement deadline, objection term, approaching end of a TLV or arrangement) are mailed once.
 * The database selects only the requests that can be due today (nationally a few hundred of the
 * hundreds of thousands); the aggregate decides, in batches of {@value #PARTIJ} with one transaction
 * each. The reminder table's unique key makes this safe when several application nodes run it.
 */
@Service
public class Termijnbewaking {

    static final int PARTIJ = 200;

    private final AanvraagRepository repository;
    private final AanvraagGegevensRepository gegevens;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactie;
    private final Clock klok;
    private final Gebruikers gebruikers;

    Termijnbewaking(AanvraagRepository repository, AanvraagGegevensRepository gegevens, AuditLog auditLog, ApplicationEventPublisher events,
            PlatformTransactionManager transacties, Clock klok, Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
        this.repository = repository;
        this.gegevens = gegevens;
        this.auditLog = auditLog;
        this.events = events;
        this.transactie = new TransactionTemplate(transacties);
        this.klok = klok;
    }

    @Scheduled(cron = "${thuisnabij.aanvraag.termijnbewaking-cron}", zone = "Europe/Amsterdam")
    void dagelijks() {
        bewaak();
    }

    /** Runs the check for today; returns the number of reminders sent. */
    public int bewaak() {
        var vandaag = LocalDate.now(klok);
        var kandidaten = repository.findMogelijkVerlopen(vandaag);
        var perSwv = new PerSwv();
        int herinneringen = 0;
        for (int van = 0; van < kandidaten.size(); van += PARTIJ) {
            var partij = kandidaten.subList(van, Math.min(van + PARTIJ, kandidaten.size()));
            herinneringen += auditLog.verzamel(() -> transactie.execute(status -> bewaak(partij, vandaag, perSwv)));
        }
        return herinneringen;
    }

    private int bewaak(List<Long> ids, LocalDate vandaag, PerSwv perSwv) {
        var herinneringen = new ArrayList<TermijnVerstreken>();
        var actief = new ArrayList<Long>();
        var afgelopen = new ArrayList<Long>();
        for (var aanvraag : repository.findByIds(ids)) {
            var swv = aanvraag.swv();
            var beleid = perSwv.beleid(swv);
            if (aanvraag.activeer(vandaag) || aanvraag.loopAf(vandaag)) {
                (aanvraag.status() == AanvraagStatus.ACTIEF ? actief : afgelopen).add(aanvraag.id());
                auditLog.schrijven(swv.waarde(), "aanvraag", String.valueOf(aanvraag.id()), "status door datum: " + aanvraag.status().omschrijving());
            }
            var coordinatoren = aanvraag.coordinatorId() == null ? perSwv.coordinatoren(swv)
                    : perSwv.behandelaar(aanvraag.coordinatorId());
            if (aanvraag.beslistermijnOverschreden(vandaag, beleid)) {
                herinneringen.add(herinnering(aanvraag, "BESLISTERMIJN", aanvraag.beslistermijnTot(beleid), coordinatoren,
                        "De beslistermijn van aanvraag %s-%d is op %s verstreken."));
            }
            if (aanvraag.aanvullingTeLaat(vandaag)) {
                herinneringen.add(herinnering(aanvraag, "AANVULLING", aanvraag.aanvullingDeadline(), coordinatoren,
                        "De termijn voor de aanvulling op aanvraag %s-%d is op %s verstreken."));
            }
            for (var bezwaar : aanvraag.bezwaren()) {
                var beslisTot = bezwaar.beslissenUiterlijk(aanvraag.soort());
                if (bezwaar.open() && vandaag.isAfter(beslisTot)) {
                    herinneringen.add(herinnering(aanvraag, "BEZWAAR", beslisTot, coordinatoren,
                            "De termijn om te beslissen op het bezwaar tegen aanvraag %s-%d is op %s verstreken."));
                }
            }
            var einde = aanvraag.huidigBesluit().filter(b -> b.uitkomst().isToegekend()).map(Besluit::einddatum).orElse(null);
            if (aanvraag.status() == AanvraagStatus.ACTIEF && einde != null && !vandaag.isBefore(einde.minusDays(beleid.tlvHerinneringDagen()))) {
                var ontvangers = new ArrayList<>(perSwv.school(aanvraag.vestigingId()));
                ontvangers.addAll(coordinatoren);
                herinneringen.add(herinnering(aanvraag, "EINDDATUM", einde, ontvangers,
                        "De toekenning bij aanvraag %s-%d loopt af op %s. Vraag tijdig een verlenging aan als de leerling de ondersteuning nodig blijft hebben."));
            }
        }
        repository.zetStatus(actief, AanvraagStatus.ACTIEF);
        repository.zetStatus(afgelopen, AanvraagStatus.AFGELOPEN);
        // each reminder once, also when several nodes run this: only what this run could claim is sent
        var geclaimd = gegevens.claimHerinneringen(herinneringen);
        if (!geclaimd.isEmpty()) {
            events.publishEvent(new TermijnenVerstreken(geclaimd));
        }
        geclaimd.forEach(h -> auditLog.schrijven(h.swvCode(), "aanvraag", String.valueOf(h.aanvraagId()),
                "herinnering " + h.soort().toLowerCase() + " klaargezet voor verzending"));
        return geclaimd.size();
    }

    private static TermijnVerstreken herinnering(Aanvraag aanvraag, String soort, LocalDate peildatum, List<String> ontvangers, String tekst) {
        return new TermijnVerstreken(aanvraag.id(), aanvraag.swv().waarde(), soort, peildatum, List.copyOf(ontvangers),
                tekst.formatted(aanvraag.swv(), aanvraag.id(), Datumnotatie.lang(peildatum)) + " Log in op Thuisnabij voor de aanvraag.");
    }

    /** What one run reads once per SWV or school rather than once per request. */
    private final class PerSwv {
        private final Map<SwvCode, Aanvraagbeleid> beleid = new HashMap<>();
        private final Map<SwvCode, List<String>> coordinatoren = new HashMap<>();

        Aanvraagbeleid beleid(SwvCode swv) {
            return beleid.computeIfAbsent(swv, s -> gegevens.beleid(s).orElse(Aanvraagbeleid.standaard()));
        }

        private final Map<Long, List<String>> scholen = new HashMap<>();

        private final Map<Long, List<String>> behandelaars = new HashMap<>();

        List<String> behandelaar(long gebruikerId) {
            return behandelaars.computeIfAbsent(gebruikerId, id -> gebruikers.email(id).stream().toList());
        }

        List<String> school(long vestigingId) {
            return scholen.computeIfAbsent(vestigingId, gebruikers::emailsVanVestiging);
        }

        List<String> coordinatoren(SwvCode swv) {
            return coordinatoren.computeIfAbsent(swv, s -> gebruikers.emailsVanSwvMetRol(s.waarde(), Rol.ONDERSTEUNINGSCOORDINATOR));
        }
    }
}
