package nl.thuisnabij.aanmelding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import nl.thuisnabij.aanmelding.persistence.TermijnbeleidRepository;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.Termijnenwet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations under the zorgplicht per SWV and school year, and how many were decided within the
 * statutory term — the term as {@link Aanmelding#uiterlijkeBeslisdatum} counts it, with the SWV's own
 * term policy. Where school holidays do not suspend the term (the law's reading, and the default),
 * the database counts: the last day of a term is the first working day on or after the day the weeks
 * end (Algemene termijnenwet), given to it as a table of days. An SWV whose policy suspends the term
 * in holidays has its registrations counted one by one with that policy. No pupil is read.
 */
@Service
public class Aanmeldingkengetallen {

    public record Perjaar(String swv, int schooljaar, int aangemeld, int besloten, int binnenTermijn) {
    }

    private static final String SCHOOLJAAR = "extract(year from (datum_aanmelding - interval '7 months'))::int";

    private final JdbcClient jdbc;
    private final TermijnbeleidRepository termijnbeleid;

    Aanmeldingkengetallen(JdbcClient jdbc, TermijnbeleidRepository termijnbeleid) {
        this.jdbc = jdbc;
        this.termijnbeleid = termijnbeleid;
    }

    @Transactional(readOnly = true)
    public List<Perjaar> perSchooljaar(Optional<SwvCode> swv, int vanafSchooljaar) {
        var schortenOp = jdbc.sql("select swv_code from zorgplicht_beleid where vakanties_schorten_termijn_op").query(String.class).list();
        var perjaar = new ArrayList<Perjaar>();
        perjaar.addAll(metWettelijkeTermijn(swv, vanafSchooljaar, schortenOp));
        for (var code : schortenOp) {
            if (swv.isEmpty() || swv.get().waarde().equals(code)) {
                perjaar.addAll(metEigenBeleid(code, vanafSchooljaar));
            }
        }
        return perjaar;
    }

    private List<Perjaar> metWettelijkeTermijn(Optional<SwvCode> swv, int vanafSchooljaar, List<String> uitgezonderd) {
        // every day a term of six or ten weeks can end on, from registrations of these school years on, with its last working day
        var eerste = LocalDate.of(vanafSchooljaar - 1, 1, 1);
        var laatste = LocalDate.now().plusYears(3);
        var dagen = new ArrayList<LocalDate>();
        var einden = new ArrayList<LocalDate>();
        for (var dag = eerste; !dag.isAfter(laatste); dag = dag.plusDays(1)) {
            dagen.add(dag);
            einden.add(Termijnenwet.einde(dag));
        }
        var parameters = new ArrayList<Object>(List.of(dagen.stream().map(LocalDate::toString).toArray(String[]::new),
                einden.stream().map(LocalDate::toString).toArray(String[]::new),
                Aanmelding.BESLISTERMIJN_WEKEN * 7, (Aanmelding.BESLISTERMIJN_WEKEN + Aanmelding.VERLENGING_WEKEN) * 7, vanafSchooljaar,
                uitgezonderd.toArray(String[]::new)));
        swv.ifPresent(s -> parameters.add(s.waarde()));
        return jdbc.sql("""
                with termijn(dag, einde) as (select * from unnest(?::date[], ?::date[]))
                select a.swv_code, %s, count(*), count(a.besluit_op), count(*) filter (where a.besluit_op <= t.einde)
                  from aanmelding a
                  left join termijn t on t.dag = a.geldt_vanaf + a.opgeschorte_dagen + case when a.verlengd_op is null then ? else ? end
                 where a.datum_aanmelding >= make_date(?, 8, 1) and a.swv_code <> all(?) %s
                 group by 1, 2""".formatted(SCHOOLJAAR.replace("datum_aanmelding", "a.datum_aanmelding"), swv.isPresent() ? "and a.swv_code = ?" : ""))
                .params(parameters.toArray())
                .query((rs, n) -> new Perjaar(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))).list();
    }

    private List<Perjaar> metEigenBeleid(String code, int vanafSchooljaar) {
        var beleid = termijnbeleid.termijnbeleid(new SwvCode(code));
        var tellers = new TreeMap<Integer, int[]>();
        jdbc.sql("""
                select %s, geldt_vanaf, opgeschorte_dagen, verlengd_op is not null, besluit_op
                  from aanmelding where datum_aanmelding >= make_date(?, 8, 1) and swv_code = ?""".formatted(SCHOOLJAAR))
                .params(vanafSchooljaar, code)
                .query(rs -> {
                    var teller = tellers.computeIfAbsent(rs.getInt(1), k -> new int[3]);
                    teller[0]++;
                    var besluit = rs.getObject(5, LocalDate.class);
                    if (besluit != null) {
                        teller[1]++;
                        if (!besluit.isAfter(Aanmelding.uiterlijkeBeslisdatum(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getBoolean(4), beleid))) {
                            teller[2]++;
                        }
                    }
                });
        var perjaar = new ArrayList<Perjaar>();
        tellers.forEach((jaar, t) -> perjaar.add(new Perjaar(code, jaar, t[0], t[1], t[2])));
        return perjaar;
    }

}
