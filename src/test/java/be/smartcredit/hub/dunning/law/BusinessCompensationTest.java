package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BusinessCompensationTest {

    @Test
    void claimsAFlatFortyEurosPerLateInvoice() {
        LumpSum compensation = BusinessCompensation.forInvoice(new BigDecimal("12.00"), ContractTerms.NONE);

        assertThat(compensation.amount()).isEqualByComparingTo("40.00");
        assertThat(compensation.rule()).contains("flat EUR 40", "Law of 2 August 2002, art. 6");
    }

    @Test
    void replacesTheFlatSumByTheAgreedDamagesClause() {
        ContractTerms terms = new ContractTerms(null, new DamagesClause(new BigDecimal("10"), new BigDecimal("50")));

        LumpSum onSmallInvoice = BusinessCompensation.forInvoice(new BigDecimal("200.00"), terms);
        LumpSum onLargeInvoice = BusinessCompensation.forInvoice(new BigDecimal("2345.67"), terms);

        assertThat(onSmallInvoice.amount()).as("minimum").isEqualByComparingTo("50.00");
        // 10% of 2,345.67 = 234.567, rounded half up.
        assertThat(onLargeInvoice.amount()).isEqualByComparingTo("234.57");
        assertThat(onLargeInvoice.rule()).contains("10% with a minimum of EUR 50.00", "replacing the flat EUR 40");
    }

    @Test
    void claimsNoCompensationOnAnInvoicePaidByItsDueDate() {
        LumpSum compensation = BusinessCompensation.forInvoice(BigDecimal.ZERO, ContractTerms.NONE);

        assertThat(compensation.amount()).isEqualByComparingTo("0");
    }
}
