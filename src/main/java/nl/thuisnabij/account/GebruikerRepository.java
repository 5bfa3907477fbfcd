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

    Optional<Gebruiker> findByExterneId(String externeId) {
        return jdbc.sql("select * from gebruiker where externe_id = ?").param(externeId).query(this::map).optional();
    }

    /** Links a federation identity to the account; false when the identity is linked to another account already. */
    boolean koppelExterneId(long id, String externeId) {
        return jdbc.sql("""
                update gebruiker set externe_id = ?, versie = versie + 1 where id = ?
                   and not exists (select 1 from gebruiker ander where ander.externe_id = ? and ander.id <> ?)
                """).params(externeId, id, externeId, id).update() == 1;
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

    /** The active accounts with these e-mail addresses, by the address in lower case. */
    java.util.Map<String, Gebruiker> actiefMetEmail(Collection<String> adressen) {
        var accounts = new java.util.LinkedHashMap<String, Gebruiker>();
        jdbc.sql("select * from gebruiker where lower(email) = any(?) and actief order by id")
                .param(adressen.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query(rs -> {
                    accounts.putIfAbsent(rs.getString("email").toLowerCase(java.util.Locale.ROOT), map(rs, 0));
                });
        return accounts;
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

    /** An account as its administrators see it: who, where, what, and whether it is in use. */
    record Account(Gebruiker gebruiker, String email, boolean heeftWachtwoord, int versie) {
    }

    /** Every account of an SWV, its own staff and its schools' staff, active or not. */
    List<Account> accountsVanSwv(String swvCode) {
        return jdbc.sql("select * from gebruiker where swv_code = ? order by vestiging_id nulls first, lower(naam)").param(swvCode)
                .query((rs, rij) -> account(rs)).list();
    }

    Optional<Account> accountVanSwv(String swvCode, long id) {
        return jdbc.sql("select * from gebruiker where swv_code = ? and id = ?").params(swvCode, id).query((rs, rij) -> account(rs)).optional();
    }

    Optional<Account> accountMetEmail(String email) {
        return jdbc.sql("select * from gebruiker where lower(email) = lower(?) order by id limit 1").param(email).query((rs, rij) -> account(rs))
                .optional();
    }

    Optional<Account> account(long id) {
        return jdbc.sql("select * from gebruiker where id = ?").param(id).query((rs, rij) -> account(rs)).optional();
    }

    /** Changes roles and status only if nobody changed the account since {@code versie} was read. */
    boolean wijzig(long id, Collection<Rol> rollen, boolean actief, int versie) {
        return jdbc.sql("update gebruiker set rollen = ?, actief = ?, versie = versie + 1 where id = ? and versie = ?")
                .params(rollen.stream().map(Rol::name).toArray(String[]::new), actief, id, versie).update() == 1;
    }

    void zetWachtwoord(long id, String wachtwoordHash) {
        jdbc.sql("update gebruiker set wachtwoord_hash = ?, versie = versie + 1 where id = ?").params(wachtwoordHash, id).update();
    }

    java.util.Map<String, Long> actieveBeheerdersPerSwv() {
        var aantallen = new java.util.HashMap<String, Long>();
        jdbc.sql("select swv_code, count(*) from gebruiker where vestiging_id is null and actief and 'SWV_BEHEERDER' = any(rollen) group by swv_code")
                .query(rs -> {
                    aantallen.put(rs.getString(1), rs.getLong(2));
                });
        return aantallen;
    }

    long tellActieveBeheerders(String swvCode) {
        return jdbc.sql("select count(*) from gebruiker where swv_code = ? and vestiging_id is null and actief and 'SWV_BEHEERDER' = any(rollen)")
                .param(swvCode).query(Long.class).single();
    }

    private Account account(ResultSet rs) throws SQLException {
        return new Account(map(rs, 0), rs.getString("email"), rs.getString("wachtwoord_hash") != null || rs.getString("externe_id") != null,
                rs.getInt("versie"));
    }

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
