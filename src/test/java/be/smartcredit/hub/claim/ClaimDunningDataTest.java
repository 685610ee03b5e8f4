package be.smartcredit.hub.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimDunningDataTest {

    @Test
    void findsNothingMissingInASoundClaim() {
        ClaimDocument claim = claim("F-2024-001", "Hotel Local SPRL", "121.00", "EUR", LocalDate.of(2024, 3, 1), null);

        List<String> problems = DunningDataCheck.dunningDataProblems(claim);

        assertThat(problems).isEmpty();
    }

    @Test
    void acceptsADueDateWithoutAnIssueDate() {
        ClaimDocument claim = claim("F-2024-001", "Hotel Local SPRL", "121.00", "EUR", null, LocalDate.of(2024, 4, 1));

        List<String> problems = DunningDataCheck.dunningDataProblems(claim);

        assertThat(problems).isEmpty();
    }

    @Test
    void namesEveryMissingElement() {
        ClaimDocument claim = claim(" ", null, null, null, null, null);

        List<String> problems = DunningDataCheck.dunningDataProblems(claim);

        assertThat(problems).hasSize(5);
        assertThat(String.join("\n", problems)).contains("cbc:ID", "cac:AccountingCustomerParty",
                "cbc:PayableAmount", "cbc:DocumentCurrencyCode is missing", "cbc:IssueDate");
    }

    @Test
    void refusesACurrencyThatIsNotIso4217() {
        ClaimDocument claim = claim("F-2024-001", "Hotel Local SPRL", "121.00", "EURO", LocalDate.of(2024, 3, 1), null);

        List<String> problems = DunningDataCheck.dunningDataProblems(claim);

        assertThat(problems).containsExactly("cbc:DocumentCurrencyCode 'EURO' is not an ISO 4217 currency");
    }

    private static ClaimDocument claim(String number, String debtorName, String amount, String currency,
            LocalDate issueDate, LocalDate dueDate) {
        ClaimParty debtor = new ClaimParty(debtorName, null, null, null, null, null, null, null, null);
        BigDecimal payable = amount == null ? null : new BigDecimal(amount);
        return new ClaimDocument(DocumentType.INVOICE, "380", number, issueDate, dueDate, currency, payable, null,
                null, null, null, null, null, null, null, null, null, debtor, null);
    }
}
