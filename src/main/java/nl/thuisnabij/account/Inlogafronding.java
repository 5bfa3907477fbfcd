package nl.thuisnabij.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.thuisnabij.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Between the password and the second step a person is not logged in: the session holds who they
 * said they were, but no security context, so no page but the second step's own opens. Only a right
 * code turns it into a login, in a new session id.
 */
@Component
public class Inlogafronding {

    static final String TERUG_NA_INLOGGEN = "terugNaInloggen";
    private static final String WACHT_OP_TWEEDE_STAP = "wachtOpTweedeStap";
    private static final String MISLUKTE_CODES = "mislukteCodes";
    /** Six-digit codes have a million values; a handful of tries per password keeps guessing hopeless. */
    static final int MAXIMUM_MISLUKTE_CODES = 5;

    private final Tweestapsverificatie tweestaps;
    private final Inlogremming remming;
    private final AuditLog auditLog;
    private final SecurityContextRepository contexten = new HttpSessionSecurityContextRepository();

    Inlogafronding(Tweestapsverificatie tweestaps, Inlogremming remming, AuditLog auditLog) {
        this.tweestaps = tweestaps;
        this.remming = remming;
        this.auditLog = auditLog;
    }

    /**
     * After the password or the federation's login: on to the page the person came from, or first to the second step. Only a
     * complete login clears the account's failed attempts, so a known password does not reset the
     * wait for guessing codes.
     */
    void naEersteStap(HttpServletRequest verzoek, HttpServletResponse antwoord, Authentication wie) throws java.io.IOException {
        if (wie.getPrincipal() instanceof Gebruiker gebruiker && (tweestaps.isActief(gebruiker.id()) || tweestaps.isVerplicht(gebruiker))) {
            var sessie = verzoek.getSession();
            sessie.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            SecurityContextHolder.clearContext();
            sessie.setAttribute(WACHT_OP_TWEEDE_STAP, wie);
            sessie.removeAttribute(MISLUKTE_CODES);
            auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(), (wie instanceof Federatieauthenticatie federatie
                    ? "ingelogd via " + federatie.registratie() : "wachtwoord juist") + "; tweede stap gevraagd");
            antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen/tweede-stap");
            return;
        }
        if (wie.getPrincipal() instanceof Gebruiker gebruiker) {
            remming.geslaagd(gebruiker.getUsername());
            auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(),
                    wie instanceof Federatieauthenticatie federatie ? "ingelogd via " + federatie.registratie() : "ingelogd");
        }
        antwoord.sendRedirect(bestemming(verzoek));
    }

    /** The person who gave a right password and still has to give the second step, if any. */
    public Optional<Gebruiker> wachtend(HttpServletRequest verzoek) {
        var sessie = verzoek.getSession(false);
        return sessie != null && sessie.getAttribute(WACHT_OP_TWEEDE_STAP) instanceof Authentication wie
                && wie.getPrincipal() instanceof Gebruiker gebruiker ? Optional.of(gebruiker) : Optional.empty();
    }

    /** Completes the login of the waiting person; returns the page to go to. */
    public String rondAf(HttpServletRequest verzoek, HttpServletResponse antwoord, String hoe) {
        var sessie = verzoek.getSession();
        var wie = (Authentication) sessie.getAttribute(WACHT_OP_TWEEDE_STAP);
        sessie.removeAttribute(WACHT_OP_TWEEDE_STAP);
        sessie.removeAttribute(MISLUKTE_CODES);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(wie);
        SecurityContextHolder.setContext(context);
        verzoek.changeSessionId();
        contexten.saveContext(context, verzoek, antwoord);
        var gebruiker = (Gebruiker) wie.getPrincipal();
        remming.geslaagd(gebruiker.getUsername());
        auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(), "ingelogd " + hoe);
        return bestemming(verzoek);
    }

    /**
     * Counts a wrong code; after too many the waiting login ends and counts as a failed login for the
     * account's growing wait. Returns whether the person may try again.
     */
    public boolean codeMislukt(HttpServletRequest verzoek) {
        var sessie = verzoek.getSession();
        var gebruiker = wachtend(verzoek).orElseThrow();
        int mislukt = (sessie.getAttribute(MISLUKTE_CODES) instanceof Integer eerder ? eerder : 0) + 1;
        auditLog.inloggen(gebruiker.getUsername(), gebruiker.swvCode(), "tweede stap mislukt");
        if (mislukt < MAXIMUM_MISLUKTE_CODES) {
            sessie.setAttribute(MISLUKTE_CODES, mislukt);
            return true;
        }
        var wie = (Authentication) sessie.getAttribute(WACHT_OP_TWEEDE_STAP);
        sessie.removeAttribute(WACHT_OP_TWEEDE_STAP);
        sessie.removeAttribute(MISLUKTE_CODES);
        remming.mislukt(gebruiker.getUsername(), wie.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : verzoek.getRemoteAddr());
        return false;
    }

    private static String bestemming(HttpServletRequest verzoek) {
        var sessie = verzoek.getSession(false);
        var terug = sessie == null ? null : (String) sessie.getAttribute(TERUG_NA_INLOGGEN);
        if (sessie != null) {
            sessie.removeAttribute(TERUG_NA_INLOGGEN);
        }
        return terug != null ? terug : verzoek.getContextPath() + "/mijn";
    }
}
