package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.dispatch.Deliveries.Status;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a letter by e-mail, at most once. The send is recorded SENDING (committed) before the server
 * is called; an attempt that finds its own SENDING record does not send again, because the server
 * may have taken the message before the hub stopped: it is marked UNCERTAIN for a person to check
 * by its Message-ID. Only a send that provably did not leave (FAILED) is repeated.
 */
@Component
class EmailSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final Deliveries deliveries;

    EmailSender(MailComposer composer, MailOutbox outbox, Deliveries deliveries) {
        this.composer = composer;
        this.outbox = outbox;
        this.deliveries = deliveries;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Optional<String> send(OutgoingLetter letter) {
        Optional<Deliveries.Delivery> earlier = deliveries.find(letter.actionId(), Channel.EMAIL);
        Status status = earlier.map(Deliveries.Delivery::status).orElse(Status.FAILED);
        switch (status) {
            case SENT, DELIVERED, UNCERTAIN:
                return Optional.of("e-mail sent before");
            case REJECTED, UNDELIVERED:
                return Optional.empty();
            case SENDING:
                if (outbox.overSmtp()) {
                    return Optional.of(uncertain(letter, earlier.get()));
                }
                break;
            default:
                break;
        }
        return sendNow(letter);
    }

    private Optional<String> sendNow(OutgoingLetter letter) {
        MailOutbox.OutgoingMail mail = composer.compose(letter.pending(), letter.connector(), letter.letter(),
                letter.fileName(), letter.pdf());
        deliveries.sending(letter.actionId(), Channel.EMAIL, mail.to(), mail.messageId());
        MailOutbox.Result result;
        try {
            result = outbox.send(mail);
        } catch (MailOutbox.NotSentException e) {
            deliveries.record(letter.actionId(), Channel.EMAIL, Status.FAILED, null, e.getMessage());
            throw e;
        }
        if (result.rejected()) {
            deliveries.record(letter.actionId(), Channel.EMAIL, Status.REJECTED, null, result.reply());
            deliveries.markEmailBad(letter.pending().debtorId());
            deliveries.event(letter.claimId(), "EMAIL_REJECTED", "the mail server refused the address: "
                    + result.reply());
            log.info("E-mail address refused, letter goes by post: claim='{}' action='{}'.", letter.claimId(),
                    letter.actionId());
            return Optional.empty();
        }
        deliveries.record(letter.actionId(), Channel.EMAIL, Status.SENT, mail.messageId(), result.reply());
        return Optional.of(result.reply());
    }

    private String uncertain(OutgoingLetter letter, Deliveries.Delivery earlier) {
        String detail = "e-mail " + earlier.messageId() + " was being sent when the hub stopped; not sent again";
        deliveries.record(letter.actionId(), Channel.EMAIL, Status.UNCERTAIN, null, detail);
        deliveries.event(letter.claimId(), "EMAIL_UNCERTAIN", detail);
        log.warn("E-mail may have left before a restart, not sent again: claim='{}' action='{}' messageId='{}'.",
                letter.claimId(), letter.actionId(), earlier.messageId());
        return detail;
    }
}
