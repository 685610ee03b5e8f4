package be.smartcredit.hub.payment.statement;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.Samples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two real camt.053 samples, read into the common model; every expected value was worked out from the files. */
class Camt053SamplesTest {

    private static final String FULL = "camt053/OCA-bank-statement-import_test-camt053.xml";
    private static final String EMPTY = "camt053/OCA-bank-statement-import_test-camt053-no-ntry.xml";

    private final StatementReader reader = new StatementReader();

    @Test
    void readsTheStatementHeaderAndBalances() {
        BankStatement statement = only(FULL);

        assertThat(statement.format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(statement.account()).isEqualTo("NL77ABNA0574908765");
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.number()).isEqualTo("2");
        assertThat(statement.date()).isEqualTo(LocalDate.of(2014, 1, 5));
        assertThat(statement.openingBalance()).isEqualByComparingTo("15568.27");
        assertThat(statement.closingBalance()).isEqualByComparingTo("15121.12");
        assertThat(statement.duplicate()).isFalse();
    }

    @Test
    void failsTheBalanceCheckOfTheSampleWithItsNumbers() {
        BankStatement statement = only(FULL);

        // 15568.27 + 1405.31 - (754.25 + 664.05) = 15555.28, while the file closes at 15121.12.
        assertThat(statement.balance().ok()).isFalse();
        assertThat(statement.balance().detail()).contains("15568.27 + 1405.31 - 1418.30 = 15555.28",
                "closing balance is 15121.12", "difference -434.16");
    }

    @Test
    void makesOneMovementPerTransactionDetail() {
        List<BankMovement> movements = only(FULL).movements();

        assertThat(movements).extracting(BankMovement::key).containsExactly("N1/T1", "N2/T1", "N2/T2", "N3/T1");
        assertThat(movements).extracting(m -> m.amount().toPlainString())
                .containsExactly("-754.25", "-564.05", "-100.00", "1405.31");
        assertThat(movements).allSatisfy(m -> assertThat(m.bookingDate()).isEqualTo(LocalDate.of(2014, 1, 5)));
        assertThat(movements).allSatisfy(m -> assertThat(m.currency()).isEqualTo("EUR"));
    }

    @Test
    void takesThePayerOfACreditAndThePayeeOfADebit() {
        List<BankMovement> movements = only(FULL).movements();

        BankMovement credit = movements.get(3);
        assertThat(credit.counterpartyName()).isEqualTo("3rd party Media");
        assertThat(credit.counterpartyIban()).isEqualTo("NL69ABNA0522123643");
        assertThat(credit.freeText()).isEqualTo("#RD PARTY MEDIA CUSNO 90782 4210773");
        assertThat(credit.reference()).isNull();
        assertThat(credit.returned()).isFalse();
        BankMovement debit = movements.get(0);
        assertThat(debit.counterpartyName()).isEqualTo("INSURANCE COMPANY TESTX");
        assertThat(debit.counterpartyIban()).isEqualTo("NL46ABNA0499998748");
        assertThat(debit.freeText()).startsWith("Insurance policy 857239PERIOD 01.01.2014 - 31.12.2014 MKB");
    }

    @Test
    void flagsTheReversedDirectDebitsWithTheirReturnReason() {
        List<BankMovement> movements = only(FULL).movements();

        assertThat(movements.get(1).returned()).isTrue();
        assertThat(movements.get(2).returned()).isTrue();
        assertThat(movements.get(1).flags()).containsExactly("returned or reversed payment (reason AC06)");
        assertThat(movements.get(0).returned()).isFalse();
    }

    @Test
    void readsAVersion04StatementWithoutEntries() {
        BankStatement statement = only(EMPTY);

        assertThat(statement.currency()).isEqualTo("CHF");
        assertThat(statement.movements()).isEmpty();
        assertThat(statement.openingBalance()).isEqualByComparingTo("1520.76");
        assertThat(statement.balance().ok()).isTrue();
        assertThat(statement.balance().detail()).isEqualTo("balance check OK: 1520.76 + 0 - 0 = 1520.76");
    }

    private BankStatement only(String sample) {
        List<BankStatement> statements = reader.read(Samples.bytes(sample), sample);
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }
}
