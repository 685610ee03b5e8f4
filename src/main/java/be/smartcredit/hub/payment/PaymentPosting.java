package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.matching.AllocationPlan;
import be.smartcredit.hub.payment.matching.ClaimSnapshot;
import be.smartcredit.hub.payment.matching.Decision;
import be.smartcredit.hub.payment.matching.MatchRule;
import be.smartcredit.hub.payment.matching.Reconciler;
import be.smartcredit.hub.payment.statement.BankMovement;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts one received movement: stores it once, lets the {@link Reconciler} decide, and carries the decision out on
 * the claims, all in the caller's transaction.
 */
@Service
public class PaymentPosting {

    private final Payments payments;
    private final ClaimLedger ledger;
    private final Reconciler reconciler = new Reconciler();

    PaymentPosting(Payments payments, ClaimLedger ledger) {
        this.payments = payments;
        this.ledger = ledger;
    }

    /**
     * Posts a movement of a statement or a webhook.
     *
     * @param holdReason when not null, the movement is stored and held for a person with this reason
     * @return the decision, or empty when the movement had been posted before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Decision> post(Long statementId, String webhookId, BankMovement movement, String holdReason) {
        Optional<Long> paymentId = payments.record(statementId, webhookId, movement);
        if (paymentId.isEmpty()) {
            return Optional.empty();
        }

        Decision decision = holdReason != null ? reconciler.hold(movement, holdReason)
                : reconciler.decide(movement, ledger.candidatesFor(movement));
        carryOut(paymentId.get(), movement, decision);
        payments.decide(paymentId.get(), decision, decision.unallocated(movement.amount()));
        return Optional.of(decision);
    }

    private void carryOut(long paymentId, BankMovement movement, Decision decision) {
        AllocationPlan plan = decision.plan();
        if (plan == null || plan.isHeld()) {
            return;
        }
        for (AllocationPlan.Allocation allocation : plan.allocations()) {
            ledger.allocate(paymentId, allocation.claim().id(), allocation.amount(), decision.rule());
        }
        ClaimSnapshot first = decision.matched().get(0);
        if (plan.credit().signum() > 0) {
            ledger.credit(paymentId, first, plan.credit(), movement.currency());
        }
        if (decision.rule() == MatchRule.REFERENCE || decision.rule() == MatchRule.INVOICE_NUMBER) {
            ledger.learnAccount(first.debtorId(), movement.counterpartyIban());
        }
    }
}
