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

    /** The pupils enrolled at a school site now. */
    @Transactional(readOnly = true)
    public List<Leerling> vanVestiging(SwvCode swv, long vestigingId) {
        var leerlingen = jdbc.sql("select * from leerling where swv_code = ? and vestiging_id = ? order by achternaam, voornaam")
                .params(swv.waarde(), vestigingId).query(this::map).list();
        auditLog.lezenAlle(swv.waarde(), "leerling", leerlingen.stream().map(l -> String.valueOf(l.id())).toList(), "leerlingen van de school");
        return leerlingen;
    }

    /** The pupil now goes to this school site; the previous enrolment is closed, history kept. */
    @Transactional
    public void schrijfIn(SwvCode swv, long id, long vestigingId, java.time.LocalDate van) {
        bestaand(swv, id);
        jdbc.sql("update leerling_schoolhistorie set tot = ? where leerling_id = ? and tot is null").params(van, id).update();
        jdbc.sql("insert into leerling_schoolhistorie (leerling_id, swv_code, vestiging_id, van) values (?, ?, ?, ?)")
                .params(id, swv.waarde(), vestigingId, van).update();
        jdbc.sql("update leerling set vestiging_id = ? where id = ?").params(vestigingId, id).update();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "ingeschreven op vestiging " + vestigingId);
    }

    /** Gives a parent's account access to this pupil's requests, decisions and registrations. */
    @Transactional
    public void koppelOuderaccount(SwvCode swv, long id, long ouderGebruikerId) {
        bestaand(swv, id);
        jdbc.sql("update leerling set ouder_gebruiker_id = ? where id = ?").params(ouderGebruikerId, id).update();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "ouderaccount gekoppeld");
    }

    @Transactional
    public void legPersoonsnummerVast(SwvCode swv, long id, Persoonsnummer nummer) {
        bestaand(swv, id);
        jdbc.sql("update leerling set persoonsnummer = ?, persoonsnummer_soort = ? where id = ?")
                .params(nummer.nummer(), nummer.soort().name(), id).update();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "persoonsnummer vastgelegd (" + nummer.soort() + ")");
    }

    @Transactional
    public void voegOuderToe(SwvCode swv, long id, OuderContact ouder) {
        bestaand(swv, id);
        jdbc.sql("insert into ouder_contact (leerling_id, naam, relatie, email, telefoon) values (?, ?, ?, ?, ?)")
                .params(id, ouder.naam().trim(), ouder.relatie(), ouder.email(), ouder.telefoon()).update();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "ouder/verzorger toegevoegd");
    }

    @Transactional(readOnly = true)
    public List<OuderContact> ouders(SwvCode swv, long id) {
        bestaand(swv, id);
        return jdbc.sql("select naam, relatie, email, telefoon from ouder_contact where leerling_id = ? order by id").param(id)
                .query(OuderContact.class).list();
    }

    public record Inschrijving(long vestigingId, String swv, java.time.LocalDate van, java.time.LocalDate tot) {
    }

    @Transactional(readOnly = true)
    public List<Inschrijving> schoolhistorie(SwvCode swv, long id) {
        bestaand(swv, id);
        return jdbc.sql("select vestiging_id, swv_code as swv, van, tot from leerling_schoolhistorie where leerling_id = ? order by van")
                .param(id).query(Inschrijving.class).list();
    }

    private void bestaand(SwvCode swv, long id) {
        if (jdbc.sql("select count(*) from leerling where id = ? and swv_code = ?").params(id, swv.waarde()).query(Long.class).single() == 0) {
            throw new nl.thuisnabij.shared.NietGevondenException("leerling %d hoort niet bij %s".formatted(id, swv));
        }
    }

    private Leerling map(ResultSet rs, int rij) throws SQLException {
        var nummer = rs.getString("persoonsnummer");
        return new Leerling(rs.getLong("id"), new SwvCode(rs.getString("swv_code")), rs.getString("voornaam"),
                rs.getString("achternaam"), rs.getObject("geboortedatum", java.time.LocalDate.class),
                Postcode.volledig(rs.getString("postcode")), rs.getObject("ouder_gebruiker_id", Long.class),
                rs.getObject("vestiging_id", Long.class),
                nummer == null ? null : new Persoonsnummer(Persoonsnummer.Soort.valueOf(rs.getString("persoonsnummer_soort")), nummer));
    }
}
