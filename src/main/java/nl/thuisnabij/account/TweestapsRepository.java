package nl.thuisnabij.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TweestapsRepository {

    record Koppeling(String geheim, Long laatsteStap, Instant actiefSinds) {
    }

    private final JdbcClient jdbc;

    TweestapsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Koppeling> koppeling(long gebruikerId) {
        return jdbc.sql("select totp_geheim, totp_laatste_stap, totp_actief_sinds from gebruiker where id = ? and totp_geheim is not null")
                .param(gebruikerId)
                .query((rs, rij) -> new Koppeling(rs.getString(1), rs.getObject(2, Long.class), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    void koppel(long gebruikerId, String geheim, long stap, Instant sinds, Collection<String> herstelcodeHashes) {
        jdbc.sql("update gebruiker set totp_geheim = ?, totp_laatste_stap = ?, totp_actief_sinds = ? where id = ?")
                .params(geheim, stap, java.sql.Timestamp.from(sinds), gebruikerId).update();
        jdbc.sql("delete from herstelcode where gebruiker_id = ?").param(gebruikerId).update();
        herstelcodeHashes.forEach(hash -> jdbc.sql("insert into herstelcode (gebruiker_id, code_hash) values (?, ?)")
                .params(gebruikerId, hash).update());
    }

    void ontkoppel(long gebruikerId) {
        jdbc.sql("update gebruiker set totp_geheim = null, totp_laatste_stap = null, totp_actief_sinds = null where id = ?")
                .param(gebruikerId).update();
        jdbc.sql("delete from herstelcode where gebruiker_id = ?").param(gebruikerId).update();
    }

    /** Takes the time step only if no later or equal one was used: two requests with one code cannot both win. */
    boolean neemStap(long gebruikerId, long stap) {
        return jdbc.sql("update gebruiker set totp_laatste_stap = ? where id = ? and (totp_laatste_stap is null or totp_laatste_stap < ?)")
                .params(stap, gebruikerId, stap).update() == 1;
    }

    boolean gebruikHerstelcode(long gebruikerId, String hash, Instant op) {
        return jdbc.sql("update herstelcode set gebruikt_op = ? where gebruiker_id = ? and code_hash = ? and gebruikt_op is null")
                .params(java.sql.Timestamp.from(op), gebruikerId, hash).update() == 1;
    }

    int ongebruikteHerstelcodes(long gebruikerId) {
        return jdbc.sql("select count(*) from herstelcode where gebruiker_id = ? and gebruikt_op is null").param(gebruikerId)
                .query(Integer.class).single();
    }

    record Beleid(boolean verplicht, int versie) {
    }

    Beleid beleid(String swvCode) {
        return jdbc.sql("select tweestapsverificatie_verplicht, versie from inlogbeleid where swv_code = ?").param(swvCode)
                .query((rs, rij) -> new Beleid(rs.getBoolean(1), rs.getInt(2))).optional().orElse(new Beleid(false, 0));
    }

    /** Saves the policy only if nobody changed it since {@code versie} was read. */
    boolean zetBeleid(String swvCode, boolean verplicht, int versie) {
        return jdbc.sql("""
                insert into inlogbeleid (swv_code, tweestapsverificatie_verplicht, versie) values (?, ?, 1)
                on conflict (swv_code) do update set tweestapsverificatie_verplicht = excluded.tweestapsverificatie_verplicht,
                       versie = inlogbeleid.versie + 1
                 where inlogbeleid.versie = ?
                """).params(swvCode, verplicht, versie).update() == 1;
    }
}
