package nl.thuisnabij.aanmelding.persistence;

import java.time.LocalDate;
import nl.thuisnabij.aanmelding.Termijnbeleid;
import nl.thuisnabij.aanmelding.Vakantie;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SWV's term policy for registrations: whether school holidays suspend the terms, and which holidays. */
@Repository
public class TermijnbeleidRepository {

    private final JdbcClient jdbc;

    public TermijnbeleidRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Termijnbeleid termijnbeleid(SwvCode swv) {
        boolean schorten = jdbc.sql("select vakanties_schorten_termijn_op from zorgplicht_beleid where swv_code = ?")
                .param(swv.waarde()).query(Boolean.class).optional().orElse(false);
        var vakanties = jdbc.sql("select naam, van, tot_en_met from schoolvakantie where swv_code = ? order by van")
                .param(swv.waarde())
                .query((rs, rij) -> new Vakantie(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
        return new Termijnbeleid(schorten, vakanties);
    }

    public void saveTermijnbeleid(SwvCode swv, boolean schortenOp) {
        jdbc.sql("""
                insert into zorgplicht_beleid (swv_code, vakanties_schorten_termijn_op) values (?, ?)
                on conflict (swv_code) do update set vakanties_schorten_termijn_op = excluded.vakanties_schorten_termijn_op
                """).params(swv.waarde(), schortenOp).update();
    }

    public void addVakantie(SwvCode swv, Vakantie vakantie) {
        jdbc.sql("insert into schoolvakantie (swv_code, naam, van, tot_en_met) values (?, ?, ?, ?)")
                .params(swv.waarde(), vakantie.naam(), vakantie.van(), vakantie.totEnMet()).update();
    }

}
