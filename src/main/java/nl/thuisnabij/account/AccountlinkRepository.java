package nl.thuisnabij.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time links to set a password, stored by the hash of their token only. */
@Repository
class AccountlinkRepository {

    enum Soort {
        UITNODIGING, HERSTEL
    }

    record Link(long id, long gebruikerId, Soort soort, Instant geldigTot, Instant gebruiktOp) {
    }

    private final JdbcClient jdbc;

    AccountlinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link replaces the account's earlier unused links of the same kind. */
    void voegToe(long gebruikerId, Soort soort, String tokenHash, Instant geldigTot, String door) {
        jdbc.sql("update accountlink set geldig_tot = least(geldig_tot, now()) where gebruiker_id = ? and soort = ? and gebruikt_op is null")
                .params(gebruikerId, soort.name()).update();
        jdbc.sql("insert into accountlink (gebruiker_id, soort, token_hash, geldig_tot, aangemaakt_door) values (?, ?, ?, ?, ?)")
                .params(gebruikerId, soort.name(), tokenHash, java.sql.Timestamp.from(geldigTot), door).update();
    }

    Optional<Link> findByTokenHash(String tokenHash) {
        return jdbc.sql("select id, gebruiker_id, soort, geldig_tot, gebruikt_op from accountlink where token_hash = ?").param(tokenHash)
                .query((rs, rij) -> new Link(rs.getLong(1), rs.getLong(2), Soort.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Marks the link used; false when it was used meanwhile (the same link sent twice at once). */
    boolean gebruik(long id) {
        return jdbc.sql("update accountlink set gebruikt_op = now() where id = ? and gebruikt_op is null").param(id).update() == 1;
    }

    /** Whether a reset link went out to this account recently: a second request then sends nothing. */
    boolean recentHerstel(long gebruikerId, Instant sinds) {
        return jdbc.sql("select exists (select 1 from accountlink where gebruiker_id = ? and soort = 'HERSTEL' and aangemaakt_op > ?)")
                .params(gebruikerId, java.sql.Timestamp.from(sinds)).query(Boolean.class).single();
    }

    /** When the account's last invitation was sent and until when it holds, for the administrator's list. */
    Optional<Instant> uitnodigingGeldigTot(long gebruikerId) {
        return jdbc.sql("select geldig_tot from accountlink where gebruiker_id = ? and soort = 'UITNODIGING' and gebruikt_op is null "
                + "order by geldig_tot desc limit 1").param(gebruikerId).query((rs, rij) -> rs.getTimestamp(1).toInstant()).optional();
    }
}
