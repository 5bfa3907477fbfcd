package nl.thuisnabij.register.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.register.Contactgegevens;
import nl.thuisnabij.register.Samenwerkingsverband;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SamenwerkingsverbandRepository {

    private static final String SELECT = """
            select s.*,
                   coalesce((select array_agg(distinct g.naam order by g.naam)
                               from postcodegebied p join gemeente g on g.id = p.gemeente_id
                              where p.swv_po = s.code or p.swv_vo = s.code), '{}') as gemeenten
              from samenwerkingsverband s
            """;

    private final JdbcClient jdbc;

    public SamenwerkingsverbandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Samenwerkingsverband> findAll() {
        return jdbc.sql(SELECT + " order by s.code").query(this::map).list();
    }

    public Optional<Samenwerkingsverband> findByCode(SwvCode code) {
        return jdbc.sql(SELECT + " where s.code = ?").param(code.waarde()).query(this::map).optional();
    }

    public List<Samenwerkingsverband> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where s.code in (:codes) order by s.code").param("codes", codes).query(this::map).list();
    }

    /** Saves the profile only if nobody saved it since {@code versie} was read. */
    public boolean updateProfiel(SwvCode code, String naam, Contactgegevens contact, nl.thuisnabij.register.Huisstijlkleur kleur, int versie) {
        return jdbc.sql("""
                update samenwerkingsverband
                   set naam = :naam, email = :email, telefoon = :telefoon, website = :website, straat = :straat,
                       postcode = :postcode, plaats = :plaats, directeur = :directeur, huisstijlkleur = :kleur, versie = versie + 1
                 where code = :code and versie = :versie
                """)
                .param("naam", naam).param("email", contact.email()).param("telefoon", contact.telefoon())
                .param("website", contact.website()).param("straat", contact.straat())
                .param("postcode", contact.postcode()).param("plaats", contact.plaats())
                .param("directeur", contact.directeur()).param("kleur", kleur == null ? null : kleur.waarde())
                .param("code", code.waarde()).param("versie", versie)
                .update() == 1;
    }

    public void bewaarLogo(SwvCode code, byte[] inhoud, String mediatype, java.time.Instant op) {
        jdbc.sql("""
                insert into samenwerkingsverband_logo (swv_code, inhoud, mediatype, gewijzigd_op) values (?, ?, ?, ?)
                on conflict (swv_code) do update set inhoud = excluded.inhoud, mediatype = excluded.mediatype, gewijzigd_op = excluded.gewijzigd_op
                """).params(code.waarde(), inhoud, mediatype, java.sql.Timestamp.from(op)).update();
    }

    public java.util.Optional<nl.thuisnabij.register.Logo> logo(SwvCode code) {
        return jdbc.sql("select inhoud, mediatype from samenwerkingsverband_logo where swv_code = ?").param(code.waarde())
                .query((rs, rij) -> new nl.thuisnabij.register.Logo(rs.getBytes(1), rs.getString(2))).optional();
    }

    public boolean heeftLogo(SwvCode code) {
        return jdbc.sql("select exists (select 1 from samenwerkingsverband_logo where swv_code = ?)").param(code.waarde()).query(Boolean.class).single();
    }

    private Samenwerkingsverband map(ResultSet rs, int rij) throws SQLException {
        return new Samenwerkingsverband(
                new SwvCode(rs.getString("code")),
                rs.getString("naam"),
                new Contactgegevens(rs.getString("email"), rs.getString("telefoon"), rs.getString("website"),
                        rs.getString("straat"), rs.getString("postcode"), rs.getString("plaats"), rs.getString("directeur")),
                tekstlijst(rs.getArray("gemeenten")),
                rs.getBoolean("landelijk"),
                rs.getDate("opgeheven_op") != null,
                rs.getString("huisstijlkleur") == null ? null : new nl.thuisnabij.register.Huisstijlkleur(rs.getString("huisstijlkleur")),
                rs.getInt("versie"));
    }

    static List<String> tekstlijst(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
