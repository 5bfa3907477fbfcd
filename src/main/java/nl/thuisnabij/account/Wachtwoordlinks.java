package nl.thuisnabij.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.thuisnabij.account.AccountlinkRepository.Soort;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Setting a password, or linking a federation identity, through a one-time link — the invitation's
 * or a reset's — and asking for a reset. A reset request answers the same whether the address is known or not, so the page tells
 * nobody who has an account; a second request within a few minutes sends nothing.
 */
@Service
public class Wachtwoordlinks {

    private static final Logger LOG = LoggerFactory.getLogger(Wachtwoordlinks.class);
    private static final Duration HERSTEL_RUST = Duration.ofMinutes(5);

    /** Whom a valid link is for, to greet them on the page. */
    public record Link(boolean uitnodiging, String naam, String gebruikersnaam) {
    }

    private final GebruikerRepository gebruikers;
    private final AccountlinkRepository links;
    private final Wachtwoordbeleid beleid;
    private final PasswordEncoder encoder;
    private final Accountmail mail;
    private final AuditLog auditLog;
    private final TransactionTemplate transactie;

    Wachtwoordlinks(GebruikerRepository gebruikers, AccountlinkRepository links, Wachtwoordbeleid beleid, PasswordEncoder encoder, Accountmail mail,
            AuditLog auditLog, TransactionTemplate transactie) {
        this.gebruikers = gebruikers;
        this.links = links;
        this.beleid = beleid;
        this.encoder = encoder;
        this.mail = mail;
        this.auditLog = auditLog;
        this.transactie = transactie;
    }

    /** The link's person, or empty when the link is unknown, used, expired or its account is switched off. */
    public Optional<Link> link(String token) {
        return geldig(token).map(l -> new Link(l.link().soort() == Soort.UITNODIGING, l.account().gebruiker().naam(),
                l.account().gebruiker().getUsername()));
    }

    /** Sets the password and uses up the link; answers the user name to log in with. */
    public String stelIn(String token, String wachtwoord) {
        var geldig = geldig(token).orElseThrow(() -> new OngeldigeInvoerException(
                "deze link is verlopen of al gebruikt; vraag een nieuwe aan via ‘Wachtwoord vergeten’ of bij de beheerder"));
        var gebruiker = geldig.account().gebruiker();
        beleid.controleer(wachtwoord, gebruiker, geldig.account().email());
        transactie.executeWithoutResult(status -> {
            if (!links.gebruik(geldig.link().id())) {
                throw new OngeldigeInvoerException("deze link is intussen al gebruikt");
            }
            gebruikers.zetWachtwoord(gebruiker.id(), encoder.encode(wachtwoord));
        });
        auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(),
                geldig.link().soort() == Soort.UITNODIGING ? "wachtwoord ingesteld na uitnodiging" : "wachtwoord hersteld");
        return gebruiker.getUsername();
    }

    /**
     * Links an identity of the education federation to the link's account and uses up the link; from
     * then on that identity logs in to this account. An identity belongs to one account only.
     */
    public Gebruiker koppelIdentiteit(String token, String externeId, String federatie) {
        var geldig = geldig(token).orElseThrow(() -> new OngeldigeInvoerException(
                "deze link is verlopen of al gebruikt; vraag de beheerder om een nieuwe uitnodiging"));
        var gebruiker = geldig.account().gebruiker();
        transactie.executeWithoutResult(status -> {
            if (!links.gebruik(geldig.link().id())) {
                throw new OngeldigeInvoerException("deze link is intussen al gebruikt");
            }
            if (!gebruikers.koppelExterneId(gebruiker.id(), externeId)) {
                throw new OngeldigeInvoerException("dit account van %s is al gekoppeld aan een ander account in Thuisnabij".formatted(federatie));
            }
        });
        auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(), "account gekoppeld aan " + federatie);
        return gebruikers.findById(gebruiker.id()).orElseThrow();
    }

    /** Mails a reset link when the address belongs to an active account; tells the caller nothing either way. */
    public void vraagHerstelAan(String email) {
        var account = email == null || email.isBlank() ? Optional.<GebruikerRepository.Account>empty() : gebruikers.accountMetEmail(email.strip());
        if (account.isEmpty() || !account.get().gebruiker().isEnabled() || links.recentHerstel(account.get().gebruiker().id(), Instant.now().minus(HERSTEL_RUST))) {
            return;
        }
        var gebruiker = account.get().gebruiker();
        var token = Linktoken.nieuwToken();
        transactie.executeWithoutResult(status -> links.voegToe(gebruiker.id(), Soort.HERSTEL, Linktoken.hash(token), Linktoken.geldigTot(Soort.HERSTEL), null));
        try {
            mail.stuur(account.get().email(), "Nieuw wachtwoord voor Thuisnabij", """
                    Beste %s,

                    Er is gevraagd om een nieuw wachtwoord voor uw account in Thuisnabij (gebruikersnaam %s). Kies een nieuw wachtwoord via deze link:

                    %s

                    De link werkt één keer en is %d minuten geldig. Vroeg u dit niet aan? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.
                    """.formatted(gebruiker.naam(), gebruiker.getUsername(), mail.link(token), Linktoken.HERSTEL_GELDIG.toMinutes()));
            auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(), "wachtwoordherstel aangevraagd; e-mail verstuurd");
        } catch (MailException fout) {
            LOG.warn("Herstelmail voor account {} niet verstuurd: {}", gebruiker.id(), fout.getMessage());
            auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(), "wachtwoordherstel aangevraagd; e-mail niet verstuurd (mailserver)");
        }
    }

    private record Geldig(AccountlinkRepository.Link link, GebruikerRepository.Account account) {
    }

    private Optional<Geldig> geldig(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return links.findByTokenHash(Linktoken.hash(token))
                .filter(l -> l.gebruiktOp() == null && l.geldigTot().isAfter(Instant.now()))
                .flatMap(l -> gebruikers.account(l.gebruikerId()).filter(a -> a.gebruiker().isEnabled()).map(a -> new Geldig(l, a)));
    }
}
