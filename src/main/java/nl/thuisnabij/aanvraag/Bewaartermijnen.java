package nl.thuisnabij.aanvraag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The health data of a TLV request — the experts' advices and the attachments — is kept until three
 * years after the decision (WPO 18a lid 13) and then removed by a daily job: the advices' texts give
 * way to a note saying when and why, the attachments go. What stays is that the request was made and
 * decided, by whom and how, and a record of what was removed, without the content. The privacy
 * officer sees what is due and what was removed.
 */
@Component
public class Bewaartermijnen {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijnen.class);
    /** WPO 18a lid 13: "tot drie jaar na het besluit". The latest decision counts: one changed on objection is the decision that stands. */
    static final Period TERMIJN = Period.ofYears(3);
    private static final int PER_RONDE = 500;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** A request whose health data is due for removal, or was removed. */
    public record Verwijdering(long aanvraagId, String kenmerk, LocalDate besluitOp, LocalDate verwijderOp, int adviezen, int bijlagen) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final AuditLog auditLog;
    private final Clock klok;

    Bewaartermijnen(JdbcClient jdbc, TransactionTemplate transactie, AuditLog auditLog, Clock klok) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.auditLog = auditLog;
        this.klok = klok;
    }

    @Scheduled(cron = "${thuisnabij.aanvraag.bewaartermijn-cron:0 40 6 * * *}", zone = "Europe/Amsterdam")
    void dagelijks() {
        int verwerkt = verwijderVerlopen(LocalDate.now(klok));
        if (verwerkt > 0) {
            LOG.info("Bewaartermijn: gezondheidsgegevens van {} aanvragen verwijderd", verwerkt);
        }
    }

    /** Removes the health data of every TLV request decided three years before {@code vandaag}; answers how many requests. */
    public int verwijderVerlopen(LocalDate vandaag) {
        int verwerkt = 0;
        List<Verwijdering> ronde;
        do {
            ronde = teVerwijderen(null, vandaag.minus(TERMIJN), PER_RONDE);
            for (var verwijdering : ronde) {
                if (Boolean.TRUE.equals(transactie.execute(status -> verwijder(verwijdering, vandaag)))) {
                    verwerkt++;
                }
            }
        } while (ronde.size() == PER_RONDE);
        return verwerkt;
    }

    /** What the job will remove in the coming period, soonest first. */
    public List<Verwijdering> binnenkort(SwvCode swv, LocalDate vandaag, Period vooruit) {
        return teVerwijderen(swv, vandaag.plus(vooruit).minus(TERMIJN), 1000);
    }

    public List<Verwijdering> verwijderd(SwvCode swv, int maximum) {
        return jdbc.sql("""
                select aanvraag_id, swv_code, besluit_op, verwijderd_op, adviezen, bijlagen from bewaartermijn_verwerking
                 where swv_code = ? order by verwijderd_op desc, aanvraag_id desc limit ?
                """).params(swv.waarde(), maximum)
                .query((rs, rij) -> new Verwijdering(rs.getLong(1), rs.getString(2) + "-" + rs.getLong(1), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    private List<Verwijdering> teVerwijderen(SwvCode swv, LocalDate besluitUiterlijk, int maximum) {
        return jdbc.sql("""
                select a.id, a.swv_code, max(b.besloten_op) as besluit_op,
                       (select count(*) from deskundigenadvies d where d.aanvraag_id = a.id) as adviezen,
                       (select count(*) from bijlage j where j.aanvraag_id = a.id) as bijlagen
                  from aanvraag a join besluit b on b.aanvraag_id = a.id
                 where a.soort <> 'ARRANGEMENT' and (cast(? as varchar) is null or a.swv_code = ?)
                   and not exists (select 1 from bewaartermijn_verwerking v where v.aanvraag_id = a.id)
                 group by a.id, a.swv_code
                having max(b.besloten_op) <= ?
                 order by max(b.besloten_op), a.id
                 limit ?
                """).params(swv == null ? null : swv.waarde(), swv == null ? null : swv.waarde(), besluitUiterlijk, maximum)
                .query((rs, rij) -> {
                    var besluitOp = rs.getObject(3, LocalDate.class);
                    return new Verwijdering(rs.getLong(1), rs.getString(2) + "-" + rs.getLong(1), besluitOp, besluitOp.plus(TERMIJN),
                            rs.getInt(4), rs.getInt(5));
                })
                .list();
    }

    /** One request, in one transaction; the record of it comes first, so two nodes never both remove it. */
    private boolean verwijder(Verwijdering verwijdering, LocalDate vandaag) {
        var swv = verwijdering.kenmerk().substring(0, verwijdering.kenmerk().indexOf('-'));
        boolean geclaimd = jdbc.sql("""
                insert into bewaartermijn_verwerking (aanvraag_id, swv_code, besluit_op, verwijderd_op, adviezen, bijlagen)
                values (?, ?, ?, ?, 0, 0) on conflict (aanvraag_id) do nothing
                """).params(verwijdering.aanvraagId(), swv, verwijdering.besluitOp(), vandaag).update() == 1;
        if (!geclaimd) {
            return false;
        }
        var notitie = "[Verwijderd op %s: de bewaartermijn van drie jaar na het besluit van %s is verstreken (WPO art. 18a lid 13).]"
                .formatted(vandaag.format(DATUM), verwijdering.besluitOp().format(DATUM));
        int adviezen = jdbc.sql("update deskundigenadvies set motivering = ? where aanvraag_id = ?").params(notitie, verwijdering.aanvraagId()).update();
        int bijlagen = jdbc.sql("delete from bijlage where aanvraag_id = ?").param(verwijdering.aanvraagId()).update();
        // a page opened before the removal cannot save the old texts back
        jdbc.sql("update aanvraag set versie = versie + 1 where id = ?").param(verwijdering.aanvraagId()).update();
        jdbc.sql("update bewaartermijn_verwerking set adviezen = ?, bijlagen = ? where aanvraag_id = ?")
                .params(adviezen, bijlagen, verwijdering.aanvraagId()).update();
        auditLog.schrijven(swv, "aanvraag", String.valueOf(verwijdering.aanvraagId()),
                "bewaartermijn verstreken: %d deskundigenadviezen en %d bijlagen verwijderd (WPO 18a lid 13)".formatted(adviezen, bijlagen));
        return true;
    }
}
