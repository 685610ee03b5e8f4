package be.smartcredit.hub.dispatch;

import java.util.Collection;
import java.util.List;

/**
 * Decides which channels a step uses for one debtor: the step's channels in order, less those the
 * debtor cannot be reached by; and whether post must follow because no channel carried the letter.
 */
final class ChannelChoice {

    private ChannelChoice() {
    }

    /** What is known of the debtor's contact data. */
    record Reachability(boolean email, boolean mobile) {

        boolean reaches(Channel channel) {
            return switch (channel) {
                case EMAIL -> email;
                case SMS, WHATSAPP -> mobile;
                case POST -> true;
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

    /** The letter always leaves: when neither e-mail nor post carried it, it goes by post. */
    static boolean postNeeded(Collection<Channel> delivered) {
        return delivered.stream().noneMatch(Channel::carriesLetter);
    }
}
