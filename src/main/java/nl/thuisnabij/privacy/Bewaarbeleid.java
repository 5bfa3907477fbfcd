package nl.thuisnabij.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.Persoonsgegevens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SWV's retention period for pupil data: so many years after the last thing Thuisnabij did for a
 * pupil — in any module; an open case keeps it alive — a daily job erases the pupil everywhere, as an
 * erasure on request does. Without a period set, nothing is removed automatically.
 */
@Service
public class Bewaarbeleid {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaarbeleid.class);
    private static final int PER_RONDE = 500;

    public record Instelling(Integer jaren, int versie) {
    }

    private final JdbcClient jdbc;
    private final List<Persoonsgegevens> modules;
    private final TransactionTemplate transactie;
    private final AuditLog auditLog;
    private final Clock klok;

    Bewaarbeleid(JdbcClient jdbc, List<Persoonsgegevens> modules, TransactionTemplate transactie, AuditLog auditLog, Clock klok) {
        this.jdbc = jdbc;
        this.modules = modules.stream().sorted(Comparator.comparingInt(Persoonsgegevens::wisvolgorde)).toList();
        this.transactie = transactie;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    public Instelling instelling(SwvCode swv) {
        return jdbc.sql("select jaren, versie from bewaarbeleid where swv_code = ?").param(swv.waarde())
                .query((rs, rij) -> new Instelling(rs.getObject(1, Integer.class), rs.getInt(2))).optional().orElse(new Instelling(null, 0));
    }

    @Transactional
    public void stelIn(SwvCode swv, Integer jaren, int gelezenVersie, String door) {
        if (jaren != null && (jaren < 1 || jaren > 20)) {
            throw new nl.thuisnabij.shared.OngeldigeInvoerException("jaren", "kies een bewaartermijn van 1 tot en met 20 jaar, of laat het veld leeg");
        }
        if (jdbc.sql("""
                insert into bewaarbeleid (swv_code, jaren, versie) values (?, ?, 1)
                on conflict (swv_code) do update set jaren = excluded.jaren, versie = bewaarbeleid.versie + 1 where bewaarbeleid.versie = ?
                """).params(swv.waarde(), jaren, gelezenVersie).update() != 1) {
            throw new GelijktijdigeWijzigingException("iemand anders heeft de bewaartermijn net gewijzigd");
        }
        auditLog.schrijven(swv.waarde(), "bewaarbeleid", swv.waarde(),
                (jaren == null ? "bewaartermijn leerlinggegevens opgeheven" : "bewaartermijn leerlinggegevens: %d jaar".formatted(jaren)) + " door " + door);
    }

    @Scheduled(cron = "${thuisnabij.privacy.bewaartermijn-cron:0 50 6 * * *}", zone = "Europe/Amsterdam")
    void dagelijks() {
        int gewist = verwijderVerlopen(LocalDate.now(klok));
        if (gewist > 0) {
            LOG.info("Bewaartermijn: {} leerlingen gewist", gewist);
        }
    }

    /** Erases every pupil whose SWV's period has passed since their last activity; answers how many. */
    public int verwijderVerlopen(LocalDate vandaag) {
        int gewist = 0;
        var instellingen = jdbc.sql("select swv_code, jaren from bewaarbeleid where jaren is not null").query((rs, rij) -> Map.entry(rs.getString(1),
                rs.getInt(2))).list();
        for (var instelling : instellingen) {
            var swv = instelling.getKey();
            var grens = vandaag.minusYears(instelling.getValue());
            for (var leerling : verlopen(swv, vandaag, grens)) {
                transactie.executeWithoutResult(status -> {
                    modules.forEach(module -> module.wis(swv, leerling));
                    auditLog.schrijven(swv, "leerling", String.valueOf(leerling),
                            "alle gegevens gewist: de bewaartermijn van %d jaar na de laatste activiteit is verstreken".formatted(instelling.getValue()));
                });
                gewist++;
            }
        }
        return gewist;
    }

    /** How many pupils of the SWV go in the coming months, for the officer. */
    public int binnenkort(SwvCode swv, LocalDate vandaag, int maanden) {
        var jaren = instelling(swv).jaren();
        return jaren == null ? 0 : verlopen(swv.waarde(), vandaag, vandaag.plusMonths(maanden).minusYears(jaren)).size();
    }

    private List<Long> verlopen(String swv, LocalDate vandaag, LocalDate grens) {
        var verlopen = new ArrayList<Long>();
        long na = 0;
        while (true) {
            var ronde = jdbc.sql("select id from leerling where swv_code = ? and id > ? order by id limit ?").params(swv, na, PER_RONDE)
                    .query(Long.class).list();
            if (ronde.isEmpty()) {
                return verlopen;
            }
            var laatste = new HashMap<Long, LocalDate>();
            modules.forEach(module -> module.laatsteActiviteit(swv, ronde, vandaag)
                    .forEach((leerling, datum) -> laatste.merge(leerling, datum, (a, b) -> a.isAfter(b) ? a : b)));
            laatste.forEach((leerling, datum) -> {
                if (!datum.isAfter(grens)) {
                    verlopen.add(leerling);
                }
            });
            na = ronde.getLast();
        }
    }
}
