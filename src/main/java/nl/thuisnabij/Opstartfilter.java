package nl.thuisnabij;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The port opens before the first start has loaded the division and the demo data. Until the
 * application is ready, every page answers 503 with Retry-After — never a page with half the data
 * — except the health endpoints that tell the load balancer when to send traffic.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Opstartfilter extends OncePerRequestFilter {

    static final int PROBEER_OPNIEUW_NA_SECONDEN = 5;

    private final ApplicationAvailability beschikbaarheid;

    Opstartfilter(ApplicationAvailability beschikbaarheid) {
        this.beschikbaarheid = beschikbaarheid;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        if (beschikbaarheid.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/actuator/health")) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        antwoord.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        antwoord.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(PROBEER_OPNIEUW_NA_SECONDEN));
        antwoord.setContentType(MediaType.TEXT_PLAIN_VALUE);
        antwoord.setCharacterEncoding(StandardCharsets.UTF_8.name());
        antwoord.getWriter().write("Thuisnabij start op. Probeer het over een paar seconden opnieuw.\n");
    }
}
