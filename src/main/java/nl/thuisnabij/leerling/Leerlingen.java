package nl.thuisnabij.leerling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pupils of an SWV. Every read and write of a pupil is audit-logged. */
@Service
public class Leerlingen {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    Leerlingen(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional
    public long registreer(SwvCode swv, NieuweLeerling leerling) {
        long id = jdbc.sql("""
                insert into leerling (swv_code, voornaam, achternaam, geboortedatum, postcode, ouder_gebruiker_id)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(swv.waarde(), leerling.voornaam(), leerling.achternaam(), leerling.geboortedatum(),
                leerling.postcode().compact(), leerling.ouderGebruikerId()).query(Long.class).single();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "leerling geregistreerd");
        return id;
    }

    /** A pupil of this SWV only; another SWV's pupil is as good as absent. */
    @Transactional(readOnly = true)
    public Optional<Leerling> vind(SwvCode swv, long id) {
        var leerling = jdbc.sql("select * from leerling where id = ? and swv_code = ?").params(id, swv.waarde())
                .query(this::map).optional();
        leerling.ifPresent(l -> auditLog.lezen(swv.waarde(), "leerling", String.valueOf(id), "leerling gelezen"));
        return leerling;
    }

    /** Several pupils of this SWV at once, for lists; each one read is logged. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Leerling> vindAlle(SwvCode swv, java.util.Collection<Long> ids, String omschrijving) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var leerlingen = jdbc.sql("select * from leerling where swv_code = ? and id = any(?)")
                .params(swv.waarde(), ids.toArray(Long[]::new)).query(this::map).list();
        auditLog.lezenAlle(swv.waarde(), "leerling", leerlingen.stream().map(l -> String.valueOf(l.id())).toList(), omschrijving);
        return leerlingen.stream().collect(java.util.stream.Collectors.toMap(Leerling::id, l -> l));
    }

    @Transactional(readOnly = true)
    public List<Leerling> vanOuder(long ouderGebruikerId) {
        var leerlingen = jdbc.sql("select * from leerling where ouder_gebruiker_id = ? order by voornaam").param(ouderGebruikerId)
                .query(this::map).list();
        leerlingen.forEach(l -> auditLog.lezen(l.swv().waarde(), "leerling", String.valueOf(l.id()), "gelezen door ouder"));
        return leerlingen;
    }

    private Leerling map(ResultSet rs, int rij) throws SQLException {
        return new Leerling(rs.getLong("id"), new SwvCode(rs.getString("swv_code")), rs.getString("voornaam"),
                rs.getString("achternaam"), rs.getObject("geboortedatum", java.time.LocalDate.class),
                Postcode.volledig(rs.getString("postcode")), rs.getObject("ouder_gebruiker_id", Long.class));
    }
}
