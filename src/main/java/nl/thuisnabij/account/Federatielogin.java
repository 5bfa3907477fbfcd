package nl.thuisnabij.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisnabij.audit.AuditLog;
import nl.thuisnabij.shared.OngeldigeInvoerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single sign-on through the education federation (Entree Federatie, SURFconext) by OpenID
 * Connect, configured with Spring's {@code spring.security.oauth2.client.*} properties. An identity
 * of the federation opens only the account it was linked to through that account's invitation or
 * reset link; an unknown identity creates nothing and is refused.
 */
@Component
public class Federatielogin {

    private static final String KOPPEL_MET_LINK = "koppelMetLink";

    /** A login option on the login page and the invitation page. */
    public record Federatie(String registratie, String naam) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registraties;
    private final GebruikerRepository gebruikers;
    private final Wachtwoordlinks links;
    private final Inlogafronding afronding;
    private final AuditLog auditLog;
    private final String basisUrl;
    private final SecurityContextRepository contexten = new HttpSessionSecurityContextRepository();

    Federatielogin(ObjectProvider<ClientRegistrationRepository> registraties, GebruikerRepository gebruikers, Wachtwoordlinks links,
            Inlogafronding afronding, AuditLog auditLog, @Value("${thuisnabij.basis-url}") String basisUrl) {
        this.registraties = registraties;
        this.gebruikers = gebruikers;
        this.links = links;
        this.afronding = afronding;
        this.auditLog = auditLog;
        this.basisUrl = basisUrl;
    }

    /** The configured providers; none when single sign-on is not set up. */
    public List<Federatie> federaties() {
        var lijst = new ArrayList<Federatie>();
        if (registraties.getIfAvailable() instanceof Iterable<?> alle) {
            alle.forEach(r -> {
                var registratie = (ClientRegistration) r;
                lijst.add(new Federatie(registratie.getRegistrationId(), registratie.getClientName()));
            });
        }
        return lijst;
    }

    /** Remembers the invitation or reset link whose account the coming federation login is to be linked to. */
    public void koppelStraksMet(HttpServletRequest verzoek, String token) {
        if (links.link(token).isEmpty()) {
            throw new OngeldigeInvoerException("deze link is verlopen of al gebruikt; vraag de beheerder om een nieuwe uitnodiging");
        }
        verzoek.getSession().setAttribute(KOPPEL_MET_LINK, token);
    }

    /** After the provider said who this is: link, or find the linked account, or refuse. */
    void naLogin(HttpServletRequest verzoek, HttpServletResponse antwoord, Authentication federatie) throws IOException {
        var token = (OAuth2AuthenticationToken) federatie;
        var oidc = (OidcUser) token.getPrincipal();
        var registratie = token.getAuthorizedClientRegistrationId();
        var externeId = registratie + ":" + oidc.getSubject();
        var sessie = verzoek.getSession();
        var link = (String) sessie.getAttribute(KOPPEL_MET_LINK);
        sessie.removeAttribute(KOPPEL_MET_LINK);
        // until an account is found, the person is not logged in with the provider's identity alone
        sessie.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();

        Optional<Gebruiker> gebruiker;
        if (link != null) {
            try {
                gebruiker = Optional.of(links.koppelIdentiteit(link, externeId, naam(registratie)));
            } catch (OngeldigeInvoerException fout) {
                auditLog.inloggen(externeId, null, "koppelen via " + registratie + " geweigerd: " + fout.getMessage());
                antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen?koppelen");
                return;
            }
        } else {
            gebruiker = gebruikers.findByExterneId(externeId).filter(Gebruiker::isEnabled);
        }
        if (gebruiker.isEmpty()) {
            auditLog.inloggen(externeId, null, "inloggen via " + registratie + " geweigerd: identiteit niet gekoppeld aan een actief account");
            antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen?onbekend");
            return;
        }
        var eigen = new Federatieauthenticatie(gebruiker.get(), registratie, oidc.getIdToken().getTokenValue());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(eigen);
        SecurityContextHolder.setContext(context);
        contexten.saveContext(context, verzoek, antwoord);
        afronding.naEersteStap(verzoek, antwoord, eigen);
    }

    /** Where logging out leads: for a federation login also out at the provider, when it offers that. */
    String naUitloggen(Authentication wie, String contextPad) {
        var lokaal = contextPad + "/?uitgelogd";
        if (!(wie instanceof Federatieauthenticatie federatie) || registraties.getIfAvailable() == null) {
            return lokaal;
        }
        var registratie = registraties.getObject().findByRegistrationId(federatie.registratie());
        var einde = registratie == null ? null : registratie.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (einde == null) {
            return lokaal;
        }
        return UriComponentsBuilder.fromUriString(einde.toString()).queryParam("id_token_hint", federatie.idToken())
                .queryParam("post_logout_redirect_uri", basisUrl + "/?uitgelogd").queryParam("client_id", registratie.getClientId())
                .encode().build().toUriString();
    }

    private String naam(String registratie) {
        return federaties().stream().filter(f -> f.registratie().equals(registratie)).map(Federatie::naam).findFirst().orElse(registratie);
    }
}
