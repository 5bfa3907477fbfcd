package nl.thuisnabij.aanvraag.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisnabij.aanvraag.Deskundigheid;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SWV's registered experts: profession and the schools each works for. */
@Repository
public class DeskundigeRepository {

    public record Registratie(long gebruikerId, Deskundigheid beroep, Set<Long> scholen) {
    }

    private final JdbcClient jdbc;

    public DeskundigeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Registratie> vanSwv(SwvCode swv) {
        var banden = jdbc.sql("select gebruiker_id, vestiging_id from deskundige_band where swv_code = ?").param(swv.waarde())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return jdbc.sql("select gebruiker_id, beroep from deskundige where swv_code = ?").param(swv.waarde())
                .query((rs, n) -> new Registratie(rs.getLong(1), Deskundigheid.valueOf(rs.getString(2)), banden.getOrDefault(rs.getLong(1), Set.of())))
                .list().stream().collect(Collectors.toMap(Registratie::gebruikerId, r -> r));
    }

    public Optional<Deskundigheid> beroep(SwvCode swv, long gebruikerId) {
        return jdbc.sql("select beroep from deskundige where swv_code = ? and gebruiker_id = ?").params(swv.waarde(), gebruikerId)
                .query((rs, n) -> Deskundigheid.valueOf(rs.getString(1))).optional();
    }

    public void legVast(SwvCode swv, long gebruikerId, Deskundigheid beroep, Collection<Long> scholen, LocalDate op, String door) {
        jdbc.sql("""
                insert into deskundige (swv_code, gebruiker_id, beroep, vastgelegd_op, vastgelegd_door) values (?, ?, ?, ?, ?)
                on conflict (swv_code, gebruiker_id) do update set beroep = excluded.beroep, vastgelegd_op = excluded.vastgelegd_op,
                    vastgelegd_door = excluded.vastgelegd_door""").params(swv.waarde(), gebruikerId, beroep.name(), op, door).update();
        jdbc.sql("delete from deskundige_band where swv_code = ? and gebruiker_id = ?").params(swv.waarde(), gebruikerId).update();
        for (var school : List.copyOf(scholen)) {
            jdbc.sql("insert into deskundige_band (swv_code, gebruiker_id, vestiging_id) values (?, ?, ?)").params(swv.waarde(), gebruikerId, school)
                    .update();
        }
    }
}
