package be.smartcredit.hub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.payment.statement.BalanceVerdict;
import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.BankStatement;
import be.smartcredit.hub.payment.statement.StatementFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFingerprintTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 12);

    @Test
    void givesTheSameStatementReadAgainTheSameFingerprint() {
        BankStatement first = statement(movement("1/0", "20.00", "Invoice 7"));
        BankStatement again = statement(movement("1/0", "20.0", "Invoice 7"));

        String firstPrint = StatementFingerprint.of(first);
        String againPrint = StatementFingerprint.of(again);

        assertThat(againPrint).isEqualTo(firstPrint).hasSize(64);
    }

    @Test
    void tellsStatementsApartByAnyMovementDetail() {
        String original = StatementFingerprint.of(statement(movement("1/0", "20.00", "Invoice 7")));

        String otherAmount = StatementFingerprint.of(statement(movement("1/0", "30.00", "Invoice 7")));
        String otherText = StatementFingerprint.of(statement(movement("1/0", "20.00", "Invoice 8")));
        String oneMore = StatementFingerprint.of(statement(movement("1/0", "20.00", "Invoice 7"),
                movement("2/0", "5.00", "Invoice 9")));

        assertThat(List.of(otherAmount, otherText, oneMore)).doesNotContain(original).doesNotHaveDuplicates();
    }

    private static BankStatement statement(BankMovement... movements) {
        return new BankStatement(StatementFormat.CODA, "BE68539007547034", "EUR", "77", DAY, BigDecimal.ZERO,
                BigDecimal.TEN, false, new BalanceVerdict(true, null), List.of(movements));
    }

    private static BankMovement movement(String key, String amount, String text) {
        return new BankMovement(key, new BigDecimal(amount), "EUR", DAY, null, text, "Payer", "BE71096123456769",
                false, List.of());
    }
}
