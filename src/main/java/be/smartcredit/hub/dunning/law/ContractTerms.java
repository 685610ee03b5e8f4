package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the client's general terms agree on late payment, where the debtor accepted them: an interest
 * rate in percent a year and a damages clause; either may be absent ({@code null}).
 */
public record ContractTerms(BigDecimal interestRate, DamagesClause damages) {

    /** No clause agreed: the statutory rules apply. */
    public static final ContractTerms NONE = new ContractTerms(null, null);

    public ContractTerms {
        if (interestRate != null) {
            Money.requireNonNegative(interestRate, "contractual interest rate");
        }
    }

    public Optional<BigDecimal> agreedRate() {
        return Optional.ofNullable(interestRate);
    }

    public Optional<DamagesClause> agreedDamages() {
        return Optional.ofNullable(damages);
    }
}
