package nl.thuisnabij.aanmelding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import nl.thuisnabij.aanmelding.persistence.TermijnbeleidRepository;
import nl.thuisnabij.register.SwvCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations under the zorgplicht per SWV and school year, and how many were decided within the
 * statutory term — the term as {@link Aanmelding#uiterlijkeBeslisdatum} counts it, with the SWV's own
 * term policy. Read as slim rows; no pupil is read.
 */
@Service
public class Aanmeldingkengetallen {

    public record Perjaar(String swv, int schooljaar, int aangemeld, int besloten, int binnenTermijn) {
    }

    private final JdbcClient jdbc;
    private final TermijnbeleidRepository termijnbeleid;

    Aanmeldingkengetallen(JdbcClient jdbc, TermijnbeleidRepository termijnbeleid) {
        this.jdbc = jdbc;
        this.termijnbeleid = termijnbeleid;
    }

    @Transactional(readOnly = true)
    public List<Perjaar> perSchooljaar(Optional<SwvCode> swv, int vanafSchooljaar) {
        var beleid = new HashMap<String, Termijnbeleid>();
        var tellers = new TreeMap<String, int[]>();
        jdbc.sql("""
                select swv_code, extract(year from (datum_aanmelding - interval '7 months'))::int, geldt_vanaf, opgeschorte_dagen,
                       verlengd_op is not null, besluit_op
                  from aanmelding where datum_aanmelding >= make_date(?, 8, 1) %s""".formatted(swv.isPresent() ? "and swv_code = ?" : ""))
                .params(swv.map(s -> new Object[] {vanafSchooljaar, s.waarde()}).orElse(new Object[] {vanafSchooljaar}))
                .query(rs -> {
                    var code = rs.getString(1);
                    var teller = tellers.computeIfAbsent(code + "/" + rs.getInt(2), k -> new int[3]);
                    teller[0]++;
                    var besluit = rs.getObject(6, LocalDate.class);
                    if (besluit != null) {
                        teller[1]++;
                        var regels = beleid.computeIfAbsent(code, c -> termijnbeleid.termijnbeleid(new SwvCode(c)));
                        if (!besluit.isAfter(Aanmelding.uiterlijkeBeslisdatum(rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getBoolean(5), regels))) {
                            teller[2]++;
                        }
                    }
                });
        return tellers.entrySet().stream().map(e -> {
            var delen = e.getKey().split("/");
            return new Perjaar(delen[0], Integer.parseInt(delen[1]), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
        }).toList();
    }

}
