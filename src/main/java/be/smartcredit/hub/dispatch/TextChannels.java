package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.platform.HubSettings;
import be.smartcredit.hub.platform.OutboundTls;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS and WhatsApp senders, each with its own gateway settings; also binds {@link ChannelSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelSettings.class)
class TextChannels {

    @Bean
    TextSender smsSender(ChannelSettings settings, HubSettings hub, ObjectMapper json, Deliveries deliveries,
            OutboundTls tls) {
        return new TextSender(Channel.SMS, gateway(Channel.SMS, settings.sms(), hub, json, tls), deliveries);
    }

    @Bean
    TextSender whatsappSender(ChannelSettings settings, HubSettings hub, ObjectMapper json, Deliveries deliveries,
            OutboundTls tls) {
        ChannelSettings.Gateway whatsapp = settings.whatsapp();
        return new TextSender(Channel.WHATSAPP, gateway(Channel.WHATSAPP, whatsapp, hub, json, tls), deliveries);
    }

    static TextGateway gateway(Channel channel, ChannelSettings.Gateway settings, HubSettings hub, ObjectMapper json,
            OutboundTls tls) {
        HttpClient http = tls.httpClient(channel.code(), "smartcredit." + channel.code() + ".base-url",
                settings.baseUrl(), Duration.ofSeconds(settings.timeoutSeconds()));
        return new TextGateway(channel, settings, hub, json, http);
    }
}
