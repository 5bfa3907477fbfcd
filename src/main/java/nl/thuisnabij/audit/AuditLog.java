package nl.thuisnabij.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who read or changed which record.
 *
 * <p>Entries are collected while a unit of work runs (a web request, bound by {@link AuditVerzameling},
 * or a daily job, through {@link #verzamel}) and appended in one batched statement when it ends,
 * committed or not. So a read inside a read-only transaction is logged, a refused attempt stays in
 * the log although its work is rolled back, and the log never asks for a second database
 * connection while the work holds one: that used to deadlock the pool under ten concurrent users.
 */
@Service
public class AuditLog {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final ThreadLocal<List<Regel>> VERZAMELING = new ThreadLocal<>();
    private static final String GEWEIGERD_VASTGELEGD = AuditLog.class.getName() + ".geweigerd";

    private final JdbcClient jdbc;
    private final JdbcClient losstaand;
    private final Leerlingspoor leerlingspoor;

    AuditLog(JdbcClient jdbc, DataSource dataSource, Leerlingspoor leerlingspoor) {
        this.jdbc = jdbc;
        this.leerlingspoor = leerlingspoor;
        // a connection of its own, never the one a finishing transaction still holds (which may be read-only)
        this.losstaand = JdbcClient.create(new DelegatingDataSource(dataSource));
    }

    record Regel(Instant tijdstip, String gebruiker, List<String> rollen, String swvCode, Auditactie actie, String recordsoort,
            String recordId, List<String> recordIds, String omschrijving, String ipAdres) {
        Regel {
            // what comes from outside (a typed user name, a requested path) is cut to the schema's limits (V13): an entry is never lost to its length
            gebruiker = passend(gebruiker, 200);
            recordsoort = passend(recordsoort, 100);
            recordId = passend(recordId, 10_000);
            omschrijving = passend(omschrijving, 10_000);
            ipAdres = passend(ipAdres, 100);
        }

        private static String passend(String tekst, int maximum) {
            return tekst == null || tekst.length() <= maximum ? tekst : tekst.substring(0, maximum - 1) + "…";
        }
    }

    public void lezen(String swvCode, String recordsoort, String recordId, String omschrijving) {
        registreer(Auditactie.LEZEN, swvCode, recordsoort, recordId, List.of(), omschrijving);
    }

    /** One read of several records, e.g. a list of pupils shown on a page: one line naming them all. */
    public void lezenAlle(String swvCode, String recordsoort, Collection<String> recordIds, String omschrijving) {
        if (!recordIds.isEmpty()) {
            registreer(Auditactie.LEZEN, swvCode, recordsoort, null, List.copyOf(recordIds), omschrijving);
        }
    }

    public void schrijven(String swvCode, String recordsoort, String recordId, String omschrijving) {
        registreer(Auditactie.SCHRIJVEN, swvCode, recordsoort, recordId, List.of(), omschrijving);
    }

    public void geweigerd(String swvCode, String recordsoort, String recordId, String omschrijving) {
        registreer(Auditactie.GEWEIGERD, swvCode, recordsoort, recordId, List.of(), omschrijving);
    }

    public void inloggen(String gebruiker, String swvCode, String omschrijving) {
        voegToe(new Regel(Instant.now(), gebruiker, List.of(), swvCode, Auditactie.INLOGGEN, "gebruiker", gebruiker, List.of(), omschrijving,
                ipAdres()));
    }

    /**
     * Runs a unit of work outside a web request (a daily job) and appends its entries when it ends,
     * also when it fails.
     */
    public <T> T verzamel(Supplier<T> werk) {
        if (VERZAMELING.get() != null) {
            return werk.get();
        }
        VERZAMELING.set(new ArrayList<>());
        try {
            return werk.get();
        } finally {
            var regels = VERZAMELING.get();
            VERZAMELING.remove();
            schrijfWeg(regels);
        }
    }

    public List<Auditregel> zoek(String swvCode, AuditZoekopdracht opdracht, int maximum) {
        var gegevens = opdracht.leerling() == null ? null : leerlingspoor.gegevensVan(swvCode, opdracht.leerling());
        return new AuditZoekvraag(swvCode, opdracht, gegevens, maximum).uitvoeren(jdbc, this::map);
    }

    /**
     * The pupil each of these lines is about, by line id, for lines about one record of a pupil (their file,
     * a request, an OPP…): so the privacy officer sees whose data was read, and nothing more of it.
     */
    public java.util.Map<Long, Long> leerlingPerRegel(String swvCode, Collection<Auditregel> regels) {
        return leerlingspoor.leerlingPerRegel(swvCode, regels);
    }

    private void registreer(Auditactie actie, String swvCode, String recordsoort, String recordId, List<String> recordIds, String omschrijving) {
        var wie = wie();
        voegToe(new Regel(Instant.now(), wie.gebruiker(), wie.rollen(), swvCode, actie, recordsoort, recordId, recordIds, omschrijving, ipAdres()));
    }

    private void voegToe(Regel regel) {
        if (regel.actie() == Auditactie.GEWEIGERD && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek) {
            verzoek.getRequest().setAttribute(GEWEIGERD_VASTGELEGD, true);
        }
        var verzameling = VERZAMELING.get();
        boolean transactie = TransactionSynchronizationManager.isSynchronizationActive();
        if (verzameling != null) {
            verzameling.add(regel);
            if (transactie && regel.actie() == Auditactie.SCHRIJVEN) {
                // a write the transaction takes back did not happen: only committed writes are logged
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_ROLLED_BACK) {
                            verzameling.remove(regel);
                        }
                    }
                });
            }
        } else if (transactie) {
            // outside a request or job (start-up, a listener, a test calling a service directly): append
            // after this transaction, so a refusal survives a rollback and a rolled-back write is left out
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_ROLLED_BACK || regel.actie() != Auditactie.SCHRIJVEN) {
                        schrijfWeg(List.of(regel));
                    }
                }
            });
        } else {
            schrijfWeg(List.of(regel));
        }
    }

    /** Whether this web request's refusal is already in the log (so a generic refusal is not logged twice). */
    public static boolean isGeweigerdVastgelegd() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek
                && verzoek.getRequest().getAttribute(GEWEIGERD_VASTGELEGD) != null;
    }

    /** Binds a collection to this thread for one web request; {@link AuditVerzameling} ends it. */
    static boolean begin() {
        if (VERZAMELING.get() != null) {
            return false;
        }
        VERZAMELING.set(new ArrayList<>());
        return true;
    }

    void eind() {
        var regels = VERZAMELING.get();
        VERZAMELING.remove();
        schrijfWeg(regels);
    }

    private void schrijfWeg(List<Regel> regels) {
        if (regels == null || regels.isEmpty()) {
            return;
        }
        // on a connection of its own: after a transaction on this thread, its connection is still bound
        // until it is cleaned up, and may be read-only. One statement is atomic without a transaction.
        voegIn(losstaand, regels);
    }

    /** All lines in one statement: one round trip, atomic without a transaction around it. */
    private static void voegIn(JdbcClient verbinding, List<Regel> regels) {
        verbinding.sql("""
                insert into auditregel (tijdstip, gebruiker, rollen, swv_code, actie, recordsoort, record_id, record_ids, omschrijving, ip_adres)
                select tijdstip, gebruiker, string_to_array(rollen, ','), swv_code, actie, recordsoort, record_id,
                       string_to_array(nullif(record_ids, ''), ','), omschrijving, ip_adres
                  from unnest(cast(:tijdstip as timestamptz[]), cast(:gebruiker as text[]), cast(:rollen as text[]), cast(:swv as text[]),
                              cast(:actie as text[]), cast(:soort as text[]), cast(:recordId as text[]), cast(:recordIds as text[]),
                              cast(:omschrijving as text[]), cast(:ip as text[]))
                       as r (tijdstip, gebruiker, rollen, swv_code, actie, recordsoort, record_id, record_ids, omschrijving, ip_adres)
                """)
                .param("tijdstip", kolom(regels, r -> r.tijdstip().toString()))
                .param("gebruiker", kolom(regels, Regel::gebruiker))
                .param("rollen", kolom(regels, r -> String.join(",", r.rollen())))
                .param("swv", kolom(regels, Regel::swvCode))
                .param("actie", kolom(regels, r -> r.actie().name()))
                .param("soort", kolom(regels, Regel::recordsoort))
                .param("recordId", kolom(regels, Regel::recordId))
                .param("recordIds", kolom(regels, r -> String.join(",", r.recordIds())))
                .param("omschrijving", kolom(regels, Regel::omschrijving))
                .param("ip", kolom(regels, Regel::ipAdres))
                .update();
    }

    private static String[] kolom(List<Regel> regels, java.util.function.Function<Regel, String> waarde) {
        return regels.stream().map(waarde).toArray(String[]::new);
    }

    private record Wie(String gebruiker, List<String> rollen) {
    }

    private static Wie wie() {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (authenticatie == null) {
            // no person: a visitor who is not signed in, or Thuisnabij itself (a daily job, loading the demo data)
            return new Wie(RequestContextHolder.getRequestAttributes() == null ? "systeem" : "anoniem", List.of());
        }
        return new Wie(authenticatie.getName(), authenticatie.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(rol -> rol.startsWith("ROLE_")).map(rol -> rol.substring(5)).toList());
    }

    private static String ipAdres() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    private Auditregel map(ResultSet rs, int rij) throws SQLException {
        Array rollen = rs.getArray("rollen");
        Array recordIds = rs.getArray("record_ids");
        return new Auditregel(rs.getLong("id"), rs.getTimestamp("tijdstip").toInstant(), rs.getString("gebruiker"),
                rollen == null ? List.of() : Arrays.asList((String[]) rollen.getArray()), rs.getString("swv_code"),
                Auditactie.valueOf(rs.getString("actie")), rs.getString("recordsoort"), rs.getString("record_id"),
                recordIds == null ? List.of() : Arrays.asList((String[]) recordIds.getArray()),
                rs.getString("omschrijving"), rs.getString("ip_adres"));
    }

    public static ZoneId tijdzone() {
        return NEDERLAND;
    }

    /** Without dates a search covers the last 30 days, so the default view reads one or two partitions. */
    public static LocalDate standaardVan(LocalDate vandaag) {
        return vandaag.minusDays(30);
    }
}
