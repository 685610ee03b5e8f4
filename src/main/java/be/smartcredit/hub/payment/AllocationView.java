package be.smartcredit.hub.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One allocation as stored: which payment put how much on (or took back from) which claim, by which rule. */
public record AllocationView(long id, long paymentId, long claimId, String claimNumber, BigDecimal amount,
        String rule, OffsetDateTime allocatedAt, OffsetDateTime undoneAt) {

    static final String SELECT = """
            SELECT a.id, a.payment_id, a.claim_id, c.number AS claim_number, a.amount, a.rule, a.allocated_at,
                   a.undone_at
              FROM allocations a JOIN claims c ON c.id = a.claim_id""";

    public boolean isUndone() {
        return undoneAt != null;
    }
}
