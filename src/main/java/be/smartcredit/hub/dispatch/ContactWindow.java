package be.smartcredit.hub.dispatch;

import java.time.ZonedDateTime;

/** When a debtor may be contacted by a channel: the first allowed moment at or after a given one. */
public interface ContactWindow {

    ZonedDateTime nextAllowed(Channel channel, ZonedDateTime at);

    /** Whether the channel may reach the debtor at that moment. */
    default boolean isOpen(Channel channel, ZonedDateTime at) {
        return !nextAllowed(channel, at).isAfter(at);
    }
}
