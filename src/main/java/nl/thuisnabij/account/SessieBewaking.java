package nl.thuisnabij.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.thuisnabij.audit.AuditLog;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session as soon as its account is disabled, moved to another organisation or given other
 * roles: the rights a session carries are those of its login, so without this a disabled person
 * could work on until the session expired. One primary-key lookup per request; a page cache would
 * let a disabled account act for the cache's lifetime.
 */
class SessieBewaking extends OncePerRequestFilter {

    private final Gebruikers gebruikers;
    private final AuditLog auditLog;

    SessieBewaking(Gebruikers gebruikers, AuditLog auditLog) {
        this.gebruikers = gebruikers;
        this.auditLog = auditLog;
    }

    /** Static files carry no data; sparing them the lookup keeps a page's stylesheet and scripts free. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        var pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        return pad.startsWith("/css/") || pad.startsWith("/js/") || pad.startsWith("/img/") || pad.startsWith("/webjars/") || pad.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        var authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (verzoek.getSession(false) != null && authenticatie != null && authenticatie.getPrincipal() instanceof Gebruiker gebruiker
                && !gebruikers.heeftNogDezelfdeRechten(gebruiker)) {
            auditLog.geweigerd(gebruiker.swvCode(), "gebruiker", String.valueOf(gebruiker.id()),
                    "sessie beëindigd: het account is uitgeschakeld of heeft andere rechten gekregen");
            verzoek.getSession().invalidate();
            SecurityContextHolder.clearContext();
            if (verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/")) {
                antwoord.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen?beeindigd");
            }
            return;
        }
        keten.doFilter(verzoek, antwoord);
    }
}
