package nl.thuisnabij.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text with a NUL character cannot be stored (PostgreSQL refuses it) and is never typed by a
 * person: a request carrying one in any field or parameter is refused as a whole with 400 and a
 * Dutch message (problem+json for the API) before anything reads it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OnleesbareTekens extends OncePerRequestFilter {

    static final String BERICHT = "De invoer bevat een teken dat niet in tekst hoort (een NUL-teken). Verwijder het en probeer het opnieuw.";

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        if (!bevatNul(verzoek)) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        if (verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/")) {
            antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            antwoord.setContentType("application/problem+json");
            antwoord.setCharacterEncoding(StandardCharsets.UTF_8.name());
            antwoord.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Ongeldige invoer\",\"status\":400,\"detail\":\"" + BERICHT + "\"}");
            return;
        }
        antwoord.sendError(HttpServletResponse.SC_BAD_REQUEST, BERICHT);
    }

    private static boolean bevatNul(HttpServletRequest verzoek) {
        for (var parameter : verzoek.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (var waarde : parameter.getValue()) {
                if (waarde != null && waarde.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
