package be.smartcredit.hub.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal's own security chain, checked before the API's: form login against the portal users (BCrypt), CSRF
 * on, a session cookie; pay pages and the scripts they load are open, admin pages need a portal admin.
 * The API chain (HTTP Basic, stateless) is left as it is for every other path.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity implements WebMvcConfigurer {

    static final String LOGIN = "/portal/login";
    /** The cookie that keeps the page language a user chose (or the pay page set from the debtor's language). */
    static final String LANGUAGE_COOKIE = "portal-language";

    @Bean
    @Order(1)
    SecurityFilterChain portalChain(HttpSecurity http, PortalAccounts accounts, PortalAudit audit)
            throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts::load);
        provider.setPasswordEncoder(PortalAccounts.encoder());
        http.securityMatcher("/portal/**", "/pay/**", "/webjars/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/pay/**", LOGIN, "/portal/portal.css", AccessDeniedPage.PATH)
                        .permitAll()
                        .requestMatchers("/portal/admin/**").hasRole("PORTAL_ADMIN")
                        .requestMatchers("/portal/agent/**").hasAnyRole("PORTAL_AGENT", "PORTAL_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/portal/dashboard", false)
                        .successHandler(loggedIn(audit, accounts)).failureHandler(failed(audit, accounts))
                        .permitAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler(deniedPage()))
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer
                        .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** A refused request is forwarded, with status 403, to the portal's error page. */
    private static AccessDeniedHandler deniedPage() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(AccessDeniedPage.PATH);
        return handler;
    }

    private static AuthenticationSuccessHandler loggedIn(PortalAudit audit, PortalAccounts accounts) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/portal/dashboard");
        return (request, response, authentication) -> {
            accounts.loggedIn(authentication.getName());
            audit.general(authentication.getName(), null, "LOGIN", "logged in to the portal");
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Counts a wrong password towards the lock-out; a locked account is told so (and its attempts not counted). */
    private static AuthenticationFailureHandler failed(PortalAudit audit, PortalAccounts accounts) {
        return (request, response, error) -> {
            String username = String.valueOf(request.getParameter("username"));
            boolean locked = error instanceof LockedException;
            if (error instanceof BadCredentialsException && accounts.find(username).isPresent()) {
                locked = accounts.failedLogin(username);
                audit.general(username, null, locked ? "LOGIN_LOCKED" : "LOGIN_FAILED", "a wrong password was given"
                        + (locked ? "; the account is locked for " + PortalAccounts.LOCK_OUT.toMinutes() + " minutes"
                        : ""));
            }
            response.sendRedirect(request.getContextPath() + LOGIN + (locked ? "?locked" : "?error"));
        };
    }

    /** The page language: the user's choice ({@code ?lang=}), kept in a cookie, else the browser's. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(null);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/portal/**", "/pay/**");
    }
}
