package be.smartcredit.hub.dispatch;

import java.util.List;
import java.util.Map;

/**
 * How one connector's steps leave: an ordered channel list per step, with a default for steps not
 * named, and whether formal notices go by registered mail.
 *
 * @param defaults the channels of a step that has no entry of its own
 * @param steps the channels per step, keyed by step name ({@code REMINDER_1})
 * @param registeredFormalNotice whether formal notices are posted as registered mail
 * @param colour whether letters are printed in colour
 */
public record ChannelRules(StepChannels defaults, Map<String, StepChannels> steps, boolean registeredFormalNotice,
        boolean colour) {

    /** E-mail when the debtor has a valid address, else post: the rules when a connector says nothing. */
    public static final ChannelRules DEFAULT = new ChannelRules(
            new StepChannels(List.of(Channel.EMAIL, Channel.POST), DeliveryMode.FIRST), Map.of(), false, false);

    public ChannelRules {
        steps = Map.copyOf(steps);
    }

    public StepChannels forStep(String step) {
        return steps.getOrDefault(step, defaults);
    }

    /** Whether the first channel that delivers ends the step, or every reachable channel is used. */
    public enum DeliveryMode {
        FIRST,
        ALL
    }

    /** The channels of one step, in order of preference, and the mode that combines them. */
    public record StepChannels(List<Channel> channels, DeliveryMode mode) {

        public StepChannels {
            channels = List.copyOf(channels);
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("a step needs at least one channel");
            }
        }
    }
}
