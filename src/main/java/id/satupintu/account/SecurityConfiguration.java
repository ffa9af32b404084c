package id.satupintu.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Which paths are open to everyone. Citizens (web chat, classification) and providers (webhooks,
 * which verify their own signatures) never sign in; agency APIs and the console always do.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/", "/index.html", "/webchat/**", "/favicon.ico", "/error",
            "/api/v1/classify", "/api/v1/webchat/**",
            "/webhooks/**", "/open311/**",
            "/actuator/health/**", "/v3/api-docs/**"
    };

    /** Paths called by machines, not browsers: no session, no CSRF token to carry. */
    static final String[] MACHINE_PATHS = {"/api/**", "/webhooks/**", "/open311/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(MACHINE_PATHS))
                .build();
    }
}
