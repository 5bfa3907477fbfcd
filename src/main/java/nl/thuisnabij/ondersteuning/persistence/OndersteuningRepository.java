package nl.thuisnabij.ondersteuning.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.ondersteuning.Aanbod;
import nl.thuisnabij.ondersteuning.Niveau;
import nl.thuisnabij.ondersteuning.Ondersteuningsdomein;
import nl.thuisnabij.ondersteuning.Schoolondersteuningsprofiel;
import nl.thuisnabij.ondersteuning.Schooljaar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue of support domains and the school support profiles, read in bulk per SWV. */
@Repository
public class OndersteuningRepository {

    public record AanbodRegel(long domeinId, Niveau niveau, String expertise, String voorzieningen, String capaciteit) {
    }

    private final JdbcClient jdbc;

    public OndersteuningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Ondersteuningsdomein> findDomeinen(String swv) {
        return jdbc.sql("select * from ondersteuningsdomein where swv_code = ? order by volgorde, naam").param(swv)
                .query(this::domein).list();
    }

    public void saveDomein(String swv, String code, String naam, Niveau vereist, int volgorde) {
        jdbc.sql("insert into ondersteuningsdomein (swv_code, code, naam, vereist_niveau, volgorde) values (?, ?, ?, ?, ?)")
                .params(swv, code, naam, vereist.name(), volgorde).update();
    }

    public boolean updateDomein(String swv, long id, String naam, Niveau vereist, boolean actief) {
        return jdbc.sql("update ondersteuningsdomein set naam = ?, vereist_niveau = ?, actief = ? where id = ? and swv_code = ?")
                .params(naam, vereist.name(), actief, id, swv).update() == 1;
    }

    /** For each site of the SWV, its newest profile up to the given school year. */
    public Map<Long, Schoolondersteuningsprofiel> findHuidige(String swv, Schooljaar schooljaar, Map<Long, Ondersteuningsdomein> domeinen) {
        var profielen = jdbc.sql("""
                select distinct on (vestiging_id) * from schoolondersteuningsprofiel
                 where swv_code = ? and schooljaar <= ? order by vestiging_id, schooljaar desc
                """).params(swv, schooljaar.beginjaar()).query((rs, rij) -> kaal(rs)).list();
        return metAanbod(profielen, domeinen);
    }

    public Optional<Schoolondersteuningsprofiel> find(String swv, long vestigingId, Schooljaar schooljaar,
            Map<Long, Ondersteuningsdomein> domeinen) {
        var profielen = jdbc.sql("select * from schoolondersteuningsprofiel where swv_code = ? and vestiging_id = ? and schooljaar = ?")
                .params(swv, vestigingId, schooljaar.beginjaar()).query((rs, rij) -> kaal(rs)).list();
        return metAanbod(profielen, domeinen).values().stream().findFirst();
    }

    public List<Schooljaar> findSchooljaren(String swv, long vestigingId) {
        return jdbc.sql("select schooljaar from schoolondersteuningsprofiel where swv_code = ? and vestiging_id = ? order by schooljaar desc")
                .params(swv, vestigingId).query((rs, rij) -> new Schooljaar(rs.getInt(1))).list();
    }

    public long insert(String swv, long vestigingId, Schooljaar schooljaar, LocalDate vastgesteldOp, int plaatsen, String toelichting) {
        return jdbc.sql("""
                insert into schoolondersteuningsprofiel (swv_code, vestiging_id, schooljaar, vastgesteld_op, beschikbare_plaatsen, toelichting)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(swv, vestigingId, schooljaar.beginjaar(), vastgesteldOp, plaatsen, toelichting).query(Long.class).single();
    }

    public boolean update(long id, int versie, LocalDate vastgesteldOp, int plaatsen, String toelichting) {
        return jdbc.sql("""
                update schoolondersteuningsprofiel set vastgesteld_op = ?, beschikbare_plaatsen = ?, toelichting = ?, versie = versie + 1
                 where id = ? and versie = ?
                """).params(vastgesteldOp, plaatsen, toelichting, id, versie).update() == 1;
    }

    public void vervangAanbod(long sopId, Collection<AanbodRegel> regels) {
        jdbc.sql("delete from sop_aanbod where sop_id = ?").param(sopId).update();
        for (var regel : regels) {
            jdbc.sql("""
                    insert into sop_aanbod (sop_id, domein_id, niveau, expertise, voorzieningen, capaciteit) values (?, ?, ?, ?, ?, ?)
                    """).params(sopId, regel.domeinId(), regel.niveau().name(), regel.expertise(), regel.voorzieningen(),
                    regel.capaciteit()).update();
        }
    }

    private Map<Long, Schoolondersteuningsprofiel> metAanbod(List<Schoolondersteuningsprofiel> profielen,
            Map<Long, Ondersteuningsdomein> domeinen) {
        var resultaat = new HashMap<Long, Schoolondersteuningsprofiel>();
        if (profielen.isEmpty()) {
            return resultaat;
        }
        var aanbod = new HashMap<Long, List<Aanbod>>();
        jdbc.sql("select * from sop_aanbod where sop_id = any(?)")
                .param(profielen.stream().map(Schoolondersteuningsprofiel::id).toArray(Long[]::new))
                .query(rs -> {
                    var domein = domeinen.get(rs.getLong("domein_id"));
                    if (domein != null) {
                        aanbod.computeIfAbsent(rs.getLong("sop_id"), k -> new ArrayList<>()).add(new Aanbod(domein,
                                Niveau.valueOf(rs.getString("niveau")), rs.getString("expertise"), rs.getString("voorzieningen"),
                                rs.getString("capaciteit")));
                    }
                });
        for (var p : profielen) {
            var regels = aanbod.getOrDefault(p.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparingInt(a -> a.domein().volgorde())).toList();
            resultaat.put(p.vestigingId(), new Schoolondersteuningsprofiel(p.id(), p.vestigingId(), p.schooljaar(), p.vastgesteldOp(),
                    p.beschikbarePlaatsen(), p.toelichting(), regels, p.versie()));
        }
        return resultaat;
    }

    private Schoolondersteuningsprofiel kaal(ResultSet rs) throws SQLException {
        return new Schoolondersteuningsprofiel(rs.getLong("id"), rs.getLong("vestiging_id"), new Schooljaar(rs.getInt("schooljaar")),
                rs.getObject("vastgesteld_op", LocalDate.class), rs.getInt("beschikbare_plaatsen"), rs.getString("toelichting"),
                List.of(), rs.getInt("versie"));
    }

    private Ondersteuningsdomein domein(ResultSet rs, int rij) throws SQLException {
        return new Ondersteuningsdomein(rs.getLong("id"), rs.getString("code"), rs.getString("naam"),
                Niveau.valueOf(rs.getString("vereist_niveau")), rs.getInt("volgorde"), rs.getBoolean("actief"));
    }
}
