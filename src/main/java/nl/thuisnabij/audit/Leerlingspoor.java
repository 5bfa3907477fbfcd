package nl.thuisnabij.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.thuisnabij.shared.Persoonsgegevens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which records the audit log names belong to which pupil, from the trails the modules declare
 * ({@link Persoonsgegevens#auditsporen()}). The log itself stores only kind and number: resolving
 * them when asked keeps five years of lines searchable by pupil without rewriting them.
 */
@Component
class Leerlingspoor {

    private static final Pattern NUMMER = Pattern.compile("\\d{1,18}");

    // asked for when used: the modules' declarations are beans that are themselves audit-logged
    private final ObjectProvider<Persoonsgegevens> modules;
    private final JdbcClient jdbc;

    Leerlingspoor(ObjectProvider<Persoonsgegevens> modules, JdbcClient jdbc) {
        this.modules = modules;
        this.jdbc = jdbc;
    }

    /** The pupil's records by kind; their own number always, also once their file is erased and only the log remains. */
    Map<String, Set<String>> gegevensVan(String swvCode, long leerling) {
        var perSoort = new TreeMap<String, Set<String>>();
        perSoort.computeIfAbsent("leerling", soort -> new TreeSet<>()).add(String.valueOf(leerling));
        for (var spoor : sporen()) {
            var nummers = jdbc.sql(spoor.vanLeerling()).params(swvCode, leerling).query(String.class).list();
            perSoort.computeIfAbsent(spoor.recordsoort(), soort -> new TreeSet<>()).addAll(nummers);
        }
        perSoort.values().removeIf(Set::isEmpty);
        return perSoort;
    }

    /** For each line about one record of a pupil, that pupil; lines about lists of more, other things or records gone are absent. */
    Map<Long, Long> leerlingPerRegel(String swvCode, Collection<Auditregel> regels) {
        var perSoort = regels.stream().filter(r -> eenGegeven(r) != null).collect(Collectors.groupingBy(Auditregel::recordsoort));
        var leerlingen = new HashMap<Long, Long>();
        for (var spoor : sporen()) {
            var vanSoort = perSoort.getOrDefault(spoor.recordsoort(), List.of());
            var nummers = vanSoort.stream().map(r -> nummer(eenGegeven(r))).filter(Objects::nonNull).distinct().toArray(Long[]::new);
            if (nummers.length == 0) {
                continue;
            }
            var leerlingPerGegeven = new HashMap<String, Long>();
            jdbc.sql(spoor.leerlingVan()).params(swvCode, nummers).query(rs -> {
                leerlingPerGegeven.put(rs.getString(1), rs.getLong(2));
            });
            for (var regel : vanSoort) {
                var leerling = leerlingPerGegeven.get(eenGegeven(regel));
                if (leerling != null) {
                    leerlingen.put(regel.id(), leerling);
                }
            }
        }
        return leerlingen;
    }

    /** The one record a line is about: its record, or a list of one; null for a list of more. */
    private static String eenGegeven(Auditregel regel) {
        return regel.recordId() != null ? regel.recordId() : regel.recordIds().size() == 1 ? regel.recordIds().getFirst() : null;
    }

    private List<Persoonsgegevens.Auditspoor> sporen() {
        return modules.orderedStream().flatMap(module -> module.auditsporen().stream()).toList();
    }

    /** The number before any slash ({@code 12/1} is decision 1 of request 12); null for what is not one of ours. */
    private static Long nummer(String recordId) {
        var deel = recordId.split("/", 2)[0];
        return NUMMER.matcher(deel).matches() ? Long.valueOf(deel) : null;
    }
}
