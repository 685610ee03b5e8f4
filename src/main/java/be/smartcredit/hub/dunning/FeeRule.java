package be.smartcredit.hub.dunning;

import java.math.BigDecimal;

/** What the dunning engine needs from the law about fees: what a step may really charge. */
public interface FeeRule {

    /**
     * The fee a step charges given what the procedure asks; {@code freeReminderDone} says whether every
     * claim on the letter has had its free first reminder and that reminder's term has ended.
     */
    Fee fee(StepKind kind, FeePolicy asked, DebtorKind debtor, boolean freeReminderDone, BigDecimal open);

    /**
     * The fee charged, and when the law changed what the procedure asked, the reason and the rule.
     *
     * @param amount the fee, zero for none
     * @param lawNote why the law changed the fee, or {@code null}
     * @param rule the legal rule applied, or {@code null}
     */
    record Fee(BigDecimal amount, String lawNote, String rule) {
    }
}
