package nl.thuisnabij.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.thuisnabij.account.AccountlinkRepository.Soort;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.Register;
import nl.thuisnabij.register.SwvCode;
import nl.thuisnabij.shared.GelijktijdigeWijzigingException;
import nl.thuisnabij.shared.NietGevondenException;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SWV's administrator manages the SWV's people: invites them by e-mail (a one-time link to set a
 * password), gives and changes their roles, switches accounts off and on again. School staff are
 * invited for one school site of the SWV. Every step is audit-logged; an SWV always keeps one
 * active administrator, so it cannot lock itself out.
 */
@Service
public class Accountbeheer {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** An account as its administrator sees it. */
    public record Medewerker(long id, String naam, String gebruikersnaam, String email, Set<Rol> rollen, Long vestigingId, boolean actief,
            boolean wachtOpWachtwoord, Instant uitnodigingGeldigTot, int versie) {

        public String status() {
            if (!actief) {
                return "uitgeschakeld";
            }
            return wachtOpWachtwoord ? "uitgenodigd" : "actief";
        }

        public List<String> rolomschrijvingen() {
            return rollen.stream().map(Rol::omschrijving).toList();
        }
    }

    /** What an invitation did, for a confirmation that says only what happened. */
    public record Uitnodiging(long gebruikerId, String email, boolean mailVerstuurd) {

        public String melding() {
            return mailVerstuurd ? "De uitnodiging is verstuurd naar %s.".formatted(email)
                    : "Het account is aangemaakt, maar de e-mail aan %s kon niet worden verstuurd. Probeer het later opnieuw met ‘Uitnodiging opnieuw sturen’."
                            .formatted(email);
        }
    }

    private final GebruikerRepository gebruikers;
    private final AccountlinkRepository links;
    private final Accountmail mail;
    private final Register register;
    private final AuditLog auditLog;
    private final TransactionTemplate transactie;

    Accountbeheer(GebruikerRepository gebruikers, AccountlinkRepository links, Accountmail mail, Register register, AuditLog auditLog,
            TransactionTemplate transactie) {
        this.gebruikers = gebruikers;
        this.links = links;
        this.mail = mail;
        this.register = register;
        this.auditLog = auditLog;
        this.transactie = transactie;
    }

    /** The roles an SWV's administrator hands out: the SWV's own and its schools' staff. */
    public static List<Rol> toeTeKennenRollen() {
        return EnumSet.allOf(Rol.class).stream().filter(rol -> rol.scope() == Rol.Scope.SWV || rol.scope() == Rol.Scope.SCHOOL).toList();
    }

    public List<Medewerker> medewerkers(Beheerbereik bereik) {
        controleer(bereik);
        auditLog.lezen(bereik.swv().waarde(), "gebruiker", null, "lijst medewerkers bekeken");
        return gebruikers.accountsVanSwv(bereik.swv().waarde()).stream().filter(account -> bereik.omvat(account.gebruiker()))
                .map(this::medewerker).toList();
    }

    public Medewerker medewerker(Beheerbereik bereik, long id) {
        auditLog.lezen(bereik.swv().waarde(), "gebruiker", String.valueOf(id), "medewerker bekeken");
        return medewerker(bestaand(bereik, id));
    }

    /** Creates the account (without a password) and mails the person a link to set one. */
    public Uitnodiging nodigUit(Beheerbereik bereik, String naam, String email, Set<Rol> rollen, Long gekozenVestiging, Gebruiker door) {
        var swv = bereik.swv();
        // a school director invites for their own school only
        var vestigingId = bereik.isSchool() ? bereik.vestigingId() : gekozenVestiging;
        controleerRollen(bereik, rollen, vestigingId);
        return maakUitnodiging(swv.waarde(), vestigingId, naam, email, rollen, register.bestaandSamenwerkingsverband(swv).weergavenaam(), door);
    }

    /** The platform administrator invites someone of the Inspectie, who sees every SWV's key figures and nothing else. */
    public Uitnodiging nodigInspectieUit(String naam, String email, Gebruiker door) {
        return maakUitnodiging(null, null, naam, email, Set.of(Rol.INSPECTIE), "Het beheer van Thuisnabij", door);
    }

    private Uitnodiging maakUitnodiging(String swvCode, Long vestigingId, String naam, String email, Set<Rol> rollen, String namens, Gebruiker door) {
        var adres = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeInvoerException("naam", "vul de naam in");
        }
        if (!EMAIL.matcher(adres).matches() || adres.length() > 254) {
            throw new OngeldigeInvoerException("email", "vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl");
        }
        var token = Linktoken.nieuwToken();
        long id = transactie.execute(status -> {
            if (gebruikers.existsByGebruikersnaam(adres) || gebruikers.accountMetEmail(adres).isPresent()) {
                throw new OngeldigeInvoerException("email", "er is al een account met dit e-mailadres");
            }
            long nieuw = gebruikers.save(adres, naam.strip(), adres, null, rollen, swvCode, vestigingId, null);
            links.voegToe(nieuw, Soort.UITNODIGING, Linktoken.hash(token), Linktoken.geldigTot(Soort.UITNODIGING), door.getUsername());
            return nieuw;
        });
        boolean verstuurd = stuurUitnodiging(namens, adres, naam.strip(), token);
        auditLog.schrijven(swvCode, "gebruiker", String.valueOf(id), "uitgenodigd als %s%s; e-mail %s".formatted(
                String.join(", ", rollen.stream().map(Rol::omschrijving).toList()), vestigingId == null ? "" : " van vestiging " + vestigingId,
                verstuurd ? "verstuurd" : "niet verstuurd (mailserver)"));
        return new Uitnodiging(id, adres, verstuurd);
    }

    /** The platform administrator invites the first SWV-beheerder of an SWV, who then invites the others. */
    public Uitnodiging nodigBeheerderUit(String swvCode, String naam, String email, Gebruiker door) {
        SwvCode swv;
        try {
            swv = SwvCode.van(swvCode);
        } catch (OngeldigeInvoerException fout) {
            throw fout.bijVeld("swv");
        }
        if (register.samenwerkingsverband(swv).isEmpty()) {
            throw new OngeldigeInvoerException("swv", "kies een samenwerkingsverband uit de lijst");
        }
        return nodigUit(Beheerbereik.samenwerkingsverband(swv), naam, email, Set.of(Rol.SWV_BEHEERDER), null, door);
    }

    /** How many active SWV-beheerders each SWV has, for the platform administrator. */
    public java.util.Map<String, Long> actieveBeheerders() {
        return gebruikers.actieveBeheerdersPerSwv();
    }

    /** A new link for an invited person who has not set a password yet; the earlier link stops working. */
    public Uitnodiging nodigOpnieuwUit(Beheerbereik bereik, long id, Gebruiker door) {
        var swv = bereik.swv();
        var account = bestaand(bereik, id);
        if (account.heeftWachtwoord() || !account.gebruiker().isEnabled()) {
            throw new OngeldigeInvoerException("dit account wacht niet op een uitnodiging");
        }
        var token = Linktoken.nieuwToken();
        transactie.executeWithoutResult(
                status -> links.voegToe(id, Soort.UITNODIGING, Linktoken.hash(token), Linktoken.geldigTot(Soort.UITNODIGING), door.getUsername()));
        boolean verstuurd = stuurUitnodiging(register.bestaandSamenwerkingsverband(swv).weergavenaam(), account.email(), account.gebruiker().naam(), token);
        auditLog.schrijven(swv.waarde(), "gebruiker", String.valueOf(id), "opnieuw uitgenodigd; e-mail " + (verstuurd ? "verstuurd" : "niet verstuurd (mailserver)"));
        return new Uitnodiging(id, account.email(), verstuurd);
    }

    public void wijzigRollen(Beheerbereik bereik, long id, Set<Rol> rollen, int gelezenVersie, Gebruiker door) {
        var swv = bereik.swv();
        var account = bestaand(bereik, id);
        controleerRollen(bereik, rollen, account.gebruiker().vestigingId());
        transactie.executeWithoutResult(status -> {
            wijzig(account, rollen, account.gebruiker().isEnabled(), gelezenVersie, swv);
            auditLog.schrijven(swv.waarde(), "gebruiker", String.valueOf(id), "rollen gewijzigd in " + String.join(", ",
                    rollen.stream().map(Rol::omschrijving).toList()));
        });
    }

    /** Switches an account off (its sessions end at their next request) or on again. */
    public void zetActief(Beheerbereik bereik, long id, boolean actief, int gelezenVersie, Gebruiker door) {
        var swv = bereik.swv();
        var account = bestaand(bereik, id);
        if (!actief && id == door.id()) {
            throw new OngeldigeInvoerException("u kunt uw eigen account niet uitschakelen; vraag een andere beheerder");
        }
        transactie.executeWithoutResult(status -> {
            wijzig(account, account.gebruiker().rollen(), actief, gelezenVersie, swv);
            auditLog.schrijven(swv.waarde(), "gebruiker", String.valueOf(id), actief ? "account ingeschakeld" : "account uitgeschakeld");
        });
    }

    private void wijzig(GebruikerRepository.Account account, Set<Rol> rollen, boolean actief, int gelezenVersie, SwvCode swv) {
        if (!gebruikers.wijzig(account.gebruiker().id(), rollen, actief, gelezenVersie)) {
            throw new GelijktijdigeWijzigingException("Iemand anders heeft het account van %s intussen gewijzigd. Uw wijziging is niet opgeslagen."
                    .formatted(account.gebruiker().naam()));
        }
        if (gebruikers.tellActieveBeheerders(swv.waarde()) == 0) {
            throw new OngeldigeInvoerException("het samenwerkingsverband houdt ten minste één actieve SWV-beheerder; wijs eerst een ander aan");
        }
    }

    private void controleerRollen(Beheerbereik bereik, Set<Rol> rollen, Long vestigingId) {
        var swv = bereik.swv();
        if (rollen == null || rollen.isEmpty()) {
            throw new OngeldigeInvoerException("rollen", "kies ten minste één rol");
        }
        if (!bereik.rollen().containsAll(rollen)) {
            throw new OngeldigeInvoerException("rollen", bereik.isSchool() ? "een school kent alleen de rollen van een school toe"
                    : "deze rol kent de beheerder van een samenwerkingsverband niet toe");
        }
        var schoolrollen = rollen.stream().filter(rol -> rol.scope() == Rol.Scope.SCHOOL).count();
        if (schoolrollen > 0 && schoolrollen < rollen.size()) {
            throw new OngeldigeInvoerException("rollen", "een account werkt voor het samenwerkingsverband of voor een school, niet voor allebei");
        }
        if (schoolrollen > 0 && vestigingId == null) {
            throw new OngeldigeInvoerException("vestiging", "kies de school waar deze medewerker werkt");
        }
        if (schoolrollen == 0 && vestigingId != null) {
            throw new OngeldigeInvoerException("vestiging", "een medewerker van het samenwerkingsverband hoort niet bij een school; laat de school leeg");
        }
        if (vestigingId != null) {
            try {
                register.vestigingVan(swv, vestigingId);
            } catch (NietGevondenException fout) {
                throw new OngeldigeInvoerException("vestiging", "kies een school van dit samenwerkingsverband");
            }
        }
    }

    private boolean stuurUitnodiging(String namens, String email, String naam, String token) {
        return mail.probeer(email, "Uitnodiging voor Thuisnabij", """
                Beste %s,

                %s nodigt u uit om met Thuisnabij te werken. Kies uw wachtwoord via deze link:

                %s

                De link werkt één keer en is %d dagen geldig. Uw gebruikersnaam is uw e-mailadres: %s.
                Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.
                """.formatted(naam, namens, mail.link(token), Linktoken.UITNODIGING_GELDIG.toDays(), email));
    }

    private GebruikerRepository.Account bestaand(Beheerbereik bereik, long id) {
        controleer(bereik);
        return gebruikers.accountVanSwv(bereik.swv().waarde(), id).filter(account -> bereik.omvat(account.gebruiker()))
                .orElseThrow(() -> new NietGevondenException("dit account hoort niet bij " + (bereik.isSchool() ? "deze school" : "samenwerkingsverband "
                        + bereik.swv())));
    }

    /** A school's area is one of the SWV's own school sites. */
    private void controleer(Beheerbereik bereik) {
        if (bereik.isSchool()) {
            register.vestigingVan(bereik.swv(), bereik.vestigingId());
        }
    }

    private Medewerker medewerker(GebruikerRepository.Account account) {
        var g = account.gebruiker();
        return new Medewerker(g.id(), g.naam(), g.getUsername(), account.email(), g.rollen(), g.vestigingId(), g.isEnabled(), !account.heeftWachtwoord(),
                account.heeftWachtwoord() ? null : links.uitnodigingGeldigTot(g.id()).orElse(null), account.versie());
    }
}
