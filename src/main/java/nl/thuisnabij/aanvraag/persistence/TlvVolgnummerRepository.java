package nl.thuisnabij.aanvraag.persistence;

import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SWV's TLV volgnummers: the next one, taken under the lock of the SWV's counter row until the grant commits. */
@Repository
public class TlvVolgnummerRepository {

    private final JdbcClient jdbc;

    TlvVolgnummerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int volgende(SwvCode swv) {
        return jdbc.sql("""
                insert into tlv_volgnummer (swv_code, laatste) values (?, 1)
                on conflict (swv_code) do update set laatste = tlv_volgnummer.laatste + 1
                returning laatste""").param(swv.waarde()).query(Integer.class).single();
    }
}
