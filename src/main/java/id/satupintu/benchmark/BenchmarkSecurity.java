package id.satupintu.benchmark;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The driver calls the ceiling endpoint like a provider calls a webhook: no sign-in, no session. */
@Configuration(proxyBeanMethods = false)
@Profile(BenchmarkInsertController.PROFILE)
class BenchmarkSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain benchmarkChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(BenchmarkInsertController.PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
