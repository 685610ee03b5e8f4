package be.smartcredit.hub.payment.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * What to do with one movement: its status, the rule, claims and plan when it matched, suggestions when not, flags.
 *
 * @param matched the claims the rule found, in the order they are paid; empty when none
 */
public record Decision(PaymentStatus status, MatchRule rule, List<ClaimSnapshot> matched, AllocationPlan plan,
        List<Suggestion> suggestions, List<String> flags) {

    public Decision {
        matched = List.copyOf(matched);
        suggestions = List.copyOf(suggestions);
        flags = List.copyOf(flags);
    }

    /** The part of the movement no claim took: all of it unless it matched. */
    public BigDecimal unallocated(BigDecimal amount) {
        if (status != PaymentStatus.MATCHED) {
            return status == PaymentStatus.REVERSED ? plan.unapplied().negate() : amount;
        }
        return BigDecimal.ZERO;
    }
}
