package nl.thuisnabij.account;

import java.util.Locale;
import java.util.Set;
import nl.thuisnabij.account.AccountlinkRepository.Soort;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parents' accounts, made when a school invites a parent of its pupil. The mails name no child: an
 * e-mail is no place for who gets extra support.
 */
@Service
public class Ouderaccounts {

    private final GebruikerRepository gebruikers;
    private final AccountlinkRepository links;
    private final Accountmail mail;
    private final AuditLog auditLog;
    private final TransactionTemplate transactie;

    Ouderaccounts(GebruikerRepository gebruikers, AccountlinkRepository links, Accountmail mail, AuditLog auditLog, TransactionTemplate transactie) {
        this.gebruikers = gebruikers;
        this.links = links;
        this.mail = mail;
        this.auditLog = auditLog;
        this.transactie = transactie;
    }

    /** What inviting a parent did, for a confirmation that says only what happened. */
    public record Ouderuitnodiging(long gebruikerId, String email, boolean nieuwAccount, boolean mailVerstuurd) {

        public String melding(String kind) {
            if (!nieuwAccount) {
                return "%s had al een account. Daarmee ziet de ouder nu ook wat er voor %s gebeurt%s.".formatted(email, kind,
                        mailVerstuurd ? "; de ouder heeft daarover een e-mail gekregen" : ", maar de e-mail daarover kon niet worden verstuurd");
            }
            return mailVerstuurd ? "De uitnodiging is verstuurd naar %s. Als de ouder een wachtwoord heeft gekozen, ziet hij of zij wat er voor %s gebeurt."
                    .formatted(email, kind)
                    : "Het account is aangemaakt, maar de e-mail aan %s kon niet worden verstuurd. Probeer het later opnieuw.".formatted(email);
        }
    }

    /**
     * A school invites a parent of its pupil: an account of their own (or the one they have), which the
     * caller links to that pupil only. An address of a staff account is refused: a parent gets an
     * account as a parent.
     */
    public Ouderuitnodiging nodigUit(SwvCode swv, String naam, String email, Gebruiker door) {
        var adres = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("naam", "vul de naam van de ouder of verzorger in");
        }
        if (!Accountbeheer.EMAIL.matcher(adres).matches() || adres.length() > 254) {
            throw new OngeldigeInvoerException("email", "vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl");
        }
        var bestaand = gebruikers.accountMetEmail(adres).or(() -> gebruikers.findByGebruikersnaam(adres).flatMap(g -> gebruikers.account(g.id())));
        if (bestaand.isPresent()) {
            var ouder = bestaand.get().gebruiker();
            if (ouder.scope() != Rol.Scope.OUDER || !ouder.isEnabled()) {
                throw new OngeldigeInvoerException("email", "dit e-mailadres hoort bij een ander soort account; een ouder krijgt een eigen account");
            }
            boolean verstuurd = mail.probeer(adres, "Thuisnabij: u ziet nu ook een ander kind", """
                    Beste %s,

                    Een school heeft u toegang gegeven tot wat er in Thuisnabij voor nog een kind van u gebeurt. Log in zoals u gewend bent:

                    %s

                    Verwachtte u dit niet? Neem dan contact op met de school.
                    """.formatted(ouder.naam(), mail.basis() + "/inloggen"));
            auditLog.schrijven(swv.waarde(), "gebruiker", String.valueOf(ouder.id()), "bestaand ouderaccount uitgenodigd voor een leerling");
            return new Ouderuitnodiging(ouder.id(), adres, false, verstuurd);
        }
        var token = Linktoken.nieuwToken();
        long id = transactie.execute(status -> {
            long nieuw = gebruikers.save(adres, naam.strip(), adres, null, Set.of(Rol.OUDER), null, null, null);
            links.voegToe(nieuw, Soort.UITNODIGING, Linktoken.hash(token), Linktoken.geldigTot(Soort.UITNODIGING), door.getUsername());
            return nieuw;
        });
        // plain words (B1): parents read this, not staff
        boolean verstuurd = mail.probeer(adres, "Uitnodiging: volg de ondersteuning van uw kind in Thuisnabij", """
                Beste %s,

                De school van uw kind nodigt u uit voor Thuisnabij. Daar ziet u wat er gebeurt als uw kind extra hulp krijgt op school:
                welke aanvragen de school doet, wat er is besloten en wat de volgende stap is. U kunt daar ook uw mening geven.

                Kies eerst een wachtwoord via deze link:

                %s

                De link werkt één keer en is %d dagen geldig. Uw gebruikersnaam is uw e-mailadres: %s.
                Verwachtte u deze e-mail niet? Dan hoeft u niets te doen.
                """.formatted(naam.strip(), mail.link(token), Linktoken.UITNODIGING_GELDIG.toDays(), adres));
        auditLog.schrijven(swv.waarde(), "gebruiker", String.valueOf(id), "ouder uitgenodigd; e-mail " + (verstuurd ? "verstuurd" : "niet verstuurd (mailserver)"));
        return new Ouderuitnodiging(id, adres, true, verstuurd);
    }
}
