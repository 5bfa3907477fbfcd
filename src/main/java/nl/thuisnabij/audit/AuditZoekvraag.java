package nl.thuisnabij.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit search as SQL built from the filters actually given, so PostgreSQL plans each search
 * on the index that fits it (per SWV by action, by user or by record, newest first) instead of one
 * generic plan over optional filters that scans the whole log.
 */
final class AuditZoekvraag {

    private final List<String> voorwaarden = new ArrayList<>();
    private final Map<String, Object> waarden = new LinkedHashMap<>();
    private final int maximum;

    /** @param gegevens when searching by pupil: their records by kind, as {@link Leerlingspoor} finds them; otherwise null */
    AuditZoekvraag(String swvCode, AuditZoekopdracht opdracht, Map<String, Set<String>> gegevens, int maximum) {
        this.maximum = maximum;
        voeg("swv_code = :swv", "swv", swvCode);
        if (gegeven(opdracht.gebruiker())) {
            voeg("lower(gebruiker) = lower(:gebruiker)", "gebruiker", opdracht.gebruiker().trim());
        }
        if (gegeven(opdracht.recordsoort())) {
            voeg("recordsoort = :soort", "soort", opdracht.recordsoort().trim());
        }
        if (gegeven(opdracht.recordId())) {
            voeg("(record_id = :recordId or record_ids @> array[cast(:recordId as text)])", "recordId", opdracht.recordId().trim());
        }
        if (gegevens != null) {
            // per kind one condition the (swv, kind, number) index and the index on listed numbers answer
            var perSoort = new ArrayList<String>();
            for (var soort : gegevens.entrySet()) {
                int n = perSoort.size();
                perSoort.add("(recordsoort = :soort%d and (record_id = any(cast(:nummers%d as text[])) or record_ids && cast(:nummers%d as text[])))"
                        .formatted(n, n, n));
                waarden.put("soort" + n, soort.getKey());
                waarden.put("nummers" + n, soort.getValue().toArray(String[]::new));
            }
            voorwaarden.add("(" + String.join(" or ", perSoort) + ")");
        }
        if (opdracht.actie() != null) {
            voeg("actie = :actie", "actie", opdracht.actie().name());
        }
        if (opdracht.van() != null) {
            voeg("tijdstip >= :van", "van", Timestamp.from(opdracht.van().atStartOfDay(AuditLog.tijdzone()).toInstant()));
        }
        if (opdracht.tot() != null) {
            voeg("tijdstip < :tot", "tot", Timestamp.from(opdracht.tot().plusDays(1).atStartOfDay(AuditLog.tijdzone()).toInstant()));
        }
        if (opdracht.voorTijdstip() != null && opdracht.voorId() != null) {
            voorwaarden.add("(tijdstip, id) < (:voorTijdstip, :voorId)");
            waarden.put("voorTijdstip", Timestamp.from(opdracht.voorTijdstip()));
            waarden.put("voorId", opdracht.voorId());
        }
    }

    List<Auditregel> uitvoeren(JdbcClient jdbc, RowMapper<Auditregel> mapper) {
        var sql = "select * from auditregel where " + String.join(" and ", voorwaarden) + " order by tijdstip desc, id desc limit :maximum";
        var vraag = jdbc.sql(sql).param("maximum", maximum);
        for (var waarde : waarden.entrySet()) {
            vraag = vraag.param(waarde.getKey(), waarde.getValue());
        }
        return vraag.query(mapper).list();
    }

    private void voeg(String voorwaarde, String naam, Object waarde) {
        voorwaarden.add(voorwaarde);
        waarden.put(naam, waarde);
    }

    private static boolean gegeven(String tekst) {
        return tekst != null && !tekst.isBlank();
    }
}
