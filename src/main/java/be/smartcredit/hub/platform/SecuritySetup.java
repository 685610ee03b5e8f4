package be.smartcredit.hub.platform;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: the API takes HTTP Basic, health is public, the payment, bounce and delivery-report
 * webhooks are open to signed bodies only, everything else needs the admin.
 * The admin password comes from {@code smartcredit.security.admin-password}; when that is empty a
 * random one is generated and logged once.
 */
@Configuration(proxyBeanMethods = false)
class SecuritySetup {

    static final String ADMIN = "ADMIN";
    static final String PAYMENT_WEBHOOK = "/api/v1/payments/webhook";
    /** The mail bounce and gateway delivery-report webhooks, checked by their signatures (dispatch). */
    static final String[] CHANNEL_WEBHOOKS = {"/api/v1/mail/bounces", "/api/v1/sms/status", "/api/v1/whatsapp/status",
        "/api/v1/partners/*/status"};

    private static final Logger log = LoggerFactory.getLogger(SecuritySetup.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        // Payment providers cannot do Basic auth; the controller reads only correctly signed bodies.
                        .requestMatchers(HttpMethod.POST, PAYMENT_WEBHOOK).permitAll()
                        .requestMatchers(HttpMethod.POST, CHANNEL_WEBHOOKS).permitAll()
                        .requestMatchers("/api/**").hasRole(ADMIN)
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(Customizer.withDefaults())
                // The API is called by machines with Basic credentials, not by browsers with a session cookie.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                // Every API call carries its credentials; no session cookie is handed out.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(HubSettings settings, PasswordEncoder encoder) {
        String password = settings.security().adminPassword();
        if (password == null || password.isBlank()) {
            password = randomPassword();
            log.warn("No admin password set (SMARTCREDIT_SECURITY_ADMIN_PASSWORD); generated for this run: {}",
                    password);
        }
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password(encoder.encode(password)).roles(ADMIN).build());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
