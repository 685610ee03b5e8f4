package be.smartcredit.hub.dispatch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides a {@link ContactWindow} that allows every moment, until the legal contact hours are wired in. */
@Configuration(proxyBeanMethods = false)
class AlwaysOpenContactWindow {

    // Limitation: quiet hours (22:00-08:00), Sundays and public holidays are not applied to SMS and
    // WhatsApp yet; dunning.law.ContactHours will replace this bean.
    @Bean
    @ConditionalOnMissingBean(ContactWindow.class)
    ContactWindow contactWindow() {
        return at -> at;
    }
}
