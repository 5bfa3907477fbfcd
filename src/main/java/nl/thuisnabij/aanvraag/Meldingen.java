package nl.thuisnabij.aanvraag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.thuisnabij.aanvraag.persistence.AanvraagGegevensRepository;
import nl.thuisnabij.aanvraag.persistence.BerichtRepository;
import nl.thuisnabij.account.Gebruiker;
import nl.thuisnabij.account.Gebruikers;
import nl.thuisnabij.account.Rol;
import nl.thuisnabij.leerling.Leerlingen;
import nl.thuisnabij.leerling.OuderContact;
import nl.thuisnabij.notificatie.Notificaties;
import nl.thuisnabij.register.SwvCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The e-mails a request's events call for, sent over SMTP after the change they report has been
 * committed. Each event is kept by the event publication registry until its mail went: a mail
 * server that is down, or a crash, leaves the publication incomplete, and it is resubmitted (after
 * a restart, and by {@link Herverzending}). Each mail is recorded per request, so the request page
 * tells what really happened and a resubmitted event never sends a mail twice. Messages name no
 * child: they point to Thuisnabij, so no special-category data travels by mail. No transaction is
 * held while talking to the mail server. Each message is also a notification for every recipient
 * with an account, who chooses whether it comes by mail one by one, in a daily overview, or not.
 */
@Component
class Meldingen {

    private static final Logger LOG = LoggerFactory.getLogger(Meldingen.class);

    private final JavaMailSender mail;
    private final BerichtRepository berichten;
    private final AanvraagGegevensRepository gegevens;
    private final Gebruikers gebruikers;
    private final Leerlingen leerlingen;
    private final String afzender;
    private final Notificaties notificaties;

    Meldingen(JavaMailSender mail, BerichtRepository berichten, AanvraagGegevensRepository gegevens, Gebruikers gebruikers, Leerlingen leerlingen,
            Notificaties notificaties, @Value("${thuisnabij.mail.afzender}") String afzender) {
        this.notificaties = notificaties;
        this.mail = mail;
        this.berichten = berichten;
        this.gegevens = gegevens;
        this.gebruikers = gebruikers;
        this.leerlingen = leerlingen;
        this.afzender = afzender;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bij(AanvraagIngediend ingediend) {
        verstuur(ingediend.aanvraagId(), ingediend.swvCode(), "INGEDIEND", gebruikers.emailsVanSwvMetRol(ingediend.swvCode(), Rol.ONDERSTEUNINGSCOORDINATOR),
                "Nieuwe aanvraag in Thuisnabij",
                        "Er is een nieuwe aanvraag (%s) ingediend. Log in op Thuisnabij om haar te behandelen. Kenmerk: %s-%d."
                        .formatted(ingediend.soort().omschrijving(), ingediend.swvCode(), ingediend.aanvraagId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bij(AanvullingGevraagd gevraagd) {
        verstuur(gevraagd.aanvraagId(), gevraagd.swvCode(), "AANVULLING-" + gevraagd.uiterlijk(), gebruikers.emailsVanVestiging(gevraagd.vestigingId()),
                "Aanvulling gevraagd op uw aanvraag",
                        "Het samenwerkingsverband vraagt een aanvulling op aanvraag %s-%d, uiterlijk %s. Log in op Thuisnabij voor de vraag."
                        .formatted(gevraagd.swvCode(), gevraagd.aanvraagId(), nl.thuisnabij.shared.Datumnotatie.lang(gevraagd.uiterlijk())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bij(AdviesGevraagd gevraagd) {
        verstuur(gevraagd.aanvraagId(), gevraagd.swvCode(), "ADVIES", gevraagd.deskundigen().stream().flatMap(d -> gebruikers.email(d).stream()).toList(),
                "Uw advies gevraagd", "U bent gevraagd om advies over aanvraag %s-%d. Log in op Thuisnabij.".formatted(gevraagd.swvCode(),
                        gevraagd.aanvraagId()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bij(BesluitGenomen besluit) {
        if (!berichten.aanvraagBestaat(besluit.aanvraagId())) {
            return; // erased since: see verstuur
        }
        var aan = new ArrayList<>(gebruikers.emailsVanVestiging(besluit.vestigingId()));
        leerlingen.ouders(new SwvCode(besluit.swvCode()), besluit.leerlingId()).stream().map(OuderContact::email).forEach(aan::add);
        verstuur(besluit.aanvraagId(), besluit.swvCode(), "BESLUIT-" + besluit.volgnummer(), aan,
                "Besluit op aanvraag " + besluit.swvCode() + "-" + besluit.aanvraagId(),
                "Het samenwerkingsverband heeft besloten op aanvraag %s-%d. U vindt de besluitbrief, met de mogelijkheid van bezwaar, in Thuisnabij."
                        .formatted(besluit.swvCode(), besluit.aanvraagId()));
    }

    /** A renewed request on another day is a reminder and is sent again; the same day's second click is not. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bij(OudersUitgenodigd uitgenodigd) {
        if (!berichten.aanvraagBestaat(uitgenodigd.aanvraagId())) {
            return; // erased since: see verstuur
        }
        var ouders = leerlingen.ouderaccounts(new SwvCode(uitgenodigd.swvCode()), uitgenodigd.leerlingId()).stream()
                .flatMap(id -> gebruikers.email(id).stream()).toList();
        verstuur(uitgenodigd.aanvraagId(), uitgenodigd.swvCode(), "ZIENSWIJZE-" + uitgenodigd.op(), ouders, "De school vraagt uw mening",
                ("De school wil extra ondersteuning aanvragen voor uw kind en vraagt eerst wat u daarvan vindt. Log in op Thuisnabij, "
                        + "lees de aanvraag en schrijf uw mening (zienswijze) in uw eigen woorden. Kenmerk: %s-%d.")
                        .formatted(uitgenodigd.swvCode(), uitgenodigd.aanvraagId()));
    }

    /** Every reminder of the batch is tried; when one fails the event stays incomplete, and a retry skips those that went. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bij(TermijnenVerstreken verstreken) {
        MailException eersteFout = null;
        for (var termijn : verstreken.termijnen()) {
            try {
                verstuur(termijn.aanvraagId(), termijn.swvCode(), "HERINNERING-" + termijn.soort() + "-" + termijn.peildatum(), termijn.aan(),
                        "Herinnering Thuisnabij: termijn verstreken of bijna bereikt", termijn.tekst());
                gegevens.markeerVerstuurd(termijn.aanvraagId(), termijn.soort(), termijn.peildatum());
            } catch (MailException fout) {
                eersteFout = eersteFout == null ? fout : eersteFout;
            }
        }
        if (eersteFout != null) {
            throw eersteFout;
        }
    }

    /**
     * Every message is first a notification for each recipient with an account; the e-mail goes to
     * those who want one per notification, and to addresses without an account (a parent's contact).
     */
    private void verstuur(long aanvraag, String swv, String sleutel, List<String> aan, String onderwerp, String tekst) {
        if (!berichten.aanvraagBestaat(aanvraag)) {
            // erased on request or after the retention period since the event: there is nothing left to mail about
            return;
        }
        var alle = aan.stream().filter(Objects::nonNull).filter(adres -> !adres.isBlank()).map(a -> a.strip().toLowerCase(Locale.ROOT)).distinct()
                .toList();
        var accounts = gebruikers.metEmail(alle);
        accounts.values().forEach(account -> notificaties.meld(account.id(), swv, "aanvraag-%d-%s".formatted(aanvraag, sleutel), onderwerp, tekst,
                adres(account, swv, aanvraag)));
        var perNotificatie = notificaties.willenElkeNotificatie(accounts.values().stream().map(Gebruiker::id).toList());
        var adressen = alle.stream().filter(a -> !accounts.containsKey(a) || perNotificatie.contains(accounts.get(a).id())).toArray(String[]::new);
        var eerder = berichten.poging(aanvraag, sleutel, onderwerp, adressen.length);
        if (eerder.filter(status -> status == Verzendstatus.VERZONDEN).isPresent()) {
            return;
        }
        if (adressen.length == 0) {
            berichten.zetStatus(aanvraag, sleutel, accounts.isEmpty() ? Verzendstatus.GEEN_ADRES : Verzendstatus.ALLEEN_NOTIFICATIE, null);
            return;
        }
        var bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(adressen);
        bericht.setSubject(onderwerp);
        bericht.setText(tekst);
        try {
            mail.send(bericht);
        } catch (MailException fout) {
            berichten.zetStatus(aanvraag, sleutel, Verzendstatus.MISLUKT, fout.getMessage());
            LOG.warn("E-mail '{}' over aanvraag {} is niet verstuurd en wordt opnieuw geprobeerd: {}", onderwerp, aanvraag, fout.getMessage());
            throw fout;
        }
        berichten.zetStatus(aanvraag, sleutel, Verzendstatus.VERZONDEN, null);
    }

    /** Where the recipient reads the request: the school, a parent and the SWV each on their own page. */
    private static String adres(Gebruiker account, String swv, long aanvraag) {
        if (account.heeftRol(Rol.OUDER)) {
            return "/ouder/aanvragen/%s/%d".formatted(swv, aanvraag);
        }
        if (account.scope() == Rol.Scope.SCHOOL && account.vestigingId() != null) {
            return "/swv/%s/vestigingen/%d/aanvragen/%d".formatted(swv, account.vestigingId(), aanvraag);
        }
        return "/swv/%s/aanvragen/%d".formatted(swv, aanvraag);
    }
}
