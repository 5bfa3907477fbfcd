package nl.thuisnabij.register.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.Brin;
import nl.thuisnabij.register.Postcode;
import nl.thuisnabij.register.Schoolsoort;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.register.Vestiging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VestigingRepository {

    private static final String SELECT = """
            select v.*, g.naam as gemeente, s.bevoegd_gezag_nummer, b.naam as bestuur
              from vestiging v
              join school s on s.brin = v.brin
              join schoolbestuur b on b.bevoegd_gezag_nummer = s.bevoegd_gezag_nummer
              join postcodegebied p on p.postcode4 = substr(v.postcode, 1, 4)::char(4)
              join gemeente g on g.id = p.gemeente_id
            """;

    private final JdbcClient jdbc;

    public VestigingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Vestiging> findBySwv(SwvCode swv) {
        return jdbc.sql(SELECT + " where v.swv_code = ? order by v.naam, v.brin, v.vestigingsnummer")
                .param(swv.waarde()).query(this::map).list();
    }

    public List<Vestiging> findByIds(java.util.Collection<Long> ids) {
        return jdbc.sql(SELECT + " where v.id = any(?)").param(ids.toArray(Long[]::new)).query(this::map).list();
    }

    public Optional<Vestiging> findById(long id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query(this::map).optional();
    }

    public Optional<Vestiging> findByCode(String brin, String vestigingsnummer) {
        return jdbc.sql(SELECT + " where v.brin = ? and v.vestigingsnummer = ?")
                .param(brin).param(vestigingsnummer).query(this::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from vestiging").query(Long.class).single();
    }

    private Vestiging map(ResultSet rs, int rij) throws SQLException {
        return new Vestiging(
                rs.getLong("id"),
                new Brin(rs.getString("brin")),
                rs.getString("vestigingsnummer"),
                rs.getString("naam"),
                rs.getString("straat"),
                rs.getString("huisnummer"),
                Postcode.volledig(rs.getString("postcode")),
                rs.getString("plaats"),
                rs.getString("gemeente"),
                Schoolsoort.valueOf(rs.getString("soort")),
                rs.getObject("cluster", Integer.class),
                SamenwerkingsverbandRepository.tekstlijst(rs.getArray("niveaus")),
                new SwvCode(rs.getString("swv_code")),
                rs.getString("bevoegd_gezag_nummer"),
                rs.getString("bestuur"));
    }
}
