package be.smartcredit.hub.payment.coda;

import static be.smartcredit.hub.payment.coda.CodaFixtures.sampleLines;
import static be.smartcredit.hub.payment.coda.CodaFixtures.withCreditPayment;
import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture that turns a real sample into a file carrying a chosen payment still parses and balances. */
class CodaFixturesTest {

    private static final String TRYTON = "tryton-coda_CODA.txt";
    private static final String OGM = StructuredCommunication.fromBase(2024000123L).digits();

    private final CodaParser parser = new CodaParser();

    @Test
    void putsTheCommunicationAndAmountOnTheFirstStandAloneCredit() {
        byte[] content = withCreditPayment(sampleLines(TRYTON), OGM, new BigDecimal("1234.56"));

        CodaStatement statement = parser.parse(content, "fixture.cod").statements().get(0);

        CodaMovement payment = statement.movementsToMatch().stream().filter(CodaMovement::isCredit).filter(
                movement -> movement.structuredCommunication().isPresent()).findFirst().orElseThrow();
        assertThat(payment.sequenceNumber()).isEqualTo(6);
        assertThat(payment.amount()).isEqualByComparingTo("1234.560");
        assertThat(payment.structuredCommunication()).map(StructuredCommunication::digits).contains(OGM);
        assertThat(payment.communication().text()).isEqualTo(OGM);
        assertThat(payment.counterpartyName()).isEqualTo("CBC BANQUE S.A.");
    }

    @Test
    void movesTheNewBalanceAndCreditTotalSoTheFileStillBalances() {
        byte[] content = withCreditPayment(sampleLines(TRYTON), OGM, new BigDecimal("1234.56"));

        CodaStatement statement = parser.parse(content, "fixture.cod").statements().get(0);

        BalanceCheck check = statement.balanceCheck();
        assertThat(check.isOk()).as(check.toString()).isTrue();
        assertThat(statement.newBalance()).isEqualByComparingTo("9404031.550");
        assertThat(check.trailerCredits()).isEqualByComparingTo("12489903.150");
        assertThat(statement.movements()).hasSize(111);
    }

    @Test
    void leavesTheOtherMovementsAsTheyWere() {
        CodaStatement original = ParsedSamples.onlyStatement(TRYTON);

        byte[] content = withCreditPayment(sampleLines(TRYTON), OGM, new BigDecimal("10"));
        List<CodaMovement> changed = parser.parse(content, "fixture.cod").statements().get(0).movements();

        assertThat(changed).hasSameSizeAs(original.movements());
        for (int index = 0; index < changed.size(); index++) {
            if (changed.get(index).sequenceNumber() != 6) {
                assertThat(changed.get(index)).isEqualTo(original.movements().get(index));
            }
        }
    }

    @Test
    void carriesAnOgmThatFailsTheCheckAsAFlaggedCommunication() {
        byte[] content = withCreditPayment(sampleLines(TRYTON), "123456789003", new BigDecimal("50"));

        CodaStatement statement = parser.parse(content, "fixture.cod").statements().get(0);

        CodaMovement payment = ParsedSamples.movement(statement, 6, 0);
        assertThat(payment.structuredCommunication()).isEmpty();
        assertThat(payment.communicationFlag()).isEqualTo(CommunicationFlag.INVALID_STRUCTURED_COMMUNICATION);
        assertThat(payment.communication().text()).isEqualTo("123456789003");
        assertThat(statement.balanceCheck().isOk()).isTrue();
    }

    @Test
    void worksOnASampleWithCrLfLineEnds() {
        byte[] content = withCreditPayment(sampleLines("acsone-pycoda_Coda_v2_3_faulty_globalisation.txt"), OGM,
                new BigDecimal("99.99"));

        CodaStatement statement = parser.parse(content, "fixture.cod").statements().get(0);

        assertThat(ParsedSamples.movement(statement, 1, 0).structuredCommunication()).isPresent();
        assertThat(statement.balanceCheck().isOk()).isTrue();
        assertThat(statement.newBalance()).isEqualByComparingTo("10729.970");
    }

    @Test
    void buildsAStatementOfManyCreditPaymentsThatBalances() {
        List<CodaFixtures.CreditPayment> payments = List.of(
                new CodaFixtures.CreditPayment(OGM, new BigDecimal("10.00")),
                new CodaFixtures.CreditPayment(StructuredCommunication.fromBase(2024000124L).digits(),
                        new BigDecimal("2.50")));

        CodaStatement statement = parser.parse(CodaFixtures.creditPayments(7, java.time.LocalDate.of(2024, 3, 1),
                payments), "many.cod").statements().get(0);

        assertThat(statement.balanceCheck().isOk()).as(statement.balanceCheck().toString()).isTrue();
        assertThat(statement.account()).isEqualTo("BE68539007547034");
        assertThat(statement.statementSequenceNumber()).isEqualTo(7);
        assertThat(statement.newBalance()).isEqualByComparingTo("12.50");
        assertThat(statement.movements()).extracting(m -> m.structuredCommunication().orElseThrow().digits())
                .containsExactly(OGM, StructuredCommunication.fromBase(2024000124L).digits());
    }
}
