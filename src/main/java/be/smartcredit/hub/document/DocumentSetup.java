package be.smartcredit.hub.document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One letter renderer for the whole hub: its FOP factory, fonts and templates are built once. */
@Configuration(proxyBeanMethods = false)
class DocumentSetup {

    @Bean
    LetterRenderer letterRenderer() {
        return new LetterRenderer();
    }
}
