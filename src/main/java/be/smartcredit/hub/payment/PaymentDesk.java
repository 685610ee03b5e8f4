package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.matching.ClaimSnapshot;
import be.smartcredit.hub.payment.matching.MatchRule;
import be.smartcredit.hub.payment.matching.PaymentMatcher;
import be.smartcredit.hub.payment.matching.Suggestion;
import be.smartcredit.hub.payment.statement.BankMovement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an agent does with payments: work the unmatched queue, match by hand, undo an allocation. */
@Service
public class PaymentDesk {

    private static final Logger log = LoggerFactory.getLogger(PaymentDesk.class);
    private static final int SUGGESTION_POOL = 500;

    private final Payments payments;
    private final ClaimLedger ledger;
    private final PaymentMatcher matcher = new PaymentMatcher();

    PaymentDesk(Payments payments, ClaimLedger ledger) {
        this.payments = payments;
        this.ledger = ledger;
    }

    /** The lines waiting for a person, each with the best suggestions as the claims stand now. */
    @Transactional(readOnly = true)
    public List<WaitingLine> waiting(int limit) {
        List<WaitingLine> lines = new ArrayList<>();
        for (PaymentLine line : payments.waiting(limit)) {
            BankMovement movement = asMovement(line);
            List<ClaimSnapshot> pool = new ArrayList<>(ledger.openClaims(line.currency(), SUGGESTION_POOL));
            lines.add(new WaitingLine(line, matcher.suggest(movement, pool)));
        }
        return lines;
    }

    /** Puts part of a payment's unallocated rest on a claim that a person chose. */
    @Transactional
    public AllocationView allocate(long paymentId, long claimId, BigDecimal amount) {
        PaymentLine payment = payments.lock(paymentId)
                .orElseThrow(() -> new PaymentNotFoundException("no payment " + paymentId));
        ClaimSnapshot claim = ledger.lockClaim(claimId)
                .orElseThrow(() -> new PaymentNotFoundException("no claim " + claimId));
        checkManualAllocation(payment, claim, amount);

        long id = ledger.allocate(paymentId, claimId, amount, MatchRule.MANUAL);
        BigDecimal rest = payment.unallocatedAmount().subtract(amount);
        payments.changeUnallocated(paymentId, amount.negate(), rest.signum() == 0 ? "MATCHED" : payment.status());
        log.info("Payment matched by hand: payment='{}' claim='{}' allocation='{}'.", paymentId, claimId, id);
        return ledger.lockAllocation(id).orElseThrow();
    }

    /** Undoes an allocation: the claim owes the amount again and the payment has it unallocated again. */
    @Transactional
    public AllocationView undo(long allocationId) {
        AllocationView allocation = ledger.lockAllocation(allocationId)
                .orElseThrow(() -> new PaymentNotFoundException("no allocation " + allocationId));
        if (allocation.isUndone()) {
            throw new PaymentRefusedException("allocation " + allocationId + " was undone before");
        }
        PaymentLine payment = payments.lock(allocation.paymentId()).orElseThrow();

        ledger.undo(allocation);
        payments.changeUnallocated(payment.id(), allocation.amount(), "UNMATCHED");
        return ledger.lockAllocation(allocationId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<AllocationView> allocationsOf(long paymentId) {
        return ledger.allocationsOf(paymentId);
    }

    private static void checkManualAllocation(PaymentLine payment, ClaimSnapshot claim, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new PaymentRefusedException("the amount to allocate must be positive");
        }
        if (amount.compareTo(payment.unallocatedAmount()) > 0) {
            throw new PaymentRefusedException("payment " + payment.id() + " has " + payment.unallocatedAmount()
                    .toPlainString() + " left to allocate, not " + amount.toPlainString());
        }
        if (!claim.currency().equals(payment.currency())) {
            throw new PaymentRefusedException("payment " + payment.id() + " is in " + payment.currency()
                    + ", claim " + claim.id() + " in " + claim.currency() + "; amounts are never converted");
        }
        if (!claim.isOpen() || amount.compareTo(claim.openAmount()) > 0) {
            throw new PaymentRefusedException("claim " + claim.id() + " has " + claim.openAmount().toPlainString()
                    + " open, not " + amount.toPlainString());
        }
    }

    private static BankMovement asMovement(PaymentLine line) {
        return new BankMovement(line.key(), line.amount(), line.currency(), line.bookedOn(), null,
                line.communication(), line.counterparty(), line.counterpartyIban(), line.returned(), line.flags());
    }

    /** One line of the queue and what it might be. */
    public record WaitingLine(PaymentLine payment, List<Suggestion> suggestions) {
    }
}
