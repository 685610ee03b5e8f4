package be.smartcredit.hub.dunning;

import be.smartcredit.hub.dunning.law.InterestPeriod;
import be.smartcredit.hub.dunning.law.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the dunning engine needs from the law to say what a debtor owes on a day, and why. */
public interface StatementCalculator {

    Statement statement(DebtorKind debtor, List<Line> claims, LocalDate date);

    /**
     * One claim of the dossier as stored.
     *
     * @param claimId the claim
     * @param number the invoice number
     * @param issueDate the invoice date
     * @param dueDate the due date
     * @param principal the invoice amount
     * @param settlements the payments and credits that lowered it, dated
     * @param firstReminderTermEnded the last day of its first reminder's term, or {@code null} before one
     * @param feeCharged the lump sum or compensation the procedure's steps charged on it
     */
    record Line(long claimId, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal principal,
            List<Settlement> settlements, LocalDate firstReminderTermEnded, BigDecimal feeCharged) {

        public Line {
            settlements = List.copyOf(settlements);
        }
    }

    /**
     * What one claim owes on the day.
     *
     * @param claimId the claim
     * @param number the invoice number
     * @param issueDate the invoice date
     * @param dueDate the due date
     * @param principal the invoice amount
     * @param paid the payments received up to the day
     * @param credited the credits granted up to the day
     * @param open the open principal
     * @param settlements the payments and credits, dated
     * @param interest the interest periods with their rate and legal basis
     * @param interestTotal the interest owed
     * @param fee the lump sum or compensation owed
     * @param feeRule the rule that set the fee
     * @param total what the claim owes in all
     * @param explanation every rule decision, in words
     */
    record ClaimStatement(long claimId, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal principal,
            BigDecimal paid, BigDecimal credited, BigDecimal open, List<Settlement> settlements,
            List<InterestPeriod> interest, BigDecimal interestTotal, BigDecimal fee, String feeRule, BigDecimal total,
            List<String> explanation) {
    }

    /**
     * What is owed on {@code date}: per claim and in total, with the reasons.
     *
     * @param date the day
     * @param debtor consumer or business, which decides the law applied
     * @param claims the claims
     * @param principal the claims' amounts
     * @param paid the payments received
     * @param credited the credits granted
     * @param principalOpen the open principal of all claims
     * @param interest the interest owed
     * @param fees the lump sums and compensation owed
     * @param total what the debtor owes on the claims in all (partner costs apart)
     * @param explanation why, one sentence per decision
     * @param partnerCosts the costs partners advanced, on a line of their own
     */
    record Statement(LocalDate date, DebtorKind debtor, List<ClaimStatement> claims, BigDecimal principal,
            BigDecimal paid, BigDecimal credited, BigDecimal principalOpen, BigDecimal interest, BigDecimal fees,
            BigDecimal total, List<String> explanation, PartnerCosts partnerCosts) {

        /** This statement with the partners' costs on their own line, and why they are (not) charged. */
        public Statement withPartnerCosts(PartnerCosts costs) {
            List<String> why = new java.util.ArrayList<>(explanation);
            if (costs.advanced().signum() > 0) {
                why.add(costs.explanation());
            }
            return new Statement(date, debtor, claims, principal, paid, credited, principalOpen, interest, fees,
                    total, List.copyOf(why), costs);
        }
    }
}
