package nl.thuisnabij.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import nl.thuisnabij.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Public: the register's pages and API. Platform administration: platform
 * administrators. Anything of an SWV: only through {@link TenantToegang}. Roles within a tenant
 * are checked on the controllers with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final java.util.regex.Pattern SWV_PAD = java.util.regex.Pattern.compile("/swv/([^/]+)");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TenantToegang tenantToegang, AuditLog auditLog, Inlogremming remming,
            Gebruikers gebruikers, Inlogafronding afronding, Federatielogin federatie, SessionRegistry sessies,
            @Value("${thuisnabij.sessies.maximum-per-gebruiker}") int maximumSessies,
            @Value("${thuisnabij.metrics.netwerken}") java.util.List<String> metriekNetwerken) throws Exception {
        http.authorizeHttpRequests(verzoeken -> verzoeken
                        .requestMatchers("/", "/samenwerkingsverbanden", "/samenwerkingsverbanden/**", "/api/v1/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/api/swagger-ui/**", "/swagger-ui/**", "/css/**", "/js/**",
                                "/img/**", "/webjars/**", "/favicon.ico", "/inloggen", "/inloggen/tweede-stap", "/tweestapsverificatie", "/wachtwoord-vergeten",
                                "/wachtwoord-instellen/*", "/wachtwoord-instellen/*/federatie/*", "/error", "/scholen/*/ondersteuningsprofiel", "/scholen-in-de-buurt")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").access(vanuit(metriekNetwerken))
                        .requestMatchers("/swv/{swv}/**").access(tenantToegang)
                        .requestMatchers("/beheer/**").hasRole(Rol.PLATFORMBEHEERDER.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/inloggen")
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .successHandler(afronding::naEersteStap)
                        .failureHandler((verzoek, antwoord, fout) -> antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen?fout")))
                .addFilterBefore(new InlogremmingFilter(remming, auditLog), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/uitloggen")
                        .logoutSuccessHandler((verzoek, antwoord, wie) -> antwoord.sendRedirect(federatie.naUitloggen(wie, verzoek.getContextPath()))))
                .addFilterBefore(new SessieBewaking(gebruikers, auditLog), AuthorizationFilter.class)
                // a new login beyond the limit ends the session the person used least recently, so one forgotten on a shared computer does not stay open
                .sessionManagement(sessiebeheer -> sessiebeheer.sessionFixation(fixatie -> fixatie.changeSessionId())
                        .maximumSessions(maximumSessies).sessionRegistry(sessies).expiredUrl("/inloggen?elders"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .exceptionHandling(fouten -> fouten.defaultAuthenticationEntryPointFor(
                        (verzoek, antwoord, uitzondering) -> antwoord.sendError(HttpServletResponse.SC_UNAUTHORIZED),
                                verzoek -> verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/inloggen"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler((verzoek, antwoord, fout) -> geweigerd(verzoek, antwoord, fout, auditLog)));
        if (!federatie.federaties().isEmpty()) {
            http.oauth2Login(login -> login.loginPage("/inloggen").successHandler(federatie::naLogin)
                    .failureHandler((verzoek, antwoord, fout) -> antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen?federatiefout")));
        }
        return http.build();
    }

    /** The header of a request the page makes by itself, without the person pressing a button (saving as they type). */
    static final String AUTOMATISCH = "X-Automatisch";

    /**
     * A form sent after the session expired carries a CSRF token the server no longer knows. That is
     * not an attack to answer with 403 but a person to send to the login page, and back to the page
     * they were on afterwards; what they typed is still in their browser (see thuisnabij.js).
     */
    private static void geweigerd(HttpServletRequest verzoek, HttpServletResponse antwoord, AccessDeniedException fout, AuditLog auditLog)
            throws IOException {
        // expired: the session the browser names is gone, or the one it has is no longer signed in (a save the page made
        // by itself found the old one gone first) — without a signed-in session a form has nothing to forge
        var wie = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean nietIngelogd = wie == null || wie instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
        boolean sessieVerlopen = fout instanceof CsrfException && verzoek.getRequestedSessionId() != null
                && (!verzoek.isRequestedSessionIdValid() || nietIngelogd) && !verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/");
        if (sessieVerlopen && verzoek.getHeader(AUTOMATISCH) != null) {
            // a save the page makes by itself: the page says so and keeps the text; the person's own next send
            // takes them through the login and back
            antwoord.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            antwoord.setContentType("text/plain;charset=UTF-8");
            antwoord.getWriter().write("Niet opgeslagen: u bent niet meer ingelogd. Uw tekst staat nog hier. Druk op Opslaan; na het inloggen staat hij er weer.");
            return;
        }
        if (!sessieVerlopen) {
            var pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
            var swv = SWV_PAD.matcher(pad);
            if (!AuditLog.isGeweigerdVastgelegd() && swv.lookingAt()) {
                // a refusal by role inside one's own SWV (a page or step that is not theirs) is logged too
                auditLog.geweigerd(swv.group(1).toUpperCase(java.util.Locale.ROOT), "pagina", pad,
                        verzoek.getMethod() + " " + pad + " geweigerd: hoort niet bij de rol van deze gebruiker");
            }
            antwoord.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var terug = pagina(verzoek.getHeader(HttpHeaders.REFERER), verzoek.getContextPath());
        if (terug != null) {
            verzoek.getSession().setAttribute(Inlogafronding.TERUG_NA_INLOGGEN, terug);
        }
        antwoord.sendRedirect(verzoek.getContextPath() + "/inloggen?verlopen");
    }

    /** Metrics are for the hosting party's collector on the internal network, not for the internet. */
    private static AuthorizationManager<RequestAuthorizationContext> vanuit(java.util.List<String> netwerken) {
        var toegestaan = netwerken.stream().map(String::strip).filter(n -> !n.isEmpty()).map(IpAddressMatcher::new).toList();
        return (wie, context) -> new AuthorizationDecision(toegestaan.stream().anyMatch(net -> net.matches(context.getRequest())));
    }

    /** The path of a page of this application, never another site (no open redirect). */
    static String pagina(String adres, String contextPad) {
        if (adres == null) {
            return null;
        }
        try {
            var uri = new URI(adres);
            var pad = uri.getRawPath();
            if (pad == null || !pad.startsWith(contextPad + "/") || pad.startsWith("//") || pad.contains("\\")) {
                return null;
            }
            return uri.getRawQuery() == null ? pad : pad + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Two requests of one session at once may both add the same attribute (the CSRF token); the second one updates it. */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer gelijktijdigeSessieverzoeken() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The sessions live in PostgreSQL (Spring Session JDBC), so every node sees them all: the limit of
     * sessions per person counts those on other nodes too, and an ended session is gone everywhere.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessies) {
        return new SpringSessionBackedSessionRegistry<>(sessies);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the delegating encoder lets stored hashes move to a stronger scheme later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
