package nl.thuisnabij.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Collects the audit entries of one web request and appends them when the request is done, after
 * its transactions have returned their connections; first in the chain, so logins and refusals by
 * the security filters are collected too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerzameling extends OncePerRequestFilter {

    private final AuditLog auditLog;

    AuditVerzameling(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!AuditLog.begin()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            auditLog.eind();
        }
    }
}
