package nl.thuisnabij.budget.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.thuisnabij.aanvraag.Bekostigingscategorie;
import nl.thuisnabij.budget.SoVsoTellingImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** DUO's counts of the SO and VSO pupils an SWV pays for, per count year, kind and funding category. */
@Repository
public class SoVsoTellingRepository {

    private final JdbcClient jdbc;

    SoVsoTellingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces DUO's (V)SO counts of these years whole. */
    public void vervangSoVsoTellingen(String swv, Map<Integer, List<SoVsoTellingImport.Regel>> perPeiljaar, Instant op) {
        perPeiljaar.forEach((peiljaar, regels) -> {
            jdbc.sql("delete from budget_so_vso_telling where swv_code = ? and peiljaar = ?").params(swv, peiljaar).update();
            regels.forEach(r -> jdbc.sql("""
                    insert into budget_so_vso_telling (swv_code, peiljaar, tlv_soort, categorie, binnen_swv, aantal, ingelezen_op) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(swv, peiljaar, r.tlvSoort(), r.categorie().name(), r.binnenSwv(), r.aantal(), java.sql.Timestamp.from(op)).update());
        });
    }

    /** DUO's VSO pupils per paying SWV and count year, newest year first. */
    public Map<String, Map<Integer, Integer>> vsoTellingen(Optional<String> swv) {
        var perSwv = new TreeMap<String, Map<Integer, Integer>>();
        jdbc.sql("select swv_code, peiljaar, sum(aantal)::int from budget_so_vso_telling where tlv_soort = 'VSO' %s group by 1, 2 order by 2 desc"
                        .formatted(swv.isPresent() ? "and swv_code = ?" : ""))
                .params(swv.map(s -> new Object[] {s}).orElse(new Object[0]))
                .query(rs -> {
                    perSwv.computeIfAbsent(rs.getString(1), s -> new LinkedHashMap<>()).put(rs.getInt(2), rs.getInt(3));
                });
        return perSwv;
    }

    /** DUO's (V)SO counts per year, kind and category (inside and outside the SWV together), with those outside, newest year first. */
    public List<SoVsoTellingImport.Regel> soVsoTellingen(String swv) {
        return jdbc.sql("""
                select peiljaar, tlv_soort, categorie, binnen_swv, aantal from budget_so_vso_telling where swv_code = ?
                 order by peiljaar desc, tlv_soort, case categorie when 'LAAG' then 1 when 'MIDDEN' then 2 else 3 end, binnen_swv desc""")
                .param(swv)
                .query((rs, n) -> new SoVsoTellingImport.Regel(rs.getInt(1), rs.getString(2),
                        Bekostigingscategorie.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getInt(5)))
                .list();
    }
}
