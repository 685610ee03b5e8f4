package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the dunning engine needs from the law to say what a debtor owes on a day, and why. */
public interface StatementCalculator {

    Statement statement(DebtorKind debtor, List<Line> claims, BigDecimal feesCharged, LocalDate date);

    /**
     * One claim of the dossier.
     *
     * @param claimId the claim
     * @param number the invoice number
     * @param dueDate the due date
     * @param principal the invoice amount
     * @param open what is still open of the principal
     */
    record Line(long claimId, String number, LocalDate dueDate, BigDecimal principal, BigDecimal open) {
    }

    /**
     * What is owed on {@code date}: per claim and in total, with one sentence per component saying why.
     *
     * @param date the day
     * @param lines the claims
     * @param principalOpen the open principal of all claims
     * @param fees the fees and lump sums owed
     * @param interest the interest owed
     * @param total what the debtor owes in all
     * @param explanation why, one sentence per component
     */
    record Statement(LocalDate date, List<Line> lines, BigDecimal principalOpen, BigDecimal fees,
            BigDecimal interest, BigDecimal total, List<String> explanation) {
    }
}
