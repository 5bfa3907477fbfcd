package nl.thuisnabij.aanvraag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.SwvCode;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of requests for the kengetallen, per SWV and school year (1 August to 31 July), counted in
 * the database for one SWV or for all at once: grants by kind and category, and the days from
 * receipt via complete to the first decision. They are counted from {@code aanvraag_kengetal}, one
 * narrow row per decided request that this class keeps up to date in the transaction of every
 * decision, so a national run does not join 300,000 requests with their decisions. No pupil is read.
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

    /** A request not submitted through Thuisnabij has no days of processing to count. */
    private static final String BIJWERKEN = """
            insert into aanvraag_kengetal (aanvraag_id, swv_code, soort, besloten_schooljaar, dagen_tot_compleet, dagen_na_compleet, dagen_totaal,
                                           toegekend_schooljaar, categorie, bedrag)
            select a.id, a.swv_code, a.soort, extract(year from (e.besloten_op - interval '7 months'))::int,
                   case when a.ingediend_op is not null then a.compleet_op - a.ingediend_op end,
                   case when a.ingediend_op is not null then e.besloten_op - a.compleet_op end,
                   e.besloten_op - a.ingediend_op,
                   extract(year from (t.besloten_op - interval '7 months'))::int, t.categorie, t.bedrag
              from aanvraag a
              join besluit e on e.aanvraag_id = a.id and e.volgnummer = 1
              left join lateral (select g.besloten_op, g.categorie, g.bedrag from besluit g
                                  where g.aanvraag_id = a.id and g.uitkomst in ('TOEGEKEND', 'TOEGEKEND_MET_AANPASSING')
                                  order by g.volgnummer limit 1) t on true
            %s
            on conflict (aanvraag_id) do update
               set besloten_schooljaar = excluded.besloten_schooljaar, dagen_tot_compleet = excluded.dagen_tot_compleet,
                   dagen_na_compleet = excluded.dagen_na_compleet, dagen_totaal = excluded.dagen_totaal,
                   toegekend_schooljaar = excluded.toegekend_schooljaar, categorie = excluded.categorie, bedrag = excluded.bedrag""";

    private final JdbcClient jdbc;

    Aanvraagcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The first decision and the first grant of a request, counted again from the request itself
     * whenever it gets a decision: a grant on objection after a refusal still counts once, in the year
     * it was granted.
     */
    @EventListener
    void bij(BesluitGenomen besluit) {
        jdbc.sql(BIJWERKEN.formatted("where a.id = ?")).param(besluit.aanvraagId()).update();
    }

    /** The counts rebuilt from every decided request: after a bulk load that bypassed the requests (the national benchmark data). */
    @Transactional
    public int bouwOpnieuwOp() {
        jdbc.sql("delete from aanvraag_kengetal").update();
        return jdbc.sql(BIJWERKEN.formatted("")).update();
    }

    @Transactional(readOnly = true)
    public List<Toekenningen> toekenningen(Optional<SwvCode> swv, int vanafSchooljaar) {
        return jdbc.sql("""
                select swv_code, toegekend_schooljaar, soort, categorie, count(*), coalesce(sum(bedrag), 0)
                  from aanvraag_kengetal
                 where toegekend_schooljaar >= ? %s
                 group by 1, 2, 3, 4""".formatted(swv.isPresent() ? "and swv_code = ?" : ""))
                .params(swv.map(s -> new Object[] {vanafSchooljaar, s.waarde()}).orElse(new Object[] {vanafSchooljaar}))
                .query((rs, n) -> new Toekenningen(rs.getString(1), rs.getInt(2), Aanvraagsoort.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Bekostigingscategorie.valueOf(rs.getString(4)), rs.getInt(5), rs.getBigDecimal(6)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Doorlooptijd> doorlooptijden(Optional<SwvCode> swv, int vanafSchooljaar) {
        return jdbc.sql("""
                select swv_code, besloten_schooljaar, soort <> 'ARRANGEMENT' as tlv, count(*),
                       percentile_cont(array[0.5, 0.75]) within group (order by dagen_tot_compleet),
                       percentile_cont(array[0.5, 0.75]) within group (order by dagen_na_compleet),
                       percentile_cont(array[0.5, 0.75]) within group (order by dagen_totaal)
                  from aanvraag_kengetal
                 where dagen_totaal is not null and besloten_schooljaar >= ? %s
                 group by 1, 2, 3""".formatted(swv.isPresent() ? "and swv_code = ?" : ""))
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
