package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.law.BusinessCompensation;
import be.smartcredit.hub.dunning.law.ConsumerDamages;
import be.smartcredit.hub.dunning.law.ContractTerms;
import be.smartcredit.hub.dunning.law.LumpSum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fees as the law allows them, once per claim and never per letter: nothing on a consumer's free first
 * reminder or before its term ended, then at most the Book XIX lump sum; a business pays the flat EUR 40 of
 * the Law of 2 August 2002. A procedure asking more gets the legal maximum, and the note says why.
 */
class LawFeeRule implements FeeRule {

    static final String FREE_REMINDER = "book-xix-free-first-reminder";
    static final String CONSUMER_LUMP_SUM = "book-xix-lump-sum";
    static final String BUSINESS_COMPENSATION = "late-payment-act-compensation";
    static final String ONCE_PER_CLAIM = "lump-sum-once-per-claim";

    @Override
    public Fee fee(StepKind kind, FeePolicy asked, DebtorKind debtor, boolean freeReminderDone,
            List<ClaimDue> claims) {
        if (asked.kind() == FeePolicy.Kind.NONE) {
            return new Fee(Map.of(), null, null);
        }
        if (debtor == DebtorKind.CONSUMER && (kind == StepKind.REMINDER_1 || !freeReminderDone)) {
            return new Fee(Map.of(), "the procedure asked a " + asked.kind().name().toLowerCase()
                    + " fee; a consumer pays no cost before the free first reminder's term has ended", FREE_REMINDER);
        }

        Map<Long, BigDecimal> perClaim = new HashMap<>();
        List<String> notes = new ArrayList<>();
        String rule = null;
        for (ClaimDue claim : claims) {
            if (claim.alreadyCharged()) {
                notes.add("claim " + claim.claimId() + " was charged its lump sum on an earlier step; it is charged"
                        + " once per claim, not per letter");
                rule = rule == null ? ONCE_PER_CLAIM : rule;
                continue;
            }
            LumpSum maximum = maximum(debtor, claim.open());
            perClaim.put(claim.claimId(), allowed(asked, maximum));
            if (asked.kind() == FeePolicy.Kind.FIXED && asked.amount().compareTo(maximum.amount()) > 0) {
                notes.add("the procedure asked " + asked.amount().toPlainString() + " on claim " + claim.claimId()
                        + "; the law allows at most " + maximum.amount().toPlainString() + ": " + maximum.rule());
                rule = debtor == DebtorKind.CONSUMER ? CONSUMER_LUMP_SUM : BUSINESS_COMPENSATION;
            }
        }
        return new Fee(perClaim, notes.isEmpty() ? null : String.join("; ", notes), rule);
    }

    /**
     * The most the law allows on one claim.
     * Limitation: a business's higher recovery costs on proof, or a damages clause of the client's general
     * terms, are not claimed: the flat EUR 40 is the most a step charges a business.
     */
    private static LumpSum maximum(DebtorKind debtor, BigDecimal open) {
        return debtor == DebtorKind.CONSUMER
                ? ConsumerDamages.maximumFor(open)
                : BusinessCompensation.forInvoice(open, ContractTerms.NONE);
    }

    private static BigDecimal allowed(FeePolicy asked, LumpSum maximum) {
        if (asked.kind() == FeePolicy.Kind.LEGAL) {
            return maximum.amount();
        }
        return asked.amount().min(maximum.amount());
    }
}
