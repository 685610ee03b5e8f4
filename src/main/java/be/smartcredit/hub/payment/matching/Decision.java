package be.smartcredit.hub.payment.matching;

import java.math.BigDecimal;
import java.util.List;

/** What to do with one movement: its status, the rule and plan when it matched, suggestions when not, flags. */
public record Decision(PaymentStatus status, MatchRule rule, AllocationPlan plan, List<Suggestion> suggestions,
        List<String> flags) {

    public Decision {
        suggestions = List.copyOf(suggestions);
        flags = List.copyOf(flags);
    }

    /** The part of the movement no claim took: all of it unless it matched. */
    public BigDecimal unallocated(BigDecimal amount) {
        if (status != PaymentStatus.MATCHED) {
            return status == PaymentStatus.REVERSED ? plan.unapplied() : amount;
        }
        return BigDecimal.ZERO;
    }
}
