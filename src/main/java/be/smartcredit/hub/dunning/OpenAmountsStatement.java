package be.smartcredit.hub.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A stand-in statement: the open principal and the fees the steps charged.
 * Limitation: no interest and no lump sum arithmetic; the law package's DebtStatement replaces this class.
 */
public class OpenAmountsStatement implements StatementCalculator {

    @Override
    public Statement statement(DebtorKind debtor, List<Line> claims, BigDecimal feesCharged, LocalDate date) {
        BigDecimal open = claims.stream().map(Line::open).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fees = feesCharged == null ? BigDecimal.ZERO : feesCharged;
        List<String> why = List.of(
                "Open principal of " + claims.size() + " claim(s): " + open.toPlainString() + ".",
                "Fees charged by the steps sent: " + fees.toPlainString() + ".",
                "Interest: not computed yet.");
        return new Statement(date, claims, open, fees, BigDecimal.ZERO, open.add(fees), why);
    }
}
