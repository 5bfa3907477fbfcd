package nl.thuisnabij.opp;

import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** OPPs established for the first time per SWV and school year, for the kengetallen; no pupil is read. */
@Service
public class Oppkengetallen {

    public record Vastgesteld(String swv, int schooljaar, int aantal) {
    }

    private final JdbcClient jdbc;

    Oppkengetallen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Vastgesteld> vastgesteld(Optional<SwvCode> swv, int vanafSchooljaar) {
        return jdbc.sql("""
                select o.swv_code, extract(year from (v.vastgesteld_op - interval '7 months'))::int, count(*)
                  from opp_versie v join opp o on o.id = v.opp_id
                 where v.volgnummer = 1 and v.vastgesteld_op >= make_date(?, 8, 1) %s
                 group by 1, 2""".formatted(swv.isPresent() ? "and o.swv_code = ?" : ""))
                .params(swv.map(s -> new Object[] {vanafSchooljaar, s.waarde()}).orElse(new Object[] {vanafSchooljaar}))
                .query((rs, n) -> new Vastgesteld(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }
}
