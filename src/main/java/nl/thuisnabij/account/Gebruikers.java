package nl.thuisnabij.account;

import java.util.Collection;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.register.GemeentenHeringedeeld;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating them, finding them for login, and locking them after repeated failures. */
@Service
public class Gebruikers implements UserDetailsService {

    private final GebruikerRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Inlogremming remming;

    Gebruikers(GebruikerRepository repository, PasswordEncoder passwordEncoder, AuditLog auditLog, Inlogremming remming) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.remming = remming;
    }

    @Override
    public Gebruiker loadUserByUsername(String gebruikersnaam) {
        // an invited person who has not chosen a password yet cannot log in, as if the account did not exist
        return repository.findByGebruikersnaam(gebruikersnaam).filter(gebruiker -> gebruiker.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("onbekende gebruiker"));
    }

    /** Whether the account behind a session still has the rights the session was given. */
    boolean heeftNogDezelfdeRechten(Gebruiker inSessie) {
        return repository.findById(inSessie.id()).map(inSessie::heeftZelfdeRechtenAls).orElse(false);
    }

    @Transactional
    public long maakAan(String gebruikersnaam, String naam, String email, String wachtwoord, Collection<Rol> rollen,
            String swvCode, Long vestigingId, Long gemeenteId) {
        if (wachtwoord == null || wachtwoord.length() < Wachtwoordbeleid.MINIMUM) {
            throw new OngeldigeInvoerException("een wachtwoord heeft ten minste %d tekens".formatted(Wachtwoordbeleid.MINIMUM));
        }
        if (repository.existsByGebruikersnaam(gebruikersnaam)) {
            throw new OngeldigeInvoerException("gebruikersnaam '%s' is al in gebruik".formatted(gebruikersnaam));
        }
        // validates that the roles fit the organisation before anything is stored
        new Gebruiker(0, gebruikersnaam, naam, null, rollen, swvCode, vestigingId, gemeenteId, true);
        return repository.save(gebruikersnaam, naam, email, passwordEncoder.encode(wachtwoord), rollen, swvCode, vestigingId,
                gemeenteId);
    }

    /** The active staff accounts of an SWV (not its schools), e.g. to choose experts or meeting attendees. */
    public java.util.List<Gebruiker> medewerkersVan(String swvCode) {
        var medewerkers = repository.findBySwv(swvCode);
        medewerkers.forEach(Gebruiker::eraseCredentials);
        return medewerkers;
    }

    /** Display names by account id, for pages that name people other modules recorded by id. */
    public java.util.Map<Long, String> namen(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : repository.namen(ids);
    }

    /** Where to mail a person, when the account has an address. */
    public java.util.Optional<String> email(long id) {
        return repository.email(id);
    }

    /** Whose accounts these addresses are, by the address in lower case: an address without an account (a parent's contact) is absent. */
    public java.util.Map<String, Gebruiker> metEmail(java.util.Collection<String> adressen) {
        return adressen.isEmpty() ? java.util.Map.of() : repository.actiefMetEmail(adressen);
    }

    /** The addresses of the active staff of a school site. */
    public java.util.List<String> emailsVanVestiging(long vestigingId) {
        return repository.emailsVanVestiging(vestigingId);
    }

    /** The addresses of a municipality's active staff with this role. */
    public java.util.List<String> emailsVanGemeenteMetRol(long gemeenteId, Rol rol) {
        return repository.emailsVanGemeenteMetRol(gemeenteId, rol);
    }

    /** The addresses of an SWV's active staff with this role (not its schools' staff). */
    public java.util.List<String> emailsVanSwvMetRol(String swvCode, Rol rol) {
        return repository.emailsVanSwvMetRol(swvCode, rol);
    }

    public boolean bestaat(String gebruikersnaam) {
        return repository.existsByGebruikersnaam(gebruikersnaam);
    }

    @EventListener
    void bijMislukteLogin(AuthenticationFailureBadCredentialsEvent event) {
        var naam = event.getAuthentication().getName();
        remming.mislukt(naam, event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null);
        // under the account's own SWV, so its privacy officer sees attempts on its people's accounts
        auditLog.inloggen(naam, repository.findByGebruikersnaam(naam).map(Gebruiker::swvCode).orElse(null), "inloggen mislukt");
    }

    @EventListener
    void bijHerindeling(GemeentenHeringedeeld herindeling) {
        repository.verplaatsNaarGemeente(herindeling.oudeGemeenten(), herindeling.nieuweGemeente());
    }
}
