package be.smartcredit.hub.dispatch;

import java.util.Locale;
import java.util.Optional;

/** A way a dunning step reaches the debtor; e-mail and post carry the letter, SMS and WhatsApp a short notice. */
public enum Channel {
    EMAIL,
    POST,
    SMS,
    WHATSAPP;

    /** Whether the channel carries the letter itself (the PDF). */
    public boolean carriesLetter() {
        return this == EMAIL || this == POST;
    }

    /** The way the dunning engine counts a letter's term when this channel carries it; empty for a notice. */
    public Optional<be.smartcredit.hub.dunning.Channel> letterChannel() {
        return switch (this) {
            case EMAIL -> Optional.of(be.smartcredit.hub.dunning.Channel.EMAIL);
            case POST -> Optional.of(be.smartcredit.hub.dunning.Channel.POST);
            default -> Optional.empty();
        };
    }

    /** The channel as written in {@code dispatch.yaml} and in the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
