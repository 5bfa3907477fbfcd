package nl.thuisnabij.notificatie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.Pagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notifications. A module notifies whom it concerns; each person reads only their
 * own. Notifications name no child — a reference and a link — so the list and its e-mails carry no
 * special-category data.
 */
@Service
public class Notificaties {

    private final JdbcClient jdbc;

    Notificaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notifies one person, once per key: an event handled a second time adds nothing. */
    @Transactional
    public void meld(long gebruiker, String swvCode, String sleutel, String onderwerp, String tekst, String adres) {
        jdbc.sql("""
                insert into notificatie (gebruiker_id, swv_code, sleutel, onderwerp, tekst, adres) values (?, ?, ?, ?, ?, ?)
                on conflict (gebruiker_id, sleutel) do nothing
                """).params(gebruiker, swvCode, sleutel, onderwerp, tekst, adres).update();
    }

    /** Of these people, those who want an e-mail for every notification; who never chose gets one, as before there was a choice. */
    @Transactional(readOnly = true)
    public Set<Long> willenElkeNotificatie(Collection<Long> gebruikers) {
        if (gebruikers.isEmpty()) {
            return Set.of();
        }
        var anders = jdbc.sql("select gebruiker_id from notificatievoorkeur where gebruiker_id = any(?) and voorkeur <> 'PER_NOTIFICATIE'")
                .param(gebruikers.toArray(Long[]::new)).query(Long.class).set();
        var wel = new HashSet<>(gebruikers);
        wel.removeAll(anders);
        return wel;
    }

    /** A person's notifications, newest first, a page at a time; {@code na} continues after that one. */
    @Transactional(readOnly = true)
    public Pagina<Notificatie> vanGebruiker(long gebruiker, Long na) {
        var gelezen = jdbc.sql("""
                select id, onderwerp, tekst, adres, gemaakt_op, gelezen_op from notificatie
                 where gebruiker_id = ? and (?::bigint is null or id < ?) order by id desc limit ?
                """).params(gebruiker, na, na, Pagina.GROOTTE + 1).query(Notificaties::notificatie).list();
        return Pagina.van(gelezen, Notificatie::id);
    }

    @Transactional(readOnly = true)
    public int aantalOngelezen(long gebruiker) {
        return jdbc.sql("select count(*) from notificatie where gebruiker_id = ? and gelezen_op is null").param(gebruiker).query(Integer.class).single();
    }

    /** Marks the notification read and says where it points; another person's is as good as absent. */
    @Transactional
    public String open(long gebruiker, long notificatie) {
        return jdbc.sql("""
                update notificatie set gelezen_op = coalesce(gelezen_op, now()) where id = ? and gebruiker_id = ? returning adres
                """).params(notificatie, gebruiker).query(String.class).optional()
                .orElseThrow(() -> new NietGevondenException("deze notificatie bestaat niet"));
    }

    /** Returns how many were marked read. */
    @Transactional
    public int allesGelezen(long gebruiker) {
        return jdbc.sql("update notificatie set gelezen_op = now() where gebruiker_id = ? and gelezen_op is null").param(gebruiker).update();
    }

    @Transactional(readOnly = true)
    public Notificatievoorkeur voorkeur(long gebruiker) {
        return jdbc.sql("select voorkeur from notificatievoorkeur where gebruiker_id = ?").param(gebruiker).query(String.class).optional()
                .map(Notificatievoorkeur::valueOf).orElse(Notificatievoorkeur.PER_NOTIFICATIE);
    }

    /** A daily overview starts with what comes from now on, not with everything of the past. */
    @Transactional
    public void kiesVoorkeur(long gebruiker, Notificatievoorkeur voorkeur) {
        jdbc.sql("""
                insert into notificatievoorkeur (gebruiker_id, voorkeur, overzicht_tot) values (?, ?, now())
                on conflict (gebruiker_id) do update set voorkeur = excluded.voorkeur,
                    overzicht_tot = case when notificatievoorkeur.voorkeur = 'DAGELIJKS' then notificatievoorkeur.overzicht_tot else now() end
                """).params(gebruiker, voorkeur.name()).update();
    }

    private static Notificatie notificatie(ResultSet rs, int rij) throws SQLException {
        var gelezen = rs.getTimestamp("gelezen_op");
        return new Notificatie(rs.getLong("id"), rs.getString("onderwerp"), rs.getString("tekst"), rs.getString("adres"),
                rs.getTimestamp("gemaakt_op").toInstant(), gelezen == null ? null : gelezen.toInstant());
    }
}
