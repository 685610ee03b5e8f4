package be.smartcredit.hub.dispatch;

import java.util.Optional;

/** Sends a letter by one channel. */
interface ChannelSender {

    Channel channel();

    /**
     * Sends the letter, or finds it sent by an earlier attempt; says where it went, or nothing when the
     * recipient was refused for good. Throws when the send failed and may be tried again.
     */
    Optional<String> send(OutgoingLetter letter);
}
