package nl.thuisnabij.thuiszitter;

import java.util.ArrayList;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells the SWV's director and the leerplichtambtenaar of the child's municipality by e-mail when a
 * case passes three months without a fitting offer. The mail names no child; it points to
 * Thuisnabij. Sent after the escalation is committed; a mail server that is down leaves the event
 * incomplete, and it is sent again at the next resubmission.
 */
@Component
class Escalatiemail {

    private final JavaMailSender mail;
    private final Gebruikers gebruikers;
    private final String afzender;

    Escalatiemail(JavaMailSender mail, Gebruikers gebruikers, @Value("${thuisnabij.mail.afzender}") String afzender) {
        this.mail = mail;
        this.gebruikers = gebruikers;
        this.afzender = afzender;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bij(ThuiszitterGeescaleerd geescaleerd) {
        var aan = new ArrayList<>(gebruikers.emailsVanSwvMetRol(geescaleerd.swvCode(), Rol.DIRECTEUR));
        if (geescaleerd.gemeenteId() != null) {
            aan.addAll(gebruikers.emailsVanGemeenteMetRol(geescaleerd.gemeenteId(), Rol.LEERPLICHTAMBTENAAR));
        }
        if (aan.isEmpty()) {
            return;
        }
        var bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(aan.toArray(String[]::new));
        bericht.setSubject("Thuiszitter langer dan drie maanden zonder passend aanbod");
        bericht.setText(("Een kind zit langer dan drie maanden thuis zonder passend aanbod van onderwijs of zorg (Thuiszitterspact). "
                + "Log in op Thuisnabij en bekijk de melding onder Thuiszitters. Kenmerk: %s-T%d.").formatted(geescaleerd.swvCode(),
                geescaleerd.thuiszitterId()));
        mail.send(bericht);
    }
}
