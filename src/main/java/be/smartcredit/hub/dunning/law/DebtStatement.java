package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a debtor owes on one claim on a given day and why: the principal, what was paid or credited,
 * the open principal, the interest periods, the lump sum or flat compensation, the total, and every
 * rule decision taken on the way. Letters, the API and the portal all show this one statement.
 */
public record DebtStatement(String reference, LocalDate on, DebtorType debtorType, BigDecimal principal,
        List<Settlement> settlements, BigDecimal settled, BigDecimal openPrincipal, List<InterestPeriod> interest,
        BigDecimal interestTotal, LumpSum compensation, BigDecimal total, List<String> decisions) {

    public DebtStatement {
        settlements = List.copyOf(settlements);
        interest = List.copyOf(interest);
        decisions = List.copyOf(decisions);
    }
}
