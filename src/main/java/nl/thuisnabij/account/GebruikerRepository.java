package nl.thuisnabij.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GebruikerRepository {

    private final JdbcClient jdbc;

    GebruikerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Gebruiker> findByGebruikersnaam(String gebruikersnaam) {
        return jdbc.sql("select * from gebruiker where lower(gebruikersnaam) = lower(?)").param(gebruikersnaam)
                .query(this::map).optional();
    }

    Optional<Gebruiker> findById(long id) {
        return jdbc.sql("select * from gebruiker where id = ?").param(id).query(this::map).optional();
    }

    List<Gebruiker> findBySwv(String swvCode) {
        return jdbc.sql("select * from gebruiker where swv_code = ? and vestiging_id is null and actief order by naam").param(swvCode)
                .query(this::map).list();
    }

    java.util.Map<Long, String> namen(Collection<Long> ids) {
        var namen = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, naam from gebruiker where id = any(?)").param(ids.toArray(Long[]::new)).query(rs -> {
            namen.put(rs.getLong(1), rs.getString(2));
        });
        return namen;
    }

    Optional<String> email(long id) {
        return jdbc.sql("select email from gebruiker where id = ? and email is not null").param(id).query(String.class).optional();
    }

    List<String> emailsVanVestiging(long vestigingId) {
        return jdbc.sql("select email from gebruiker where vestiging_id = ? and email is not null and actief order by id").param(vestigingId)
                .query(String.class).list();
    }

    List<String> emailsVanGemeenteMetRol(long gemeenteId, Rol rol) {
        return jdbc.sql("select email from gebruiker where gemeente_id = ? and ? = any(rollen) and email is not null and actief order by id")
                .params(gemeenteId, rol.name()).query(String.class).list();
    }

    List<String> emailsVanSwvMetRol(String swvCode, Rol rol) {
        return jdbc.sql("""
                select email from gebruiker where swv_code = ? and vestiging_id is null and ? = any(rollen) and email is not null and actief
                 order by id
                """).params(swvCode, rol.name()).query(String.class).list();
    }

    boolean existsByGebruikersnaam(String gebruikersnaam) {
        return findByGebruikersnaam(gebruikersnaam).isPresent();
    }

    long save(String gebruikersnaam, String naam, String email, String wachtwoordHash, Collection<Rol> rollen, String swvCode,
            Long vestigingId, Long gemeenteId) {
        return jdbc.sql("""
                insert into gebruiker (gebruikersnaam, naam, email, wachtwoord_hash, rollen, swv_code, vestiging_id, gemeente_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(gebruikersnaam, naam, email, wachtwoordHash, rollen.stream().map(Rol::name).toArray(String[]::new),
                        swvCode, vestigingId, gemeenteId)
                .query(Long.class).single();
    }

    /** Counts a failed login; at the maximum the account locks for the given time. */
    void verplaatsNaarGemeente(List<Long> oudeGemeenten, long nieuweGemeente) {
        jdbc.sql("update gebruiker set gemeente_id = ? where gemeente_id = any(?)")
                .params(nieuweGemeente, oudeGemeenten.toArray(Long[]::new)).update();
    }

    private Gebruiker map(ResultSet rs, int rij) throws SQLException {
        return new Gebruiker(rs.getLong("id"), rs.getString("gebruikersnaam"), rs.getString("naam"),
                rs.getString("wachtwoord_hash"),
                Arrays.stream((String[]) rs.getArray("rollen").getArray()).map(Rol::valueOf).toList(),
                rs.getString("swv_code"), rs.getObject("vestiging_id", Long.class), rs.getObject("gemeente_id", Long.class),
                rs.getBoolean("actief"));
    }
}
