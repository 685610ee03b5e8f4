package be.smartcredit.hub.payment.matching;

import be.smartcredit.hub.payment.statement.BankMovement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one movement does: a credit is matched and allocated, a returned or reversed payment reopens the
 * claim it had paid, any other debit is the client's own business.
 */
public final class Reconciler {

    private final PaymentMatcher matcher = new PaymentMatcher();
    private final AllocationPlanner planner = new AllocationPlanner();

    /** Decides on a movement given candidate claims (a superset of those that could match). */
    public Decision decide(BankMovement movement, List<ClaimSnapshot> candidates) {
        return movement.isCredit() ? credit(movement, candidates) : debit(movement, candidates);
    }

    /** Holds a movement for a person without looking at claims, such as one from a statement that does not add up. */
    public Decision hold(BankMovement movement, String reason) {
        List<String> flags = new ArrayList<>(movement.flags());
        flags.add(reason);
        return new Decision(PaymentStatus.HELD, null, List.of(), AllocationPlan.held(reason), List.of(), flags);
    }

    private Decision credit(BankMovement movement, List<ClaimSnapshot> candidates) {
        Match match = matcher.match(movement, candidates);
        if (!match.isMatched()) {
            return new Decision(PaymentStatus.UNMATCHED, null, List.of(), null, match.suggestions(), movement.flags());
        }
        AllocationPlan plan = planner.pay(movement.amount(), movement.currency(), match.claims());
        if (plan.isHeld()) {
            return new Decision(PaymentStatus.HELD, match.rule(), match.claims(), plan, List.of(),
                    with(movement, plan.heldReason()));
        }
        String overpaid = "overpaid by " + plan.credit().toPlainString() + ": kept as a credit, refund to decide";
        List<String> flags = plan.credit().signum() > 0 ? with(movement, overpaid) : movement.flags();
        return new Decision(PaymentStatus.MATCHED, match.rule(), match.claims(), plan, List.of(), flags);
    }

    private Decision debit(BankMovement movement, List<ClaimSnapshot> candidates) {
        Optional<ClaimSnapshot> paid = movement.structuredReference()
                .flatMap(reference -> matcher.byReference(reference, candidates))
                .filter(claim -> claim.paidAmount().signum() > 0);
        if (paid.isEmpty()) {
            if (!movement.returned()) {
                return new Decision(PaymentStatus.OUTGOING, null, List.of(), null, List.of(), movement.flags());
            }
            return new Decision(PaymentStatus.UNMATCHED, null, List.of(), null, List.of(),
                    with(movement, "returned payment names no paid claim"));
        }
        AllocationPlan plan = planner.reverse(movement.amount(), movement.currency(), paid.get());
        if (plan.isHeld()) {
            return new Decision(PaymentStatus.HELD, MatchRule.REVERSAL, List.of(paid.get()), plan, List.of(),
                    with(movement, plan.heldReason()));
        }
        List<String> flags = plan.unapplied().signum() > 0
                ? with(movement, "reversal exceeds what was paid by " + plan.unapplied().toPlainString())
                : movement.flags();
        return new Decision(PaymentStatus.REVERSED, MatchRule.REVERSAL, List.of(paid.get()), plan, List.of(), flags);
    }

    private static List<String> with(BankMovement movement, String flag) {
        List<String> flags = new ArrayList<>(movement.flags());
        flags.add(flag);
        return flags;
    }
}
