package nl.thuisnabij.opp.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the OPP reports, in SQL over the whole SWV or one school site: the version in
 * force of each running OPP, its goals, the terms and answers that need attention, and the trend.
 * The condition on the school site is added only when one is given, and each OPP's versions are
 * reached through its key (a lateral lookup). At national size the SWV's report takes about 200 ms
 * (bench/RESULTS.md), growing with the SWV's number of OPPs, so it is computed once per {@link #stand}.
 */
@Repository
public class OppTellingen {

    public record Telling(String sleutel, long aantal) {
    }

    public record Aandacht(long vaststellingTeLaat, long evaluatieTeLaat, long wachtOpOuders, long geweigerd) {
    }

    public record Jaartelling(int beginjaar, long vastgesteld, long geevalueerd) {
    }

    /** Changes whenever an OPP of the SWV (or site) is created or saved: every save raises the aggregate's version. */
    public record Stand(long aantal, long versies, long hoogsteId) {
    }

    private final JdbcClient jdbc;

    OppTellingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SWV's OPPs (of one site when given), running or all; with each running one's version in force. */
    private static String opps(Long vestiging, boolean alleenLopend) {
        return "select id, termijn, termijnsoort from opp where swv_code = :swv" + (vestiging == null ? "" : " and vestiging_id = :vestiging")
                + (alleenLopend ? " and (beeindigd_op is null or beeindigd_op > :vandaag)" : "");
    }

    private static String geldend(Long vestiging) {
        return """
                with lopend as materialized (%s),
                     geldend as materialized (
                         select v.* from lopend l cross join lateral (
                             select * from opp_versie v where v.opp_id = l.id and v.status = 'VASTGESTELD' order by v.volgnummer desc limit 1) v)
                """.formatted(opps(vestiging, true));
    }

    private JdbcClient.StatementSpec sql(String sql, String swv, Long vestiging, LocalDate vandaag) {
        var spec = jdbc.sql(sql).param("swv", swv);
        if (vestiging != null) {
            spec = spec.param("vestiging", vestiging);
        }
        return vandaag == null ? spec : spec.param("vandaag", vandaag);
    }

    public Stand stand(String swv, Long vestiging) {
        return sql("select count(*) as aantal, coalesce(sum(versie), 0) as versies, coalesce(max(id), 0) as hoogste_id from opp where swv_code = :swv"
                + (vestiging == null ? "" : " and vestiging_id = :vestiging"), swv, vestiging, null).query(Stand.class).single();
    }

    public List<Telling> perUitstroombestemming(String swv, Long vestiging, LocalDate vandaag) {
        return sql(geldend(vestiging) + "select uitstroombestemming as sleutel, count(*) as aantal from geldend group by 1 order by 2 desc, 1", swv,
                vestiging, vandaag).query(Telling.class).list();
    }

    /** Per domain of need: how many pupils have at least one goal in it. */
    public List<Telling> perDomein(String swv, Long vestiging, LocalDate vandaag) {
        return sql(geldend(vestiging) + """
                select d.domein as sleutel, count(distinct d.opp_id) as aantal
                from geldend g join opp_doel d on d.opp_id = g.opp_id and d.versie_nummer = g.volgnummer group by 1 order by 2 desc, 1""", swv,
                vestiging, vandaag).query(Telling.class).list();
    }

    public Aandacht aandacht(String swv, Long vestiging, LocalDate vandaag) {
        return sql(geldend(vestiging) + """
                select (select count(*) from lopend where termijnsoort = 'VASTSTELLEN' and termijn < :vandaag) as vaststelling_te_laat,
                       (select count(*) from lopend where termijnsoort = 'EVALUEREN' and termijn < :vandaag) as evaluatie_te_laat,
                       (select count(*) from lopend l where (select v.status from opp_versie v where v.opp_id = l.id order by v.volgnummer desc limit 1)
                                                            = 'WACHT_OP_INSTEMMING') as wacht_op_ouders,
                       (select count(*) from geldend where instemming = 'GEWEIGERD') as geweigerd""", swv, vestiging, vandaag)
                .query(Aandacht.class).single();
    }

    /** Per school year since the first: OPPs established for the first time, and evaluations held. */
    public List<Jaartelling> perSchooljaar(String swv, Long vestiging) {
        return sql("""
                with van as materialized (%s),
                     versies as materialized (
                         select v.opp_id, v.vastgesteld_op, v.evaluatie_op from van cross join lateral (
                             select opp_id, vastgesteld_op, evaluatie_op from opp_versie v where v.opp_id = van.id) v),
                     eerste as (select opp_id, min(vastgesteld_op) as op from versies where vastgesteld_op is not null group by opp_id),
                     jaar_vastgesteld as (select extract(year from op - interval '7 months')::int as beginjaar, count(*) as aantal from eerste group by 1),
                     jaar_geevalueerd as (select extract(year from evaluatie_op - interval '7 months')::int as beginjaar, count(*) as aantal
                                          from versies where evaluatie_op is not null group by 1)
                select coalesce(a.beginjaar, b.beginjaar) as beginjaar, coalesce(a.aantal, 0) as vastgesteld, coalesce(b.aantal, 0) as geevalueerd
                from jaar_vastgesteld a full join jaar_geevalueerd b on a.beginjaar = b.beginjaar order by 1""".formatted(opps(vestiging, false)), swv,
                vestiging, null).query(Jaartelling.class).list();
    }
}
