package be.smartcredit.hub.payment.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A claim as the matcher sees it at one moment: what it is, whose it is, and how much is still open.
 *
 * @param communication the claim's twelve structured-communication digits
 * @param debtorIbans accounts the debtor is known to pay from (learned from earlier matched payments)
 */
public record ClaimSnapshot(
        long id,
        String connectorId,
        long debtorId,
        String debtorName,
        String number,
        String currency,
        BigDecimal amount,
        BigDecimal openAmount,
        String status,
        LocalDate dueDate,
        String communication,
        Set<String> debtorIbans) {

    public ClaimSnapshot {
        debtorIbans = Set.copyOf(debtorIbans);
    }

    public boolean isOpen() {
        return "OPEN".equals(status) && openAmount.signum() > 0;
    }

    /** What has been paid on it so far. */
    public BigDecimal paidAmount() {
        return amount.subtract(openAmount);
    }

    /** The same claim with another open amount and the status that follows from it. */
    public ClaimSnapshot withOpenAmount(BigDecimal open) {
        return new ClaimSnapshot(id, connectorId, debtorId, debtorName, number, currency, amount, open,
                open.signum() > 0 ? "OPEN" : "PAID", dueDate, communication, debtorIbans);
    }
}
