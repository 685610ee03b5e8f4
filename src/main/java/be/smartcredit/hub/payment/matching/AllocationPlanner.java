package be.smartcredit.hub.payment.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads a payment over the claims it matched, in the order given (the text's order, or oldest first), and takes
 * a reversal back from the claim it had paid. Money is never converted between currencies.
 */
public final class AllocationPlanner {

    /** Plans a credit: each claim in turn gets what it still owes until the money runs out; the rest is a credit. */
    public AllocationPlan pay(BigDecimal amount, String currency, List<ClaimSnapshot> claims) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment is positive, got " + amount);
        }
        for (ClaimSnapshot claim : claims) {
            if (!claim.currency().equals(currency)) {
                return AllocationPlan.held("paid in " + currency + " for claim " + claim.number() + " in "
                        + claim.currency() + "; never converted, a person decides");
            }
        }

        BigDecimal left = amount;
        List<AllocationPlan.Allocation> allocations = new ArrayList<>();
        for (ClaimSnapshot claim : claims) {
            BigDecimal share = left.min(claim.openAmount().max(BigDecimal.ZERO));
            if (share.signum() > 0) {
                allocations.add(new AllocationPlan.Allocation(claim, share, claim.openAmount().subtract(share)));
                left = left.subtract(share);
            }
        }
        return new AllocationPlan(allocations, left, null, BigDecimal.ZERO);
    }

    /** Plans a reversal (a negative amount): the claim is reopened by what was paid on it, at most. */
    public AllocationPlan reverse(BigDecimal amount, String currency, ClaimSnapshot claim) {
        if (amount.signum() >= 0) {
            throw new IllegalArgumentException("a reversal is negative, got " + amount);
        }
        if (!claim.currency().equals(currency)) {
            return AllocationPlan.held("reversal in " + currency + " for claim " + claim.number() + " in "
                    + claim.currency() + "; never converted, a person decides");
        }

        BigDecimal reopen = amount.negate().min(claim.paidAmount().max(BigDecimal.ZERO));
        BigDecimal unapplied = amount.negate().subtract(reopen);
        if (reopen.signum() == 0) {
            return new AllocationPlan(List.of(), BigDecimal.ZERO, null, unapplied);
        }
        var allocation = new AllocationPlan.Allocation(claim, reopen.negate(), claim.openAmount().add(reopen));
        return new AllocationPlan(List.of(allocation), BigDecimal.ZERO, null, unapplied);
    }
}
