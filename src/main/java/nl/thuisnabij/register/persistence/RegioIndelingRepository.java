package nl.thuisnabij.register.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based writes for loading a (newer) regio-indeling and for herindelingen. */
@Repository
public class RegioIndelingRepository {

    public record PostcodeRegel(String postcode4, String gemeente, String swvPo, String swvVo, String bijzonderheid) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final GebiedRepository gebieden;

    public RegioIndelingRepository(JdbcClient jdbc, JdbcTemplate template, GebiedRepository gebieden) {
        this.jdbc = jdbc;
        this.template = template;
        this.gebieden = gebieden;
    }

    public Set<String> bestaandeSwvCodes() {
        return Set.copyOf(jdbc.sql("select code from samenwerkingsverband where opgeheven_op is null").query(String.class).list());
    }

    public void voegSamenwerkingsverbandenToe(Collection<String> codes) {
        template.batchUpdate("""
                insert into samenwerkingsverband (code, sector) values (?, ?)
                on conflict (code) do update set opgeheven_op = null
                """, codes.stream().map(code -> new Object[] {code, code.substring(0, 2)}).toList());
    }

    /** Codes missing from the new division end; their record and history stay. A landelijk SWV is never in it. */
    public List<String> beeindigOntbrekendeSamenwerkingsverbanden(Collection<String> codesInIndeling) {
        return jdbc.sql("""
                update samenwerkingsverband set opgeheven_op = current_date
                 where opgeheven_op is null and not landelijk and not (code = any(?)) returning code
                """).param(codesInIndeling.toArray(String[]::new)).query(String.class).list();
    }

    /**
     * Resolves every municipality name to today's municipality: an existing living one, the
     * successor of one ended by a herindeling, or else a new one.
     */
    public Map<String, Long> gemeenteIds(Collection<String> namen) {
        var ids = new HashMap<String, Long>();
        for (var naam : namen) {
            var bekend = gebieden.findGemeentenByNaam(naam);
            long id = bekend.isEmpty()
                    ? jdbc.sql("insert into gemeente (naam) values (?) returning id").param(naam).query(Long.class).single()
                    : gebieden.huidige(bekend.getFirst()).id();
            ids.put(naam, id);
        }
        return ids;
    }

    public void schrijfPostcodes(List<PostcodeRegel> regels, Map<String, Long> gemeenteIds) {
        var rijen = new ArrayList<Object[]>(regels.size());
        for (var regel : regels) {
            rijen.add(new Object[] {regel.postcode4(), gemeenteIds.get(regel.gemeente()), regel.swvPo(), regel.swvVo(),
                    regel.bijzonderheid()});
        }
        template.batchUpdate("""
                insert into postcodegebied (postcode4, gemeente_id, swv_po, swv_vo, bijzonderheid) values (?, ?, ?, ?, ?)
                on conflict (postcode4) do update set gemeente_id = excluded.gemeente_id, swv_po = excluded.swv_po,
                       swv_vo = excluded.swv_vo, bijzonderheid = excluded.bijzonderheid
                """, rijen);
    }

    public List<String> verwijderOntbrekendePostcodes(Collection<String> postcodes) {
        return jdbc.sql("delete from postcodegebied p where not (postcode4 = any(?)) returning postcode4")
                .param(postcodes.toArray(String[]::new)).query(String.class).list();
    }

    public void registreerImport(String bestandsnaam, String door, int regels, int po, int vo, int gemeenten,
            List<String> meldingen) {
        jdbc.sql("""
                insert into regio_indeling_import (bestandsnaam, ingelezen_door, regels, swv_po, swv_vo, gemeenten, meldingen)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(bestandsnaam, door, regels, po, vo, gemeenten, meldingen.toArray(String[]::new)).update();
    }

    /** Ends the old municipalities, creates their successor and moves their postcode areas to it. */
    public long herindeel(List<Long> oudeIds, String nieuweNaam, LocalDate ingangsdatum, String soort, List<String> oudeNamen,
            String door) {
        jdbc.sql("update gemeente set opgeheven_op = ? where id = any(?)")
                .params(ingangsdatum, oudeIds.toArray(Long[]::new)).update();
        long nieuwId = jdbc.sql("insert into gemeente (naam, ontstaan_op) values (?, ?) returning id")
                .params(nieuweNaam, ingangsdatum).query(Long.class).single();
        jdbc.sql("update gemeente set opgevolgd_door = ? where id = any(?)").params(nieuwId, oudeIds.toArray(Long[]::new)).update();
        jdbc.sql("update postcodegebied set gemeente_id = ? where gemeente_id = any(?)")
                .params(nieuwId, oudeIds.toArray(Long[]::new)).update();
        jdbc.sql("""
                insert into herindeling (soort, ingangsdatum, oude_gemeenten, nieuwe_gemeente, uitgevoerd_door)
                values (?, ?, ?, ?, ?)
                """).params(soort, ingangsdatum, oudeNamen.toArray(String[]::new), nieuweNaam, door).update();
        return nieuwId;
    }

    public record HerindelingRegel(String soort, LocalDate ingangsdatum, List<String> oudeGemeenten, String nieuweGemeente,
            String uitgevoerdDoor) {
    }

    public List<HerindelingRegel> herindelingen() {
        return jdbc.sql("select * from herindeling order by ingangsdatum desc, id desc")
                .query((rs, rij) -> new HerindelingRegel(rs.getString("soort"), rs.getObject("ingangsdatum", LocalDate.class),
                        SamenwerkingsverbandRepository.tekstlijst(rs.getArray("oude_gemeenten")),
                        rs.getString("nieuwe_gemeente"), rs.getString("uitgevoerd_door")))
                .list();
    }
}
