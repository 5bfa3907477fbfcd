package nl.thuisnabij.leerling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pupils of an SWV. Every read and write of a pupil is audit-logged. */
@Service
public class Leerlingen {

    /** A pupil with the accounts of their parents. */
    private static final String LEERLING =
            "select leerling.*, array(select o.gebruiker_id from leerling_ouderaccount o where o.leerling_id = leerling.id) as ouderaccounts from leerling";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Register register;

    Leerlingen(JdbcClient jdbc, AuditLog auditLog, Register register) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.register = register;
    }

    @Transactional
    public long registreer(SwvCode swv, NieuweLeerling leerling) {
        long id = jdbc.sql("""
                insert into leerling (swv_code, voornaam, achternaam, geboortedatum, postcode, woonland)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(swv.waarde(), leerling.voornaam(), leerling.achternaam(), leerling.geboortedatum(),
                leerling.postcode() == null ? null : leerling.postcode().compact(), leerling.woonland())
                .query(Long.class).single();
        if (leerling.ouderGebruikerId() != null) {
            jdbc.sql("insert into leerling_ouderaccount (leerling_id, gebruiker_id) values (?, ?)").params(id, leerling.ouderGebruikerId()).update();
        }
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "leerling geregistreerd");
        return id;
    }

    /**
     * The school records that its pupil is placed in a residential institution until a date (WEC 40
     * lid 16): for that time the pupil needs no TLV for (V)SO. An empty institution ends the record.
     */
    @Transactional
    public void legResidentielePlaatsingVast(SwvCode swv, long vestigingId, long leerlingId, String instelling, LocalDate tot) {
        var leerling = vind(swv, leerlingId).filter(l -> Long.valueOf(vestigingId).equals(l.vestigingId()))
                .orElseThrow(() -> new OngeldigeInvoerException("leerling", "kies een leerling van deze school"));
        boolean wissen = instelling == null || instelling.isBlank();
        if (!wissen && tot == null) {
            throw new OngeldigeInvoerException("tot", "vul in tot wanneer de plaatsing loopt");
        }
        jdbc.sql("update leerling set residentiele_instelling = ?, residentieel_tot = ? where id = ?")
                .params(wissen ? null : instelling.strip(), wissen ? null : tot, leerling.id()).update();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(leerling.id()),
                wissen ? "residentiële plaatsing beëindigd" : "residentiële plaatsing vastgelegd tot en met " + tot);
    }

    /** A pupil of this SWV only; another SWV's pupil is as good as absent. */
    @Transactional(readOnly = true)
    public Optional<Leerling> vind(SwvCode swv, long id) {
        var leerling = jdbc.sql(LEERLING + " where id = ? and swv_code = ?").params(id, swv.waarde())
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
        var leerlingen = jdbc.sql(LEERLING + " where swv_code = ? and id = any(?)")
                .params(swv.waarde(), ids.toArray(Long[]::new)).query(this::map).list();
        auditLog.lezenAlle(swv.waarde(), "leerling", leerlingen.stream().map(l -> String.valueOf(l.id())).toList(), omschrijving);
        return leerlingen.stream().collect(java.util.stream.Collectors.toMap(Leerling::id, l -> l));
    }

    /** The ids of the SWV's pupils whose name contains the search text; names are not returned, so nothing is read. */
    @Transactional(readOnly = true)
    public List<Long> idsMetNaam(SwvCode swv, String zoek) {
        return jdbc.sql("select id from leerling where swv_code = ? and lower(voornaam || ' ' || achternaam) like ?")
                .params(swv.waarde(), "%" + zoek.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(Long.class).list();
    }

    /** The ids of the pupils now enrolled at this school; nothing else is read. */
    @Transactional(readOnly = true)
    public List<Long> idsVanVestiging(SwvCode swv, long vestigingId) {
        return jdbc.sql("select id from leerling where swv_code = ? and vestiging_id = ?").params(swv.waarde(), vestigingId).query(Long.class).list();
    }

    /**
     * Of these pupils, the ids of those now enrolled at a school other than this one; only ids are
     * returned, so nothing is read.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> idsEldersIngeschreven(SwvCode swv, java.util.Collection<Long> ids, long vestigingId) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("select id from leerling where swv_code = ? and id = any(?) and vestiging_id <> ?")
                .params(swv.waarde(), ids.toArray(Long[]::new), vestigingId).query(Long.class).list());
    }

    @Transactional(readOnly = true)
    public List<Leerling> vanOuder(long ouderGebruikerId) {
        var leerlingen = jdbc.sql(LEERLING + """
                 where exists (select 1 from leerling_ouderaccount k where k.leerling_id = leerling.id and k.gebruiker_id = ?) order by voornaam
                """).param(ouderGebruikerId)
                .query(this::map).list();
        leerlingen.stream().collect(java.util.stream.Collectors.groupingBy(Leerling::swv)).forEach((swv, kinderen) -> auditLog.lezenAlle(
                swv.waarde(), "leerling", kinderen.stream().map(l -> String.valueOf(l.id())).toList(), "gelezen door ouder"));
        return leerlingen;
    }

    /** The pupils enrolled at a school site now. */
    @Transactional(readOnly = true)
    public List<Leerling> vanVestiging(SwvCode swv, long vestigingId) {
        var leerlingen = jdbc.sql(LEERLING + " where swv_code = ? and vestiging_id = ? order by achternaam, voornaam")
                .params(swv.waarde(), vestigingId).query(this::map).list();
        auditLog.lezenAlle(swv.waarde(), "leerling", leerlingen.stream().map(l -> String.valueOf(l.id())).toList(), "leerlingen van de school");
        return leerlingen;
    }

    /** The pupil now goes to this school site; the previous enrolment is closed, history kept. */
    @Transactional
    public void schrijfIn(SwvCode swv, long id, long vestigingId, LocalDate van) {
        bestaand(swv, id);
        if (!register.vestiging(vestigingId).map(v -> v.swv().equals(swv)).orElse(false)) {
            throw new OngeldigeInvoerException("vestiging %d hoort niet bij %s: een leerling die naar een ander samenwerkingsverband gaat, verhuist"
                    .formatted(vestigingId, swv));
        }
        jdbc.sql("update leerling_schoolhistorie set tot = ? where leerling_id = ? and tot is null").params(van, id).update();
        jdbc.sql("insert into leerling_schoolhistorie (leerling_id, swv_code, vestiging_id, van) values (?, ?, ?, ?)")
                .params(id, swv.waarde(), vestigingId, van).update();
        jdbc.sql("update leerling set vestiging_id = ? where id = ?").params(vestigingId, id).update();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "ingeschreven op vestiging " + vestigingId);
    }

    /**
     * The school reports that its pupil leaves for another school: within the SWV a change of
     * school, to a school of another SWV a move (which needs the new home postcode).
     */
    @Transactional
    public long vertrek(SwvCode swv, long vanVestiging, long id, String vestigingscodeNaar, String nieuwePostcode, LocalDate per) {
        var leerling = vind(swv, id).filter(l -> l.vestigingId() != null && l.vestigingId() == vanVestiging)
                .orElseThrow(() -> new NietGevondenException("leerling %d staat niet ingeschreven op deze school".formatted(id)));
        if (per == null) {
            throw new OngeldigeInvoerException("vul de datum van vertrek in");
        }
        var naar = register.vestigingMetCode(vestigingscodeNaar)
                .orElseThrow(() -> new OngeldigeInvoerException("vestiging '%s' staat niet in het register".formatted(vestigingscodeNaar)));
        if (naar.id() == vanVestiging) {
            throw new OngeldigeInvoerException("de leerling staat al op deze school ingeschreven");
        }
        if (naar.swv().equals(swv)) {
            schrijfIn(swv, leerling.id(), naar.id(), per);
            return leerling.id();
        }
        if (nieuwePostcode == null || nieuwePostcode.isBlank()) {
            throw new OngeldigeInvoerException("%s hoort bij samenwerkingsverband %s: vul de postcode van het nieuwe woonadres in"
                    .formatted(naar.naam(), naar.swv()));
        }
        return verhuis(swv, leerling.id(), naar.id(), Postcode.volledig(nieuwePostcode), per);
    }

    /**
     * The pupil moves to a school of another SWV (the family moves). That SWV gets its own record
     * from the minimal data — name, date of birth, the new home postcode, the parents — linked to
     * the old one so the school history continues; the old SWV keeps its own record with its
     * requests and decisions, closed at the move. Neither SWV reads the other's file: support
     * details travel with the parents' consent (onderwijskundig rapport), not through this link.
     */
    @Transactional
    public long verhuis(SwvCode van, long id, long vestigingId, Postcode nieuwePostcode, LocalDate per) {
        var leerling = vind(van, id).orElseThrow(() -> new NietGevondenException("leerling %d hoort niet bij %s".formatted(id, van)));
        var naar = register.vestiging(vestigingId).orElseThrow(() -> new NietGevondenException("vestiging %d bestaat niet".formatted(vestigingId))).swv();
        if (naar.equals(van)) {
            throw new OngeldigeInvoerException("deze school hoort bij hetzelfde samenwerkingsverband: schrijf de leerling daar in");
        }
        jdbc.sql("update leerling_schoolhistorie set tot = ? where leerling_id = ? and tot is null").params(per, id).update();
        jdbc.sql("update leerling set vestiging_id = null where id = ?").param(id).update();
        long nieuw = registreer(naar, new NieuweLeerling(leerling.voornaam(), leerling.achternaam(), leerling.geboortedatum(), nieuwePostcode, null));
        jdbc.sql("update leerling set vorige_leerling_id = ? where id = ?").params(id, nieuw).update();
        // the parents' accounts follow their child
        jdbc.sql("insert into leerling_ouderaccount (leerling_id, gebruiker_id) select ?, gebruiker_id from leerling_ouderaccount where leerling_id = ?")
                .params(nieuw, id).update();
        jdbc.sql("""
                insert into ouder_contact (leerling_id, naam, relatie, email, telefoon)
                select ?, naam, relatie, email, telefoon from ouder_contact where leerling_id = ? order by id""").params(nieuw, id).update();
        schrijfIn(naar, nieuw, vestigingId, per);
        auditLog.schrijven(van.waarde(), "leerling", String.valueOf(id), "verhuisd naar " + naar + " per " + per);
        return nieuw;
    }

    /** Gives a parent's account access to this pupil's requests, decisions and registrations. */
    @Transactional
    public void koppelOuderaccount(SwvCode swv, long id, long ouderGebruikerId) {
        bestaand(swv, id);
        jdbc.sql("insert into leerling_ouderaccount (leerling_id, gebruiker_id) values (?, ?) on conflict do nothing").params(id, ouderGebruikerId)
                .update();
        auditLog.schrijven(swv.waarde(), "leerling", String.valueOf(id), "ouderaccount gekoppeld");
    }

    /** The parents' accounts linked to this pupil: whom Thuisnabij may tell, in their own account, that something waits for them. */
    @Transactional(readOnly = true)
    public List<Long> ouderaccounts(SwvCode swv, long id) {
        bestaand(swv, id);
        return jdbc.sql("select gebruiker_id from leerling_ouderaccount where leerling_id = ? order by gebruiker_id").param(id).query(Long.class).list();
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

    public record Inschrijving(long vestigingId, String swv, LocalDate van, LocalDate tot) {
    }

    @Transactional(readOnly = true)
    public List<Inschrijving> schoolhistorie(SwvCode swv, long id) {
        bestaand(swv, id);
        return jdbc.sql("""
                with recursive keten (id) as (
                    select ?::bigint
                    union all
                    select l.vorige_leerling_id from leerling l join keten k on l.id = k.id where l.vorige_leerling_id is not null)
                select h.vestiging_id, h.swv_code as swv, h.van, h.tot
                from leerling_schoolhistorie h join keten k on h.leerling_id = k.id order by h.van, h.id""")
                .param(id).query(Inschrijving.class).list();
    }

    private void bestaand(SwvCode swv, long id) {
        if (jdbc.sql("select count(*) from leerling where id = ? and swv_code = ?").params(id, swv.waarde()).query(Long.class).single() == 0) {
            throw new NietGevondenException("leerling %d hoort niet bij %s".formatted(id, swv));
        }
    }

    private Leerling map(ResultSet rs, int rij) throws SQLException {
        var nummer = rs.getString("persoonsnummer");
        return new Leerling(rs.getLong("id"), new SwvCode(rs.getString("swv_code")), rs.getString("voornaam"),
                rs.getString("achternaam"), rs.getObject("geboortedatum", LocalDate.class),
                rs.getString("postcode") == null ? null : Postcode.volledig(rs.getString("postcode")), rs.getString("woonland"),
                java.util.Set.of((Long[]) rs.getArray("ouderaccounts").getArray()),
                rs.getObject("vestiging_id", Long.class),
                nummer == null ? null : new Persoonsnummer(Persoonsnummer.Soort.valueOf(rs.getString("persoonsnummer_soort")), nummer),
                rs.getString("residentiele_instelling"), rs.getObject("residentieel_tot", LocalDate.class));
    }
}
