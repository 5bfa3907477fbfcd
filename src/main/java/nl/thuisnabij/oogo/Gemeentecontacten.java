package nl.thuisnabij.oogo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SWV's contact persons at the municipalities of its area: who to call for OOGO, leerplicht or youth care. */
@Service
public class Gemeentecontacten {

    public record Contact(long id, long gemeenteId, String naam, String functie, String email, String telefoon) {
    }

    /** A municipality of the SWV's area with its contact persons. */
    public record GemeenteMetContacten(Register.GemeenteInfo gemeente, List<Contact> contacten) {
    }

    private final JdbcClient jdbc;
    private final Register register;
    private final AuditLog auditLog;

    Gemeentecontacten(JdbcClient jdbc, Register register, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.register = register;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<GemeenteMetContacten> vanSwv(SwvCode swv) {
        Map<Long, List<Contact>> perGemeente = jdbc.sql("select * from gemeentecontact where swv_code = ? order by naam").param(swv.waarde())
                .query((rs, n) -> new Contact(rs.getLong("id"), rs.getLong("gemeente_id"), rs.getString("naam"), rs.getString("functie"),
                        rs.getString("email"), rs.getString("telefoon"))).list().stream().collect(Collectors.groupingBy(Contact::gemeenteId));
        return register.gemeenten(swv).stream().map(g -> new GemeenteMetContacten(g, perGemeente.getOrDefault(g.id(), List.of()))).toList();
    }

    @Transactional
    public void voegToe(SwvCode swv, long gemeenteId, String naam, String functie, String email, String telefoon) {
        if (register.gemeenten(swv).stream().noneMatch(g -> g.id() == gemeenteId)) {
            throw new OngeldigeInvoerException("gemeente", "kies een gemeente uit het gebied van het samenwerkingsverband");
        }
        if ((email == null || email.isBlank()) && (telefoon == null || telefoon.isBlank())) {
            throw new OngeldigeInvoerException("email", "vul een e-mailadres of een telefoonnummer in");
        }
        long id = jdbc.sql("insert into gemeentecontact (swv_code, gemeente_id, naam, functie, email, telefoon) values (?, ?, ?, ?, ?, ?) returning id")
                .params(swv.waarde(), gemeenteId, naam.strip(), functie.strip(), leeg(email), leeg(telefoon)).query(Long.class).single();
        auditLog.schrijven(swv.waarde(), "gemeentecontact", String.valueOf(id), "contactpersoon gemeente toegevoegd");
    }

    @Transactional
    public void verwijder(SwvCode swv, long id) {
        if (jdbc.sql("delete from gemeentecontact where id = ? and swv_code = ?").params(id, swv.waarde()).update() == 0) {
            throw new NietGevondenException("deze contactpersoon bestaat niet");
        }
        auditLog.schrijven(swv.waarde(), "gemeentecontact", String.valueOf(id), "contactpersoon gemeente verwijderd");
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
