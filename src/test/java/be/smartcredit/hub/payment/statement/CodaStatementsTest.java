package be.smartcredit.hub.payment.statement;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.Samples;
import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.payment.coda.CodaFixtures;
import be.smartcredit.hub.payment.coda.CodaParser;
import be.smartcredit.hub.payment.coda.CodaStatement;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CODA statements in the common model: keys, amounts, references, flags, and details instead of totals. */
class CodaStatementsTest {

    private static final String TRYTON = "tryton-coda_CODA.txt";
    private static final String OGM = StructuredCommunication.fromBase(2024000123L).digits();

    private final StatementReader reader = new StatementReader();

    @Test
    void carriesTheStructuredCommunicationAsTheReference() {
        byte[] coda = CodaFixtures.withCreditPayment(CodaFixtures.sampleLines(TRYTON), OGM, new BigDecimal("12.5"));

        BankStatement statement = reader.read(coda, "fixture.cod").get(0);

        BankMovement payment = movement(statement, "6/0");
        assertThat(payment.reference()).isEqualTo(new PaymentReference(PaymentReference.Kind.OGM, OGM));
        assertThat(payment.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(payment.freeText()).isEmpty();
        assertThat(payment.counterpartyName()).isEqualTo("CBC BANQUE S.A.");
        assertThat(statement.format()).isEqualTo(StatementFormat.CODA);
        assertThat(statement.account()).isEqualTo("435000000080");
        assertThat(statement.balance().ok()).isTrue();
    }

    @Test
    void keepsAnOgmThatFailsTheCheckAsFlaggedFreeText() {
        byte[] coda = CodaFixtures.withCreditPayment(CodaFixtures.sampleLines(TRYTON), "123456789003",
                new BigDecimal("50"));

        BankMovement payment = movement(reader.read(coda, "fixture.cod").get(0), "6/0");

        assertThat(payment.reference()).isNull();
        assertThat(payment.freeText()).isEqualTo("123456789003");
        assertThat(payment.flags()).containsExactly(
                "structured communication '123456789003' fails the mod-97 check; kept as free text");
    }

    @Test
    void givesTheDetailsOfAGlobalisedMovementInsteadOfItsTotal() {
        byte[] coda = Samples.bytes("coda/acsone-pycoda_Coda_v2_3_globalisation.txt");

        List<BankMovement> movements = reader.read(coda, "glob.cod").get(0).movements();

        CodaStatement parsed = new CodaParser().parse(coda, "glob.cod").statements().get(0);
        assertThat(movements).hasSizeLessThan(parsed.movements().size());
        assertThat(movements).extracting(BankMovement::key).containsExactlyElementsOf(parsed.movementsToMatch()
                .stream().map(m -> m.sequenceNumber() + "/" + m.detailNumber()).toList());
    }

    @Test
    void marksTheUnbalancedSampleWithTheNumbers() {
        BankStatement statement = reader.read(Samples.bytes("coda/wimverstuyf-php-coda-parser_sample2.cod"),
                "sample2.cod").get(0);

        assertThat(statement.balance().ok()).isFalse();
        assertThat(statement.balance().detail()).startsWith("balance check failed: old balance 25846.000");
    }

    private static BankMovement movement(BankStatement statement, String key) {
        return statement.movements().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }
}
