package be.smartcredit.hub.dunning;

import java.math.BigDecimal;

/**
 * A stand-in for the legal fee rules: no fee on a consumer before the free first reminder's term ended,
 * EUR 40 compensation for a business, the fixed amount otherwise.
 * Limitation: the consumer lump sum (Book XIX scale) and interest are not computed here (zero); the law
 * package's lump sum, BusinessCompensation and InterestCalculator replace this class.
 */
public class SimpleFeeRule implements FeeRule {

    static final BigDecimal BUSINESS_COMPENSATION = new BigDecimal("40.00");

    @Override
    public Fee fee(StepKind kind, FeePolicy asked, DebtorKind debtor, boolean freeReminderDone, BigDecimal open) {
        if (asked.kind() == FeePolicy.Kind.NONE) {
            return new Fee(BigDecimal.ZERO, null, null);
        }
        if (debtor == DebtorKind.CONSUMER && (kind == StepKind.REMINDER_1 || !freeReminderDone)) {
            return new Fee(BigDecimal.ZERO, "the procedure asked a " + asked.kind().name().toLowerCase()
                    + " fee; a consumer pays no cost before the free first reminder's term has ended",
                    "book-xix-free-first-reminder");
        }
        if (asked.kind() == FeePolicy.Kind.FIXED) {
            return new Fee(asked.amount(), null, null);
        }
        return new Fee(debtor == DebtorKind.BUSINESS ? BUSINESS_COMPENSATION : BigDecimal.ZERO, null, null);
    }
}
