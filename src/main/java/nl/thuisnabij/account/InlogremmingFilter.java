package nl.thuisnabij.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.thuisnabij.audit.AuditLog;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a login that has to wait ({@link Inlogremming}) before the password is even checked,
 * with the same answer for every name. Part of the security filter chain only, not a bean, so the
 * servlet container does not run it a second time.
 */
final class InlogremmingFilter extends OncePerRequestFilter {

    private final Inlogremming remming;
    private final AuditLog auditLog;

    InlogremmingFilter(Inlogremming remming, AuditLog auditLog) {
        this.remming = remming;
        this.auditLog = auditLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        return !("POST".equals(verzoek.getMethod()) && verzoek.getRequestURI().equals(verzoek.getContextPath() + "/inloggen"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        var naam = verzoek.getParameter("gebruikersnaam");
        long wachten = remming.wachttijd(naam, verzoek.getRemoteAddr());
        if (wachten > 0) {
            auditLog.inloggen(naam, null, "inloggen afgeremd: nog %d seconden wachten na mislukte pogingen".formatted(wachten));
            antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen?wacht=" + wachten);
            return;
        }
        keten.doFilter(verzoek, antwoord);
    }
}
