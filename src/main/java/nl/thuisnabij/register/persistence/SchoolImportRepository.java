package nl.thuisnabij.register.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batched writes of boards, schools and sites for the school import. */
@Repository
public class SchoolImportRepository {

    public record VestigingRegel(String bevoegdGezag, String bevoegdGezagNaam, String brin, String vestigingsnummer, String naam,
            String straat, String huisnummer, String postcode, String plaats, String soort, Integer cluster,
            List<String> niveaus, String swvCode) {
    }

    public record Gebied(String swvPo, String swvVo, String gemeente) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SchoolImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Map<String, Gebied> postcodegebieden() {
        var gebieden = new HashMap<String, Gebied>();
        jdbc.sql("select p.postcode4, p.swv_po, p.swv_vo, g.naam from postcodegebied p join gemeente g on g.id = p.gemeente_id")
                .query(rs -> {
                    gebieden.put(rs.getString(1), new Gebied(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return gebieden;
    }

    public Set<String> bestaandeVestigingscodes() {
        return new HashSet<>(jdbc.sql("select brin || vestigingsnummer from vestiging").query(String.class).list());
    }

    public Map<String, String> bestaandeBesturenPerBrin() {
        var besturen = new HashMap<String, String>();
        jdbc.sql("select brin, bevoegd_gezag_nummer from school").query(rs -> {
            besturen.put(rs.getString(1), rs.getString(2));
        });
        return besturen;
    }

    public void schrijf(List<VestigingRegel> regels) {
        var besturen = new HashMap<String, String>();
        var scholen = new HashMap<String, String>();
        for (var regel : regels) {
            besturen.merge(regel.bevoegdGezag(), regel.bevoegdGezagNaam() == null ? "" : regel.bevoegdGezagNaam(),
                    (oud, nieuw) -> nieuw.isEmpty() ? oud : nieuw);
            scholen.put(regel.brin(), regel.bevoegdGezag());
        }
        template.batchUpdate("""
                insert into schoolbestuur (bevoegd_gezag_nummer, naam) values (?, nullif(?, ''))
                on conflict (bevoegd_gezag_nummer) do update set naam = coalesce(excluded.naam, schoolbestuur.naam)
                """, besturen.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        template.batchUpdate("""
                insert into school (brin, bevoegd_gezag_nummer) values (?, ?)
                on conflict (brin) do update set bevoegd_gezag_nummer = excluded.bevoegd_gezag_nummer
                """, scholen.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        template.batchUpdate("""
                insert into vestiging (brin, vestigingsnummer, naam, straat, huisnummer, postcode, plaats, soort, cluster, niveaus, swv_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (brin, vestigingsnummer) do update set naam = excluded.naam, straat = excluded.straat,
                       huisnummer = excluded.huisnummer, postcode = excluded.postcode, plaats = excluded.plaats,
                       soort = excluded.soort, cluster = excluded.cluster, niveaus = excluded.niveaus,
                       swv_code = excluded.swv_code, versie = vestiging.versie + 1
                """, regels.stream().map(r -> new Object[] {r.brin(), r.vestigingsnummer(), r.naam(), r.straat(), r.huisnummer(),
                        r.postcode(), r.plaats(), r.soort(), r.cluster(), r.niveaus().toArray(String[]::new), r.swvCode()})
                .toList());
    }
}
