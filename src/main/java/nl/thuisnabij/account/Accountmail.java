package nl.thuisnabij.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mails that carry a one-time link to set a password. Sent while no transaction is open, so the
 * caller can say truthfully whether the mail went; they name no child and hold only the link.
 */
@Component
class Accountmail {

    private final JavaMailSender mail;
    private final String afzender;
    private final String basisUrl;

    Accountmail(JavaMailSender mail, @Value("${thuisnabij.mail.afzender}") String afzender, @Value("${thuisnabij.basis-url}") String basisUrl) {
        this.mail = mail;
        this.afzender = afzender;
        this.basisUrl = basisUrl.endsWith("/") ? basisUrl.substring(0, basisUrl.length() - 1) : basisUrl;
    }

    String basis() {
        return basisUrl;
    }

    String link(String token) {
        return basisUrl + "/wachtwoord-instellen/" + token;
    }

    /** Sends the mail; answers whether it went, so the confirmation says only what happened. */
    boolean probeer(String aan, String onderwerp, String tekst) {
        try {
            stuur(aan, onderwerp, tekst);
            return true;
        } catch (org.springframework.mail.MailException fout) {
            return false;
        }
    }

    void stuur(String aan, String onderwerp, String tekst) {
        var bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(aan);
        bericht.setSubject(onderwerp);
        bericht.setText(tekst);
        mail.send(bericht);
    }
}
