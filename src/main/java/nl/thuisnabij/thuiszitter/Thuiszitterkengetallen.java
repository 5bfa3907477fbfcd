package nl.thuisnabij.thuiszitter;

import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Thuiszitters reported and solved per SWV and school year, for the kengetallen; no child is read. */
@Service
public class Thuiszitterkengetallen {

    public record Perjaar(String swv, int schooljaar, int gemeld, int opgelost) {
    }

    private final JdbcClient jdbc;

    Thuiszitterkengetallen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Perjaar> perSchooljaar(Optional<SwvCode> swv, int vanafSchooljaar) {
        return jdbc.sql("""
                select swv_code, extract(year from (gemeld_op - interval '7 months'))::int, count(*), count(opgelost_op)
                  from thuiszitter where gemeld_op >= make_date(?, 8, 1) %s
                 group by 1, 2""".formatted(swv.isPresent() ? "and swv_code = ?" : ""))
                .params(swv.map(s -> new Object[] {vanafSchooljaar, s.waarde()}).orElse(new Object[] {vanafSchooljaar}))
                .query((rs, n) -> new Perjaar(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
    }
}
