package nl.thuisnabij.aanvraag.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.aanvraag.AanvraagStatus;
import nl.thuisnabij.aanvraag.AanvraagToegang;
import nl.thuisnabij.aanvraag.Aanvraagregel;
import nl.thuisnabij.aanvraag.Aanvraagsoort;
import nl.thuisnabij.aanvraag.Besluituitkomst;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of requests filtered, counted and paged in SQL: a list reads one page of slim rows, never
 * the whole history of an SWV with its texts.
 */
@Repository
public class AanvraagLijstRepository {

    /** The filters of a list; null or empty means: not filtered on this. */
    public record Criteria(AanvraagStatus status, Collection<AanvraagStatus> statussen, Long alleenVan, Long vergadering, Collection<Long> vergaderingen,
            Collection<Long> zoekLeerlingen, Collection<Long> zoekScholen, Long na) {
    }

    private static final String REGEL = """
            select a.id, a.swv_code, a.vestiging_id, a.leerling_id, a.soort, a.verlenging_van is not null as verlenging, a.status,
                   a.ingediend_op, a.vergadering_id, a.coordinator_id, a.versie, a.aanvulling_deadline,
                   case when a.ouders_akkoord is not null then 'ZIENSWIJZE_ONTVANGEN' when a.ouders_akkoord_volgens_school is not null then 'GESPREK_VASTGELEGD'
                        when a.ouders_uitgenodigd_op is not null then 'GEVRAAGD' else 'NIET_GEVRAAGD' end as ouders,
                   (select b.uitkomst from besluit b where b.aanvraag_id = a.id order by b.volgnummer desc limit 1) as uitkomst,
                   a.status = 'INGEDIEND'
                     or (a.status = 'ADVIES' and not exists (select 1 from aanvraag_deskundige m where m.aanvraag_id = a.id and m.vervangen_op is null
                           and not exists (select 1 from deskundigenadvies d where d.aanvraag_id = a.id and d.deskundige_id = m.deskundige_id)))
                     as actie_nodig
              from aanvraag a
            """;

    private final JdbcClient jdbc;

    public AanvraagLijstRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Aanvraagregel.Kern> pagina(SwvCode swv, AanvraagToegang.Voorwaarde zicht, Criteria criteria, int grootte) {
        var waarden = new LinkedHashMap<String, Object>(zicht.waarden());
        var sql = new StringBuilder(REGEL).append(" where a.swv_code = :swv and (").append(zicht.sql()).append(")");
        waarden.put("swv", swv.waarde());
        if (criteria.status() != null) {
            sql.append(" and a.status = :status");
            waarden.put("status", criteria.status().name());
        }
        if (criteria.statussen() != null) {
            sql.append(" and a.status = any(:statussen)");
            waarden.put("statussen", criteria.statussen().stream().map(Enum::name).toArray(String[]::new));
        }
        if (criteria.alleenVan() != null) {
            sql.append(" and (a.coordinator_id = :ik or exists (select 1 from aanvraag_deskundige m where m.aanvraag_id = a.id and m.deskundige_id = :ik and m.vervangen_op is null))");
            waarden.put("ik", criteria.alleenVan());
        }
        if (criteria.vergadering() != null) {
            sql.append(" and a.vergadering_id = :vergadering");
            waarden.put("vergadering", criteria.vergadering());
        }
        if (criteria.vergaderingen() != null) {
            sql.append(" and a.vergadering_id = any(:vergaderingen)");
            waarden.put("vergaderingen", criteria.vergaderingen().toArray(Long[]::new));
        }
        if (criteria.zoekLeerlingen() != null) {
            sql.append(" and (a.leerling_id = any(:zoekLeerlingen) or a.vestiging_id = any(:zoekScholen))");
            waarden.put("zoekLeerlingen", criteria.zoekLeerlingen().toArray(Long[]::new));
            waarden.put("zoekScholen", criteria.zoekScholen().toArray(Long[]::new));
        }
        if (criteria.na() != null) {
            sql.append(" and a.id < :na");
            waarden.put("na", criteria.na());
        }
        sql.append(" order by a.id desc limit :grootte");
        waarden.put("grootte", grootte);
        return jdbc.sql(sql.toString()).params(waarden).query(this::kern).list();
    }

    /** How many requests this viewer may see, per state. */
    public Map<AanvraagStatus, Long> aantallen(SwvCode swv, AanvraagToegang.Voorwaarde zicht) {
        var waarden = new LinkedHashMap<String, Object>(zicht.waarden());
        waarden.put("swv", swv.waarde());
        var aantallen = new EnumMap<AanvraagStatus, Long>(AanvraagStatus.class);
        jdbc.sql("select a.status, count(*) from aanvraag a where a.swv_code = :swv and (" + zicht.sql() + ") group by a.status")
                .params(waarden).query(rs -> {
                    aantallen.put(AanvraagStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return aantallen;
    }

    public List<Aanvraagregel.Kern> vanLeerlingen(Collection<Long> leerlingen) {
        if (leerlingen.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REGEL +  " where a.leerling_id = any(?) and (a.status <> 'CONCEPT' or a.ouders_uitgenodigd_op is not null) order by a.id desc")
                .param(leerlingen.toArray(Long[]::new)).query(this::kern).list();
    }

    /** Granted TLVs whose current decision is not yet registered with DUO, oldest first. */
    public List<Long> tlvsTeRegistreren(SwvCode swv) {
        return new ArrayList<>(jdbc.sql("""
                select a.id from aanvraag a
                 where a.swv_code = ? and a.status = 'BESLOTEN' and a.soort like 'TLV%'
                   and (select b.uitkomst from besluit b where b.aanvraag_id = a.id order by b.volgnummer desc limit 1)
                       in ('TOEGEKEND', 'TOEGEKEND_MET_AANPASSING')
                 order by a.id
                """).param(swv.waarde()).query(Long.class).list());
    }

    /**
     * TLVs revoked or ended early after an earlier version went to DUO, whose change has not been
     * passed on yet: DUO must withdraw or shorten them.
     */
    public List<Long> tlvWijzigingenVoorDuo(SwvCode swv) {
        return new ArrayList<>(jdbc.sql("""
                select a.id from aanvraag a
                  cross join lateral (select b.volgnummer, b.uitkomst from besluit b where b.aanvraag_id = a.id order by b.volgnummer desc limit 1) h
                 where a.swv_code = ? and a.soort like 'TLV%' and h.uitkomst in ('INGETROKKEN', 'VOORTIJDIG_BEEINDIGD')
                   and exists (select 1 from duo_export_besluit d where d.aanvraag_id = a.id)
                   and not exists (select 1 from duo_export_besluit d where d.aanvraag_id = a.id and d.besluit_volgnummer = h.volgnummer)
                 order by a.id
                """).param(swv.waarde()).query(Long.class).list());
    }

    private Aanvraagregel.Kern kern(ResultSet rs, int rij) throws SQLException {
        var uitkomst = rs.getString("uitkomst");
        return new Aanvraagregel.Kern(rs.getLong("id"), new SwvCode(rs.getString("swv_code")), rs.getLong("vestiging_id"), rs.getLong("leerling_id"),
                Aanvraagsoort.valueOf(rs.getString("soort")), rs.getBoolean("verlenging"), AanvraagStatus.valueOf(rs.getString("status")),
                rs.getObject("ingediend_op", LocalDate.class), rs.getObject("vergadering_id", Long.class),
                uitkomst == null ? null : Besluituitkomst.valueOf(uitkomst), rs.getObject("coordinator_id", Long.class), rs.getBoolean("actie_nodig"), rs.getInt("versie"),
                rs.getObject("aanvulling_deadline", LocalDate.class), Aanvraagregel.Ouderinbreng.valueOf(rs.getString("ouders")));
    }
}
