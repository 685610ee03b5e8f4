package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a procedure, as data.
 *
 * @param kind what the step is
 * @param days how many days after {@code after} the step is due
 * @param after what the delay counts from
 * @param channels the channels to try, in order (the first one the debtor can be reached by is used)
 * @param template the letter template's name
 * @param debtors the debtor kinds the step applies to
 * @param minimumOpen the open amount the step's claims must reach together, or {@code null}
 * @param fee what the step may charge
 * @param termDays the days the step gives the debtor to pay
 * @param needsApproval whether escalating into the step waits for the client's approval
 */
public record ProcedureStep(
        StepKind kind,
        int days,
        Anchor after,
        List<Channel> channels,
        String template,
        Set<DebtorKind> debtors,
        BigDecimal minimumOpen,
        FeePolicy fee,
        int termDays,
        boolean needsApproval) {

    /** What a step's delay counts from. */
    public enum Anchor {
        ISSUE_DATE,
        DUE_DATE,
        PREVIOUS_TERM
    }

    public ProcedureStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(after, "after");
        channels = List.copyOf(channels);
        debtors = Set.copyOf(debtors);
        Objects.requireNonNull(fee, "fee");
    }

    /** The same step, waiting for the client's approval before it is taken. */
    public ProcedureStep requiringApproval() {
        return new ProcedureStep(kind, days, after, channels, template, debtors, minimumOpen, fee, termDays, true);
    }

    /** Whether the step applies to this debtor with this much open on its letter. */
    public boolean appliesTo(DebtorKind debtor, BigDecimal open) {
        return debtors.contains(debtor) && (minimumOpen == null || open.compareTo(minimumOpen) >= 0);
    }

    /** The first channel of the step the debtor can be reached by; post is always possible. */
    public Channel channelFor(boolean debtorHasEmail) {
        return channels.stream().filter(c -> c != Channel.EMAIL || debtorHasEmail).findFirst().orElse(Channel.POST);
    }
}
