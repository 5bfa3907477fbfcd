package nl.thuisnabij.register.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Municipalities and the postcode areas of the division. */
@Repository
public class GebiedRepository {

    public record Postcodegebied(String postcode4, long gemeenteId, String gemeente, String swvPo, String swvVo, String bijzonderheid) {
    }

    public record Gemeente(long id, String naam, LocalDate opgehevenOp, Long opgevolgdDoor) {
        public boolean actief() {
            return opgehevenOp == null;
        }
    }

    private final JdbcClient jdbc;

    public GebiedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Postcodegebied> findPostcode(String postcode4) {
        return jdbc.sql("""
                select p.postcode4, p.gemeente_id, g.naam as gemeente, p.swv_po, p.swv_vo, p.bijzonderheid
                  from postcodegebied p join gemeente g on g.id = p.gemeente_id where p.postcode4 = ?
                """).param(postcode4).query(Postcodegebied.class).optional();
    }

    public List<Postcodegebied> findPostcodesVanGemeente(long gemeenteId) {
        return jdbc.sql("""
                select p.postcode4, p.gemeente_id, g.naam as gemeente, p.swv_po, p.swv_vo, p.bijzonderheid
                  from postcodegebied p join gemeente g on g.id = p.gemeente_id where p.gemeente_id = ? order by p.postcode4
                """).param(gemeenteId).query(Postcodegebied.class).list();
    }

    public List<Postcodegebied> findPostcodesVanSwv(String swv) {
        return jdbc.sql("""
                select p.postcode4, p.gemeente_id, g.naam as gemeente, p.swv_po, p.swv_vo, p.bijzonderheid
                  from postcodegebied p join gemeente g on g.id = p.gemeente_id where p.swv_po = ? or p.swv_vo = ? order by p.postcode4
                """).params(swv, swv).query(Postcodegebied.class).list();
    }

    /** Living municipalities first, so a name that was reused after a merge finds the current one. */
    public List<Gemeente> findGemeentenByNaam(String naam) {
        return jdbc.sql("""
                select id, naam, opgeheven_op, opgevolgd_door from gemeente
                 where lower(naam) = lower(?) order by opgeheven_op desc nulls first, id desc
                """).param(naam.trim()).query(Gemeente.class).list();
    }

    public Optional<Gemeente> findGemeente(long id) {
        return jdbc.sql("select id, naam, opgeheven_op, opgevolgd_door from gemeente where id = ?")
                .param(id).query(Gemeente.class).optional();
    }

    public List<Gemeente> findActieveGemeenten() {
        return jdbc.sql("select id, naam, opgeheven_op, opgevolgd_door from gemeente where opgeheven_op is null order by naam")
                .query(Gemeente.class).list();
    }

    public long countActieveGemeenten() {
        return jdbc.sql("select count(*) from gemeente where opgeheven_op is null").query(Long.class).single();
    }

    /** Follows renames and mergers to the municipality that exists today. */
    public Gemeente huidige(Gemeente gemeente) {
        var huidige = gemeente;
        while (!huidige.actief() && huidige.opgevolgdDoor() != null) {
            huidige = findGemeente(huidige.opgevolgdDoor()).orElseThrow();
        }
        return huidige;
    }
}
