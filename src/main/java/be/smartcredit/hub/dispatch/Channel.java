package be.smartcredit.hub.dispatch;

import java.util.Locale;

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

    /** The channel as written in {@code dispatch.yaml} and in the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
