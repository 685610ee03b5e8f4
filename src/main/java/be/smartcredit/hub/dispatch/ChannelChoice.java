package be.smartcredit.hub.dispatch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Decides which channels a step uses for one debtor: the step's channels in order, less those the
 * debtor cannot be reached by; and which channel must follow because no channel carried the letter.
 */
final class ChannelChoice {

    private ChannelChoice() {
    }

    /** What is known of the debtor's contact data: a usable e-mail address, mobile number, postal address. */
    record Reachability(boolean email, boolean mobile, boolean postal) {

        boolean reaches(Channel channel) {
            return switch (channel) {
                case EMAIL -> email;
                case SMS, WHATSAPP -> mobile;
                case POST -> postal;
            };
        }
    }

    /** The channels to try, in order. */
    static List<Channel> candidates(ChannelRules.StepChannels step, Reachability reach) {
        return step.channels().stream().filter(reach::reaches).toList();
    }

    /** Whether, with these channels done, the next candidate is still to be tried. */
    static boolean tryNext(ChannelRules.DeliveryMode mode, Collection<Channel> delivered) {
        return mode == ChannelRules.DeliveryMode.ALL || delivered.isEmpty();
    }

    /**
     * The channel that must still carry the letter when neither e-mail nor post did: post when the debtor
     * has a postal address, else e-mail when it has an address; nothing when the letter cannot be carried.
     */
    static Optional<Channel> fallback(Collection<Channel> delivered, Reachability reach) {
        if (delivered.stream().anyMatch(Channel::carriesLetter)) {
            return Optional.empty();
        }
        if (reach.postal()) {
            return Optional.of(Channel.POST);
        }
        return reach.email() && !delivered.contains(Channel.EMAIL) ? Optional.of(Channel.EMAIL) : Optional.empty();
    }
}
