package nl.thuisnabij.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TenantToegang tenantToegang) throws Exception {
        http.authorizeHttpRequests(verzoeken -> verzoeken
                        .requestMatchers("/", "/samenwerkingsverbanden", "/samenwerkingsverbanden/**", "/api/v1/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/swagger-ui/**", "/css/**", "/js/**",
                                "/img/**", "/webjars/**", "/favicon.ico", "/inloggen", "/error", "/scholen/*/ondersteuningsprofiel")
                        .permitAll()
                        .requestMatchers("/swv/{swv}/**").access(tenantToegang)
                        .requestMatchers("/beheer/**").hasRole(Rol.PLATFORMBEHEERDER.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/inloggen")
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .defaultSuccessUrl("/mijn", true)
                        .failureHandler((verzoek, antwoord, fout) -> antwoord.sendRedirect(
                                verzoek.getContextPath() + (fout instanceof LockedException ? "/inloggen?geblokkeerd" : "/inloggen?fout"))))
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"))
                .sessionManagement(sessies -> sessies.sessionFixation(fixatie -> fixatie.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .exceptionHandling(fouten -> fouten.defaultAuthenticationEntryPointFor(
                        (verzoek, antwoord, uitzondering) -> antwoord.sendError(HttpServletResponse.SC_UNAUTHORIZED),
                                verzoek -> verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/inloggen"), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the delegating encoder lets stored hashes move to a stronger scheme later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
