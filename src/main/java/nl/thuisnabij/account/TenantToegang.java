package nl.thuisnabij.account;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.thuisnabij.audit.AuditLog;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * The one place where tenant isolation is decided. Everything that belongs to an SWV lives under
 * {@code /swv/{swv}/...}; everything of one school site under {@code /swv/{swv}/vestigingen/{id}/...}.
 * A user passes only into their own SWV, and a school user only into their own site. Each refusal
 * is written to the audit log of the SWV that was targeted.
 */
@Component
class TenantToegang implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Pattern VESTIGING_PAD = Pattern.compile("^/swv/[^/]+/vestigingen/([^/]+)(/.*)?$");

    private final AuditLog auditLog;

    TenantToegang(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authenticatie, RequestAuthorizationContext context) {
        var swv = context.getVariables().get("swv");
        var pad = context.getRequest().getRequestURI().substring(context.getRequest().getContextPath().length());
        var toegestaan = authenticatie.get() != null && authenticatie.get().getPrincipal() instanceof Gebruiker gebruiker
                && magNaar(gebruiker, swv, pad);
        if (!toegestaan && authenticatie.get() != null && authenticatie.get().isAuthenticated()
                && authenticatie.get().getPrincipal() instanceof Gebruiker) {
            // under the SWV as it is written everywhere (PO2707), however the address spelled it
            auditLog.geweigerd(swv == null ? null : swv.toUpperCase(java.util.Locale.ROOT), "tenant", pad,
                    context.getRequest().getMethod() + " " + pad + " geweigerd: andere organisatie");
        }
        return new AuthorizationDecision(toegestaan);
    }

    static boolean magNaar(Gebruiker gebruiker, String swv, String pad) {
        if (gebruiker.swvCode() == null || !gebruiker.swvCode().equals(swv)) {
            return false;
        }
        if (gebruiker.scope() != Rol.Scope.SCHOOL) {
            return gebruiker.scope() == Rol.Scope.SWV;
        }
        var vestigingPad = VESTIGING_PAD.matcher(pad);
        return !vestigingPad.matches() || vestigingPad.group(1).equals(String.valueOf(gebruiker.vestigingId()));
    }
}
