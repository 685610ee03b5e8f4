package be.smartcredit.hub.dispatch;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What became of one dispatch of a letter: the channels it left by (and where), and the channels held
 * back by the contact hours (and until when).
 */
final class SendOutcome {

    private final ZonedDateTime at;
    private final Map<Channel, String> sent = new EnumMap<>(Channel.class);
    private final Map<Channel, ZonedDateTime> held = new EnumMap<>(Channel.class);

    SendOutcome(ZonedDateTime at) {
        this.at = at;
    }

    ZonedDateTime at() {
        return at;
    }

    void sent(Channel channel, String where) {
        sent.put(channel, where);
    }

    void held(Channel channel, ZonedDateTime until) {
        held.put(channel, until);
    }

    Map<Channel, String> sent() {
        return sent;
    }

    /** The channels that carry the step, now or when their window opens. */
    Set<Channel> taken() {
        Set<Channel> taken = EnumSet.noneOf(Channel.class);
        taken.addAll(sent.keySet());
        taken.addAll(held.keySet());
        return taken;
    }

    boolean carried() {
        return taken().stream().anyMatch(Channel::carriesLetter);
    }

    /** The earliest moment a held channel may be used; empty when nothing is held. */
    Optional<ZonedDateTime> heldUntil() {
        return held.values().stream().min(Comparator.naturalOrder());
    }

    String sentList() {
        return list(sent.keySet());
    }

    String heldList() {
        return list(held.keySet());
    }

    private static String list(Set<Channel> channels) {
        return channels.stream().map(Channel::code).collect(Collectors.joining(", "));
    }
}
