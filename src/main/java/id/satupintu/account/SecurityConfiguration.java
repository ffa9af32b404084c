package id.satupintu.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

import java.util.Map;

/**
 * Who may reach which path. Citizens (web chat, classification) and providers (webhooks, which
 * verify their own signatures) never sign in. The APIs are stateless: every call carries
 * {@code Authorization: Bearer <token>} (an account's API token), except the token endpoint, which
 * takes the account's password once by HTTP Basic. The console ({@code /login} and
 * {@code /console/**}) is for browsers: form login with a session (its timeout is
 * {@code server.servlet.session.timeout}) and CSRF tokens on every form. The actuator's metrics
 * ({@code /actuator/prometheus}) are for the administrator's and supervisors' tokens, as a scraper
 * carries them; only health is public.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/", "/index.html", "/webchat/**", "/favicon.ico", "/error", "/ui/**", "/webjars/**",
            "/api/v1/classify", "/api/v1/webchat/**",
            "/webhooks/**", "/open311/**",
            "/actuator/health/**", "/v3/api-docs/**"
    };

    /** Paths called by machines, not browsers: no session, no CSRF token to carry. */
    static final String[] MACHINE_PATHS = {"/api/**", "/webhooks/**", "/open311/**"};

    /** Called with an account's API token: the APIs and the actuator (a metrics scraper). */
    static final String[] TOKEN_PATHS = {"/api/**", "/actuator/**"};

    static final String TOKEN_PATH = "/api/v1/auth/token";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Exchanging the account's password for an API token. */
    @Bean
    @Order(1)
    SecurityFilterChain tokenChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(TOKEN_PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiSignInProblems.basic("SatuPintu")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, Accounts accounts) throws Exception {
        OpaqueTokenIntrospector introspector = token -> accounts.actorForToken(token)
                .map(actor -> new DefaultOAuth2AuthenticatedPrincipal(actor.username(), Map.of("actor", actor),
                        AuthorityUtils.createAuthorityList("ROLE_" + actor.role().name())))
                .orElseThrow(() -> new BadOpaqueTokenException("Unknown or revoked token"));
        return http
                .securityMatcher(TOKEN_PATHS)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "SUPERVISOR")
                        .requestMatchers("/api/v1/accounts/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/complaints/**").hasAnyRole("ADMIN", "AGENCY")
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiSignInProblems.bearerToken())
                        .accessDeniedHandler(ApiSignInProblems.forbidden()))
                .oauth2ResourceServer(resource -> resource
                        .authenticationEntryPoint(ApiSignInProblems.bearerToken())
                        .accessDeniedHandler(ApiSignInProblems.forbidden())
                        .opaqueToken(opaque -> opaque
                        .introspector(introspector)
                        // The principal every controller receives is the Actor, as with any other sign-in.
                        .authenticationConverter((token, principal) -> {
                            Actor actor = principal.getAttribute("actor");
                            if (actor == null) {
                                throw new BadCredentialsException("Token without an account");
                            }
                            return new PreAuthenticatedAuthenticationToken(actor, token, principal.getAuthorities());
                        })))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The console: administrators' pages for administrators, agency pages for agency staff. */
    @Bean
    @Order(5)
    SecurityFilterChain consoleChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/login", "/logout", "/console/**")
                .authorizeHttpRequests(auth -> auth
                        // formLogin's own permitAll matches /login only without a query (?lang=en)
                        .requestMatchers("/login").permitAll()
                        .requestMatchers("/console/admin/**").hasRole("ADMIN")
                        .requestMatchers("/console/agency/**").hasRole("AGENCY")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain defaultChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(MACHINE_PATHS))
                .build();
    }
}
