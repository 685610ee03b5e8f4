package be.smartcredit.hub.dispatch;

import java.time.ZonedDateTime;

/** When the debtor may be contacted by SMS or WhatsApp: the first allowed moment at or after a given one. */
public interface ContactWindow {

    ZonedDateTime nextAllowed(ZonedDateTime at);
}
