package nl.thuisnabij.account;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords. After {@value #VRIJE_POGINGEN_NAAM} failed logins for a name, or
 * {@value #VRIJE_POGINGEN_BRON} from one address, the next try for that name or from that address
 * waits, longer after every failure (1, 3, 7, 15, 31 seconds, then a minute). Known and unknown
 * names are treated alike, so the answer never tells whether an account exists; no account is
 * ever locked, so typing someone's name cannot shut them out. A successful login clears its name;
 * failures older than {@value #VERGEETTERMIJN_MINUTEN} minutes are forgotten. Kept in the database,
 * so every application node counts the same tries.
 */
@Component
public class Inlogremming {

    static final int VRIJE_POGINGEN_NAAM = 3;
    static final int VRIJE_POGINGEN_BRON = 20;
    static final int VERGEETTERMIJN_MINUTEN = 15;
    private static final int MAXIMALE_WACHTTIJD_SECONDEN = 60;

    private final JdbcClient jdbc;

    Inlogremming(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many seconds a login for this name from this address must still wait; 0 when it may be tried now. */
    public long wachttijd(String naam, String bron) {
        return jdbc.sql("""
                select coalesce(ceil(max(extract(epoch from wacht_tot - now()))), 0)::bigint from inlogremming
                 where sleutel in (:naam, :bron) and wacht_tot > now()
                """).param("naam", naamsleutel(naam)).param("bron", bronsleutel(bron)).query(Long.class).single();
    }

    void mislukt(String naam, String bron) {
        for (var sleutel : List.of(new Object[] {naamsleutel(naam), VRIJE_POGINGEN_NAAM}, new Object[] {bronsleutel(bron), VRIJE_POGINGEN_BRON})) {
            jdbc.sql("""
                    insert into inlogremming as r (sleutel, mislukt, wacht_tot, laatste) values (:sleutel, 1, now(), now())
                    on conflict (sleutel) do update set
                        mislukt = case when r.laatste < now() - make_interval(mins => :vergeten) then 1 else r.mislukt + 1 end,
                        laatste = now(),
                        wacht_tot = now() + make_interval(secs => least(:maximum, power(2, greatest(0,
                            (case when r.laatste < now() - make_interval(mins => :vergeten) then 1 else r.mislukt + 1 end) - :vrij)) - 1))
                    """).param("sleutel", sleutel[0]).param("vrij", sleutel[1]).param("vergeten", VERGEETTERMIJN_MINUTEN)
                    .param("maximum", MAXIMALE_WACHTTIJD_SECONDEN).update();
        }
    }

    void geslaagd(String naam) {
        jdbc.sql("delete from inlogremming where sleutel = ?").param(naamsleutel(naam)).update();
    }

    private static String naamsleutel(String naam) {
        var genormaliseerd = naam == null ? "" : naam.trim().toLowerCase(Locale.ROOT);
        return "naam:" + (genormaliseerd.length() > 200 ? genormaliseerd.substring(0, 200) : genormaliseerd);
    }

    private static String bronsleutel(String bron) {
        return "bron:" + (bron == null ? "onbekend" : bron);
    }
}
