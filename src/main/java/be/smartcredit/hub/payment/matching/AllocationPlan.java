package be.smartcredit.hub.payment.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one movement does to the claims: the amount each one gets (negative for a reversal, which reopens it), what
 * is left over as a credit for the debtor, or why nothing may be applied without a person.
 *
 * @param credit money beyond what the claims owe: kept as a credit on the debtor and a refund to decide on
 * @param heldReason set when a person must look first (such as another currency); then nothing is allocated
 * @param unapplied a reversal's part that found nothing paid to take back
 */
public record AllocationPlan(List<Allocation> allocations, BigDecimal credit, String heldReason,
        BigDecimal unapplied) {

    public AllocationPlan {
        allocations = List.copyOf(allocations);
    }

    /** One claim's share: the amount taken off its open amount, and what stays open after. */
    public record Allocation(ClaimSnapshot claim, BigDecimal amount, BigDecimal openAfter) {
    }

    static AllocationPlan held(String reason) {
        return new AllocationPlan(List.of(), BigDecimal.ZERO, reason, BigDecimal.ZERO);
    }

    public boolean isHeld() {
        return heldReason != null;
    }
}
