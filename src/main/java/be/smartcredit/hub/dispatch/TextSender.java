package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.dispatch.Deliveries.Status;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a short notice of the letter by SMS or WhatsApp to the debtor's mobile number, once: a
 * retry carries the same idempotency key, and a send found SENDING after a restart is repeated only
 * when the provider honours that key.
 */
class TextSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(TextSender.class);

    private final Channel channel;
    private final TextGateway gateway;
    private final Deliveries deliveries;

    TextSender(Channel channel, TextGateway gateway, Deliveries deliveries) {
        this.channel = channel;
        this.gateway = gateway;
        this.deliveries = deliveries;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Optional<String> send(OutgoingLetter letter) {
        Optional<Deliveries.Delivery> earlier = deliveries.find(letter.actionId(), channel);
        Status status = earlier.map(Deliveries.Delivery::status).orElse(Status.FAILED);
        if (status == Status.SENT || status == Status.DELIVERED || status == Status.UNCERTAIN) {
            return Optional.of(channel.code() + " sent before");
        }
        if (status == Status.REJECTED || status == Status.UNDELIVERED) {
            return Optional.empty();
        }
        if (status == Status.SENDING && gateway.configured() && !gateway.idempotent()) {
            String detail = channel.code() + " was being sent when the hub stopped; not sent again";
            deliveries.record(letter.actionId(), channel, Status.UNCERTAIN, null, detail);
            deliveries.event(letter.claimId(), channel.name() + "_UNCERTAIN", detail);
            return Optional.of(detail);
        }
        return sendNow(letter);
    }

    private Optional<String> sendNow(OutgoingLetter letter) {
        PendingLetter pending = letter.pending();
        String to = PhoneNumbers.mobile(pending.phone(), pending.countryCode()).orElseThrow();
        String reference = "action-" + letter.actionId() + "-" + channel.code();
        deliveries.sending(letter.actionId(), channel, to, reference);
        String providerId;
        try {
            providerId = gateway.send(reference, values(letter, to, reference));
        } catch (TextGateway.GatewayException e) {
            deliveries.record(letter.actionId(), channel, e.permanent() ? Status.REJECTED : Status.FAILED, null,
                    e.getMessage());
            if (!e.permanent()) {
                throw e;
            }
            deliveries.event(letter.claimId(), channel.name() + "_REJECTED", e.getMessage());
            return Optional.empty();
        }
        deliveries.record(letter.actionId(), channel, Status.SENT, providerId, null);
        log.info("Notice sent: claim='{}' action='{}' channel='{}' providerId='{}'.", letter.claimId(),
                letter.actionId(), channel.code(), providerId);
        return Optional.of(providerId);
    }

    private static Map<String, String> values(OutgoingLetter letter, String to, String reference) {
        PendingLetter pending = letter.pending();
        MessageTexts texts = new MessageTexts(letter.letter().language());
        String text = texts.text("notice", pending.number(), letter.letter().creditor().name(),
                texts.money(pending.openAmount(), pending.currency()), texts.date(letter.letter().payBy()),
                letter.letter().communication().formatted());
        return Map.of("to", to, "text", text, "reference", reference, "sender", letter.connector().name());
    }
}
