package nl.thuisnabij.opp.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the OPP reports, in SQL over the whole SWV or one school site: the version in
 * force of each running OPP, its goals, the terms and answers that need attention, and the trend.
 */
@Repository
public class OppTellingen {

    public record Telling(String sleutel, long aantal) {
    }

    public record Aandacht(long vaststellingTeLaat, long evaluatieTeLaat, long wachtOpOuders, long geweigerd) {
    }

    public record Jaartelling(int beginjaar, long vastgesteld, long geevalueerd) {
    }

    /** The running OPPs of the SWV, or of one school site when given; the version in force is the last established one. */
    private static final String GELDEND = """
            with lopend as (select id from opp where swv_code = :swv and (cast(:vestiging as bigint) is null or vestiging_id = :vestiging)
                                                 and (beeindigd_op is null or beeindigd_op > :vandaag)),
                 geldend as (select distinct on (v.opp_id) v.* from opp_versie v join lopend l on l.id = v.opp_id
                             where v.status = 'VASTGESTELD' order by v.opp_id, v.volgnummer desc)
            """;

    private final JdbcClient jdbc;

    OppTellingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Telling> perUitstroombestemming(String swv, Long vestiging, LocalDate vandaag) {
        return jdbc.sql(GELDEND + "select uitstroombestemming as sleutel, count(*) as aantal from geldend group by 1 order by 2 desc, 1")
                .param("swv", swv).param("vestiging", vestiging).param("vandaag", vandaag).query(Telling.class).list();
    }

    /** Per domain of need: how many pupils have at least one goal in it. */
    public List<Telling> perDomein(String swv, Long vestiging, LocalDate vandaag) {
        return jdbc.sql(GELDEND + """
                select d.domein as sleutel, count(distinct d.opp_id) as aantal
                from opp_doel d join geldend g on g.opp_id = d.opp_id and g.volgnummer = d.versie_nummer group by 1 order by 2 desc, 1""")
                .param("swv", swv).param("vestiging", vestiging).param("vandaag", vandaag).query(Telling.class).list();
    }

    public Aandacht aandacht(String swv, Long vestiging, LocalDate vandaag) {
        return jdbc.sql(GELDEND + """
                select (select count(*) from opp o join lopend l on l.id = o.id where o.termijnsoort = 'VASTSTELLEN' and o.termijn < :vandaag) as vaststelling_te_laat,
                       (select count(*) from opp o join lopend l on l.id = o.id where o.termijnsoort = 'EVALUEREN' and o.termijn < :vandaag) as evaluatie_te_laat,
                       (select count(*) from opp_versie v join lopend l on l.id = v.opp_id where v.status = 'WACHT_OP_INSTEMMING') as wacht_op_ouders,
                       (select count(*) from geldend where instemming = 'GEWEIGERD') as geweigerd""")
                .param("swv", swv).param("vestiging", vestiging).param("vandaag", vandaag).query(Aandacht.class).single();
    }

    /** Per school year since the first: OPPs established for the first time, and evaluations held. */
    public List<Jaartelling> perSchooljaar(String swv, Long vestiging) {
        return jdbc.sql("""
                with van as (select id from opp where swv_code = :swv and (cast(:vestiging as bigint) is null or vestiging_id = :vestiging)),
                     eerste as (select v.opp_id, min(v.vastgesteld_op) as op from opp_versie v join van on van.id = v.opp_id
                                where v.vastgesteld_op is not null group by v.opp_id),
                     jaar_vastgesteld as (select extract(year from op - interval '7 months')::int as beginjaar, count(*) as aantal from eerste group by 1),
                     jaar_geevalueerd as (select extract(year from v.evaluatie_op - interval '7 months')::int as beginjaar, count(*) as aantal
                                          from opp_versie v join van on van.id = v.opp_id where v.evaluatie_op is not null group by 1)
                select coalesce(a.beginjaar, b.beginjaar) as beginjaar, coalesce(a.aantal, 0) as vastgesteld, coalesce(b.aantal, 0) as geevalueerd
                from jaar_vastgesteld a full join jaar_geevalueerd b on a.beginjaar = b.beginjaar order by 1""")
                .param("swv", swv).param("vestiging", vestiging).query(Jaartelling.class).list();
    }
}
