package nl.thuisnabij.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.thuisnabij.IntegratieTest;
import nl.thuisnabij.register.SwvCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database counts "decided within the term" with a table of working days; it must count what
 * the registration itself says its last day is (Aanmelding#uiterlijkeBeslisdatum), weekends and
 * public holidays included — here checked against every decided registration of the demo SWV, and on
 * terms that end on a Saturday and on Easter Monday.
 */
@IntegratieTest
class AanmeldingkengetallenTest {

    static final SwvCode SWV = new SwvCode("PO2707");

    @Autowired
    Aanmeldingkengetallen kengetallen;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deDatabaseTeltBinnenDeTermijnZoalsDeAanmeldingZelf() {
        // a term of six weeks from Saturday 3 February 2024 ends on Saturday 16 March: Monday 18 March still counts
        assertThat(Aanmelding.uiterlijkeBeslisdatum(LocalDate.of(2024, 2, 3), 0, false, Termijnbeleid.wettelijk())).isEqualTo(LocalDate.of(2024, 3, 18));
        // extended to ten weeks from 10 February 2025, the term ends on Easter Monday 21 April: Tuesday 22 April still counts
        assertThat(Aanmelding.uiterlijkeBeslisdatum(LocalDate.of(2025, 2, 10), 0, true, Termijnbeleid.wettelijk())).isEqualTo(LocalDate.of(2025, 4, 22));

        int vanaf = LocalDate.now().getYear() - 5;
        var verwacht = new HashMap<Integer, int[]>();
        jdbc.sql("""
                select extract(year from (datum_aanmelding - interval '7 months'))::int, geldt_vanaf, opgeschorte_dagen, verlengd_op is not null, besluit_op
                  from aanmelding where swv_code = ? and datum_aanmelding >= make_date(?, 8, 1)""").params(SWV.waarde(), vanaf).query(rs -> {
            var teller = verwacht.computeIfAbsent(rs.getInt(1), j -> new int[3]);
            teller[0]++;
            var besluit = rs.getObject(5, LocalDate.class);
            if (besluit != null) {
                teller[1]++;
                if (!besluit.isAfter(Aanmelding.uiterlijkeBeslisdatum(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getBoolean(4), Termijnbeleid.wettelijk()))) {
                    teller[2]++;
                }
            }
        });

        var geteld = kengetallen.perSchooljaar(Optional.of(SWV), vanaf);

        assertThat(verwacht).isNotEmpty();
        Map<Integer, int[]> perJaar = new HashMap<>();
        geteld.forEach(p -> perJaar.put(p.schooljaar(), new int[] {p.aangemeld(), p.besloten(), p.binnenTermijn()}));
        assertThat(perJaar).hasSameSizeAs(verwacht);
        verwacht.forEach((jaar, t) -> assertThat(perJaar.get(jaar)).as("schooljaar " + jaar).containsExactly(t));
    }
}
