package nl.thuisnabij.aanvraag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends e-mail over SMTP after the work it reports on has been saved. Messages name no child:
 * they point to Thuisnabij, where the reader signs in, so no special-category data travels by mail.
 */
@Component
class Berichten {

    private static final Logger LOG = LoggerFactory.getLogger(Berichten.class);
    private final JavaMailSender mail;
    private final String afzender;

    Berichten(JavaMailSender mail, @Value("${thuisnabij.mail.afzender}") String afzender) {
        this.mail = mail;
        this.afzender = afzender;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void verstuur(Bericht bericht) {
        var ontvangers = bericht.aan().stream().filter(adres -> adres != null && !adres.isBlank()).distinct().toArray(String[]::new);
        if (ontvangers.length == 0) {
            return;
        }
        var bijdrage = new SimpleMailMessage();
        bijdrage.setFrom(afzender);
        bijdrage.setTo(ontvangers);
        bijdrage.setSubject(bericht.onderwerp());
        bijdrage.setText(bericht.tekst());
        try {
            mail.send(bijdrage);
        } catch (MailException e) {
            LOG.warn("E-mail '{}' kon niet worden verstuurd: {}", bericht.onderwerp(), e.getMessage());
        }
    }
}
