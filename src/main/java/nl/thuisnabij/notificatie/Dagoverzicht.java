package nl.thuisnabij.notificatie;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.shared.Datumnotatie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, one e-mail to each person who chose a daily overview and has unread notifications
 * since the last one. Each overview is claimed before it is sent, so with several nodes it goes
 * once; when the mail server refuses, the claim is undone and the next run sends it. Notifications
 * older than half a year are removed: the requests themselves keep their history.
 */
@Component
class Dagoverzicht {

    private static final Logger LOG = LoggerFactory.getLogger(Dagoverzicht.class);
    static final int BEWAARDAGEN = 183;

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final Gebruikers gebruikers;
    private final Clock klok;
    private final String afzender;
    private final String basisUrl;

    Dagoverzicht(JdbcClient jdbc, JavaMailSender mail, Gebruikers gebruikers, Clock klok, @Value("${thuisnabij.mail.afzender}") String afzender,
            @Value("${thuisnabij.basis-url}") String basisUrl) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.gebruikers = gebruikers;
        this.klok = klok;
        this.afzender = afzender;
        this.basisUrl = basisUrl;
    }

    @Scheduled(cron = "${thuisnabij.notificatie.dagoverzicht-cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    void dagelijks() {
        verstuur();
    }

    /** Returns the number of overviews sent. */
    int verstuur() {
        var nu = Timestamp.from(Instant.now(klok));
        jdbc.sql("delete from notificatie where gemaakt_op < ?").param(Timestamp.from(Instant.now(klok).minus(BEWAARDAGEN, ChronoUnit.DAYS))).update();
        record Kandidaat(long gebruikerId, Timestamp tot) {
        }
        var kandidaten = jdbc.sql("""
                select v.gebruiker_id, v.overzicht_tot as tot from notificatievoorkeur v
                 where v.voorkeur = 'DAGELIJKS' and exists (select 1 from notificatie m where m.gebruiker_id = v.gebruiker_id and m.gelezen_op is null
                       and m.gemaakt_op > coalesce(v.overzicht_tot, '-infinity') and m.gemaakt_op <= ?)
                """).param(nu).query(Kandidaat.class).list();
        int verstuurd = 0;
        for (var kandidaat : kandidaten) {
            boolean geclaimd = jdbc.sql("update notificatievoorkeur set overzicht_tot = ? where gebruiker_id = ? and overzicht_tot is not distinct from ?")
                    .params(nu, kandidaat.gebruikerId(), kandidaat.tot()).update() == 1;
            var adres = gebruikers.email(kandidaat.gebruikerId());
            if (!geclaimd || adres.isEmpty()) {
                continue;
            }
            var nieuw = jdbc.sql("""
                    select onderwerp, gemaakt_op from notificatie where gebruiker_id = ? and gelezen_op is null
                       and gemaakt_op > coalesce(?::timestamptz, '-infinity') and gemaakt_op <= ? order by id
                    """).params(kandidaat.gebruikerId(), kandidaat.tot(), nu)
                    .query((rs, rij) -> "- " + Datumnotatie.kort(rs.getTimestamp(2).toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate())
                            + ": " + rs.getString(1)).list();
            try {
                mail.send(bericht(adres.get(), nieuw));
                verstuurd++;
            } catch (MailException fout) {
                jdbc.sql("update notificatievoorkeur set overzicht_tot = ? where gebruiker_id = ?").params(kandidaat.tot(), kandidaat.gebruikerId()).update();
                LOG.warn("Dagoverzicht aan gebruiker {} is niet verstuurd en volgt bij de volgende ronde: {}", kandidaat.gebruikerId(), fout.getMessage());
            }
        }
        return verstuurd;
    }

    private SimpleMailMessage bericht(String aan, List<String> regels) {
        var bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(aan);
        bericht.setSubject("Uw notificaties in Thuisnabij");
        bericht.setText((regels.size() == 1 ? "U hebt 1 nieuwe notificatie" : "U hebt " + regels.size() + " nieuwe notificaties") + " in Thuisnabij:\n\n"
                + String.join("\n", regels) + "\n\nLees ze op " + basisUrl + "/notificaties\n\nU krijgt dit overzicht omdat u koos voor één e-mail per dag. "
                + "U kunt dat wijzigen op dezelfde pagina.");
        return bericht;
    }
}
