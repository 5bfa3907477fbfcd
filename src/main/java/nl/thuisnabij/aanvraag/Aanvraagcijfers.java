package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of requests for the kengetallen, per SWV and school year (1 August to 31 July), counted in
 * the database for one SWV or for all at once: grants by kind and category, and the days from
 * receipt via complete to the first decision. No pupil is read.
 */
@Service
public class Aanvraagcijfers {

    /** Requests first granted in the school year (a later change on objection does not count again). */
    public record Toekenningen(String swv, int schooljaar, Aanvraagsoort soort, Bekostigingscategorie categorie, int aantal, BigDecimal bedrag) {
    }

    /**
     * Days from receipt to complete (the last asked supplement delivered), from complete to the first
     * decision, and from receipt to that decision, granted or not: medians and 75th percentiles.
     */
    public record Doorlooptijd(String swv, int schooljaar, boolean tlv, int besloten, double totCompleetP50, double totCompleetP75,
            double naCompleetP50, double naCompleetP75, double p50, double p75) {
    }

    private static final String SCHOOLJAAR = "extract(year from (%s - interval '7 months'))::int";
    private static final String TOEGEKEND = "('TOEGEKEND', 'TOEGEKEND_MET_AANPASSING')";

    private final JdbcClient jdbc;

    Aanvraagcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Toekenningen> toekenningen(Optional<SwvCode> swv, int vanafSchooljaar) {
        return jdbc.sql("""
                select a.swv_code, %s as schooljaar, a.soort, b.categorie, count(*), coalesce(sum(b.bedrag), 0)
                  from besluit b join aanvraag a on a.id = b.aanvraag_id
                 where b.uitkomst in %s and b.besloten_op >= make_date(?, 8, 1) %s
                   -- the first grant of a request is nearly always its first decision: only later ones look back
                   and (b.volgnummer = 1 or not exists (select 1 from besluit e where e.aanvraag_id = b.aanvraag_id and e.volgnummer < b.volgnummer
                                                         and e.uitkomst in %s))
                 group by 1, 2, 3, 4""".formatted(SCHOOLJAAR.formatted("b.besloten_op"), TOEGEKEND, swv.isPresent() ? "and a.swv_code = ?" : "", TOEGEKEND))
                .params(swv.map(s -> new Object[] {vanafSchooljaar, s.waarde()}).orElse(new Object[] {vanafSchooljaar}))
                .query((rs, n) -> new Toekenningen(rs.getString(1), rs.getInt(2), Aanvraagsoort.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Bekostigingscategorie.valueOf(rs.getString(4)), rs.getInt(5), rs.getBigDecimal(6)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Doorlooptijd> doorlooptijden(Optional<SwvCode> swv, int vanafSchooljaar) {
        return jdbc.sql("""
                select a.swv_code, %s as schooljaar, a.soort <> 'ARRANGEMENT' as tlv, count(*),
                       percentile_cont(array[0.5, 0.75]) within group (order by a.compleet_op - a.ingediend_op),
                       percentile_cont(array[0.5, 0.75]) within group (order by b.besloten_op - a.compleet_op),
                       percentile_cont(array[0.5, 0.75]) within group (order by b.besloten_op - a.ingediend_op)
                  from besluit b join aanvraag a on a.id = b.aanvraag_id
                 where b.volgnummer = 1 and a.ingediend_op is not null and b.besloten_op >= make_date(?, 8, 1) %s
                 group by 1, 2, 3""".formatted(SCHOOLJAAR.formatted("b.besloten_op"), swv.isPresent() ? "and a.swv_code = ?" : ""))
                .params(swv.map(s -> new Object[] {vanafSchooljaar, s.waarde()}).orElse(new Object[] {vanafSchooljaar}))
                .query((rs, n) -> {
                    var compleet = percentielen(rs.getArray(5));
                    var naCompleet = percentielen(rs.getArray(6));
                    var totaal = percentielen(rs.getArray(7));
                    return new Doorlooptijd(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getInt(4), compleet[0], compleet[1], naCompleet[0],
                            naCompleet[1], totaal[0], totaal[1]);
                })
                .list();
    }

    /** A median and a 75th percentile, 0 when there was nothing to take them of. */
    private static double[] percentielen(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return new double[] {0, 0};
        }
        var waarden = (Object[]) array.getArray();
        return new double[] {waarden[0] == null ? 0 : ((Number) waarden[0]).doubleValue(), waarden[1] == null ? 0 : ((Number) waarden[1]).doubleValue()};
    }
}
