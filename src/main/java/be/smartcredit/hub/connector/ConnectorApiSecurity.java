package be.smartcredit.hub.connector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets clients' systems reach {@code POST /api/v1/connectors/{id}/documents} without the admin account: the
 * endpoint checks the connector's own bearer token itself. Every other path keeps the admin rules.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain connectorDocuments(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/connectors/*/documents")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
