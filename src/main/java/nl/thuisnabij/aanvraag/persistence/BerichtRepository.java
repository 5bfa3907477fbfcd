package nl.thuisnabij.aanvraag.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.aanvraag.Verzending;
import nl.thuisnabij.aanvraag.Verzendstatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The e-mails about each request and what happened to them; one row per request and message key. */
@Repository
public class BerichtRepository {

    private final JdbcClient jdbc;

    public BerichtRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new attempt and returns the state before it, empty for a message not tried before. */
    public boolean aanvraagBestaat(long aanvraag) {
        return jdbc.sql("select count(*) from aanvraag where id = ?").param(aanvraag).query(Long.class).single() > 0;
    }

    public Optional<Verzendstatus> poging(long aanvraag, String sleutel, String onderwerp, int ontvangers) {
        var eerder = jdbc.sql("select status from bericht where aanvraag_id = ? and sleutel = ?").params(aanvraag, sleutel)
                .query(String.class).optional().map(Verzendstatus::valueOf);
        jdbc.sql("""
                insert into bericht (aanvraag_id, sleutel, onderwerp, ontvangers, status, pogingen, laatste_poging)
                values (?, ?, ?, ?, 'IN_WACHTRIJ', 1, now())
                on conflict (aanvraag_id, sleutel) do update
                   set pogingen = bericht.pogingen + 1, laatste_poging = now(),
                       status = case when bericht.status = 'VERZONDEN' then 'VERZONDEN' else 'IN_WACHTRIJ' end
                """).params(aanvraag, sleutel, onderwerp, ontvangers).update();
        return eerder;
    }

    public void zetStatus(long aanvraag, String sleutel, Verzendstatus status, String fout) {
        jdbc.sql("update bericht set status = ?, fout = ? where aanvraag_id = ? and sleutel = ?").params(status.name(), fout == null || fout.length() <= 10_000 ? fout : fout.substring(0, 10_000), aanvraag, sleutel)
                .update();
    }

    public List<Verzending> vanAanvraag(long aanvraag) {
        return jdbc.sql("""
                select onderwerp, ontvangers, status, pogingen, laatste_poging from bericht where aanvraag_id = ? order by id
                """).param(aanvraag).query((rs, rij) -> {
                    Timestamp laatste = rs.getTimestamp("laatste_poging");
                    return new Verzending(rs.getString("onderwerp"), rs.getInt("ontvangers"), Verzendstatus.valueOf(rs.getString("status")),
                            rs.getInt("pogingen"), laatste == null ? null : laatste.toInstant());
                }).list();
    }
}
