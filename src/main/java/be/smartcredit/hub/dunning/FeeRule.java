package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the dunning engine needs from the law about fees: what a step may really charge, claim by claim. */
public interface FeeRule {

    /**
     * The fee a step charges on each of its claims given what the procedure asks; {@code freeReminderDone} says
     * whether every claim on the letter has had its free first reminder and that reminder's term has ended.
     */
    Fee fee(StepKind kind, FeePolicy asked, DebtorKind debtor, boolean freeReminderDone, List<ClaimDue> claims);

    /**
     * One claim a step is about.
     *
     * @param claimId the claim
     * @param open what is open of it
     * @param alreadyCharged whether an earlier step already charged its lump sum or compensation
     */
    record ClaimDue(long claimId, BigDecimal open, boolean alreadyCharged) {
    }

    /**
     * The fee charged per claim, and when the law changed what the procedure asked, the reason and the rule.
     *
     * @param perClaim the fee on each claim, zero for none
     * @param lawNote why the law changed the fee, or {@code null}
     * @param rule the legal rule applied, or {@code null}
     */
    record Fee(Map<Long, BigDecimal> perClaim, String lawNote, String rule) {

        public Fee {
            perClaim = Map.copyOf(perClaim);
        }

        /** The step's whole fee. */
        public BigDecimal amount() {
            return perClaim.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal on(long claimId) {
            return perClaim.getOrDefault(claimId, BigDecimal.ZERO);
        }
    }
}
