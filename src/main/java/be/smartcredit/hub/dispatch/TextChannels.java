package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS and WhatsApp senders, each with its own gateway settings; also binds {@link ChannelSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelSettings.class)
class TextChannels {

    @Bean
    TextSender smsSender(ChannelSettings settings, HubSettings hub, ObjectMapper json, Deliveries deliveries) {
        return new TextSender(Channel.SMS, new TextGateway(Channel.SMS, settings.sms(), hub, json), deliveries);
    }

    @Bean
    TextSender whatsappSender(ChannelSettings settings, HubSettings hub, ObjectMapper json, Deliveries deliveries) {
        ChannelSettings.Gateway whatsapp = settings.whatsapp();
        return new TextSender(Channel.WHATSAPP, new TextGateway(Channel.WHATSAPP, whatsapp, hub, json), deliveries);
    }
}
