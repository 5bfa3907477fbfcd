package nl.thuisnabij.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who read or changed which record. Each entry is written in its own
 * transaction: a read inside a read-only transaction is logged too, and a refused or failed
 * attempt stays in the log even when the work it belonged to is rolled back.
 */
@Service
public class AuditLog {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void lezen(String swvCode, String recordsoort, String recordId, String omschrijving) {
        registreer(Auditactie.LEZEN, swvCode, recordsoort, recordId, omschrijving);
    }

    /** One read of several records, e.g. a list of pupils: one line per record, in one transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void lezenAlle(String swvCode, String recordsoort, java.util.Collection<String> recordIds, String omschrijving) {
        if (recordIds.isEmpty()) {
            return;
        }
        var wie = wie();
        jdbc.sql("""
                insert into auditregel (gebruiker, rollen, swv_code, actie, recordsoort, record_id, omschrijving, ip_adres)
                select ?, ?, ?, ?, ?, record_id, ?, ? from unnest(?) with ordinality as r (record_id, volgorde) order by volgorde
                """)
                .params(wie.gebruiker(), wie.rollen().toArray(String[]::new), swvCode, Auditactie.LEZEN.name(), recordsoort, omschrijving,
                        ipAdres(), recordIds.toArray(String[]::new))
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void schrijven(String swvCode, String recordsoort, String recordId, String omschrijving) {
        registreer(Auditactie.SCHRIJVEN, swvCode, recordsoort, recordId, omschrijving);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void geweigerd(String swvCode, String recordsoort, String recordId, String omschrijving) {
        registreer(Auditactie.GEWEIGERD, swvCode, recordsoort, recordId, omschrijving);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void inloggen(String gebruiker, String swvCode, String omschrijving) {
        insert(gebruiker, List.of(), Auditactie.INLOGGEN, swvCode, "gebruiker", gebruiker, omschrijving);
    }

    @Transactional(readOnly = true)
    public List<Auditregel> zoek(String swvCode, AuditZoekopdracht opdracht, int maximum) {
        return jdbc.sql("""
                select * from auditregel
                 where swv_code = :swv
                   and (cast(:gebruiker as text) is null or gebruiker ilike '%' || cast(:gebruiker as text) || '%')
                   and (cast(:soort as text) is null or recordsoort = cast(:soort as text))
                   and (cast(:recordId as text) is null or record_id = cast(:recordId as text))
                   and (cast(:actie as text) is null or actie = cast(:actie as text))
                   and (cast(:van as date) is null or tijdstip >= cast(:van as date))
                   and (cast(:tot as date) is null or tijdstip < cast(:tot as date) + 1)
                 order by tijdstip desc, id desc
                 limit :maximum
                """)
                .param("swv", swvCode)
                .param("gebruiker", leegIsNull(opdracht.gebruiker()))
                .param("soort", leegIsNull(opdracht.recordsoort()))
                .param("recordId", leegIsNull(opdracht.recordId()))
                .param("actie", opdracht.actie() == null ? null : opdracht.actie().name())
                .param("van", opdracht.van())
                .param("tot", opdracht.tot())
                .param("maximum", maximum)
                .query(this::map)
                .list();
    }

    private void registreer(Auditactie actie, String swvCode, String recordsoort, String recordId, String omschrijving) {
        var wie = wie();
        insert(wie.gebruiker(), wie.rollen(), actie, swvCode, recordsoort, recordId, omschrijving);
    }

    private record Wie(String gebruiker, List<String> rollen) {
    }

    private static Wie wie() {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (authenticatie == null) {
            return new Wie("anoniem", List.of());
        }
        return new Wie(authenticatie.getName(), authenticatie.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(rol -> rol.startsWith("ROLE_")).map(rol -> rol.substring(5)).toList());
    }

    private void insert(String gebruiker, List<String> rollen, Auditactie actie, String swvCode, String recordsoort,
            String recordId, String omschrijving) {
        jdbc.sql("""
                insert into auditregel (gebruiker, rollen, swv_code, actie, recordsoort, record_id, omschrijving, ip_adres)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(gebruiker, rollen.toArray(String[]::new), swvCode, actie.name(), recordsoort, recordId,
                        omschrijving, ipAdres())
                .update();
    }

    private static String ipAdres() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }

    private Auditregel map(ResultSet rs, int rij) throws SQLException {
        Array rollen = rs.getArray("rollen");
        return new Auditregel(rs.getLong("id"), rs.getTimestamp("tijdstip").toInstant(), rs.getString("gebruiker"),
                rollen == null ? List.of() : Arrays.asList((String[]) rollen.getArray()), rs.getString("swv_code"),
                Auditactie.valueOf(rs.getString("actie")), rs.getString("recordsoort"), rs.getString("record_id"),
                rs.getString("omschrijving"), rs.getString("ip_adres"));
    }

    public static ZoneId tijdzone() {
        return NEDERLAND;
    }
}
