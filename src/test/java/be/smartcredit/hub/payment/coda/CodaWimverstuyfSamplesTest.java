package be.smartcredit.hub.payment.coda;

import static be.smartcredit.hub.payment.coda.ParsedSamples.movement;
import static be.smartcredit.hub.payment.coda.ParsedSamples.onlyStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The php-coda-parser samples: Belgian account numbers, bad OGMs, and hand-edited files that do not balance. */
class CodaWimverstuyfSamplesTest {

    @Test
    void keepsOgmsThatFailTheCheckAsFlaggedText() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample1.cod");

        CodaMovement first = movement(statement, 1, 0);

        assertThat(statement.movements()).extracting(movement -> movement.amount().toString())
                .containsExactly("5.000", "25.000", "20.000", "30.000");
        assertThat(statement.movements()).allSatisfy(movement -> {
            assertThat(movement.communication().typeCode()).isEqualTo("101");
            assertThat(movement.structuredCommunication()).isEmpty();
            assertThat(movement.communicationFlag()).isEqualTo(CommunicationFlag.INVALID_STRUCTURED_COMMUNICATION);
        });
        assertThat(first.communication().text()).isEqualTo("000003505158");
        assertThat(first.counterpartyName()).isEqualTo("KLANT1 MET NAAM1");
        assertThat(first.counterpartyAccount()).isEqualTo("BE22313215646432");
        assertThat(first.counterpartyBic()).isEqualTo("KREDBEBB");
    }

    @Test
    void readsABelgianAccountNumberStatementThatBalances() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample1.cod");

        assertThat(statement.account()).isEqualTo("138536152215");
        assertThat(statement.accountStructure()).isEqualTo(AccountStructure.BELGIAN_ACCOUNT_NUMBER);
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.holderName()).isEqualTo("BOUWBEDRIJF VOOR GROTE WER");
        assertThat(statement.oldBalance()).isEqualByComparingTo("17752.120");
        assertThat(statement.newBalance()).isEqualByComparingTo("17832.120");
        assertThat(statement.newBalanceDate()).isEqualTo(LocalDate.of(2017, 10, 11));
        assertThat(statement.balanceCheck().isOk()).isTrue();
        assertThat(statement.balanceCheck().credits()).isEqualByComparingTo("80.000");
    }

    @Test
    void explainsANewBalanceThatDoesNotAddUp() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample2.cod");

        BalanceCheck check = statement.balanceCheck();

        assertThat(check.isOk()).isFalse();
        assertThat(check.computedNewBalance()).isEqualByComparingTo("25836.320");
        assertThat(check.problems()).containsExactly("old balance 25846.000 + credits 0.000 - debits 9.680 = "
                + "25836.320, but record 8 gives new balance 23154.685");
        assertThat(statement.oldBalanceDate()).isEqualTo(LocalDate.of(2022, 1, 23));
        assertThat(statement.newBalanceDate()).isEqualTo(LocalDate.of(2015, 11, 18));
    }

    @Test
    void attachesInformationRecordsToTheMovementTheyFollow() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample2.cod");

        CodaMovement charges = movement(statement, 1, 0);
        CodaMovement vat = movement(statement, 1, 2);

        assertThat(charges.amount()).isEqualByComparingTo("-9.680");
        assertThat(charges.valueDate()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(charges.entryDate()).isEqualTo(LocalDate.of(2017, 7, 3));
        assertThat(charges.communication().text()).startsWith("Zichtrekening nr  21354598")
                .endsWith("- 2,11Justification in annex");
        assertThat(movement(statement, 1, 1).amount()).isEqualByComparingTo("-8.000");
        assertThat(vat.amount()).isEqualByComparingTo("-1.680");
        assertThat(vat.communication().typeCode()).isEqualTo("106");
        assertThat(vat.information()).hasSize(9);
        assertThat(vat.information().get(0).text()).startsWith("INVOICE n  2011/02/000254882 du 30/06/2011");
        assertThat(vat.information().get(8).text()).isEqualTo("11 : - 3,22 EUR");
    }

    @Test
    void reportsEveryTrailerDisagreement() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample3.cod");

        BalanceCheck check = statement.balanceCheck();

        assertThat(statement.account()).isEqualTo("732XXXXXXXXX");
        assertThat(statement.movements()).extracting(movement -> movement.communication().text())
                .containsExactly("Message goes here", "and continues here", "or here");
        assertThat(check.problems()).containsExactly(
                "old balance 99999.990 + credits 0.000 - debits 812.690 = 99187.300, but record 8 gives new "
                        + "balance 99999.990",
                "record 9 debit total 859.090 differs from the debit movements 812.690",
                "record 9 credit total 163.350 differs from the credit movements 0.000",
                "record 9 counts 16 records, the statement has 6");
    }

    @Test
    void readsTheFixedColumnsOfAHandEditedRecordAsWritten() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample4.cod");

        CodaMovement transfer = statement.movements().get(0);

        assertThat(transfer.sequenceNumber()).isEqualTo(4);
        assertThat(transfer.amount()).isEqualByComparingTo("17233.540");
        assertThat(transfer.valueDate()).isEqualTo(LocalDate.of(2017, 5, 31));
        assertThat(transfer.communication().text()).startsWith("Europese overschrijving (zie bijlage)");
        assertThat(transfer.counterpartyAccount()).isEqualTo("BE34359648312345");
        assertThat(transfer.counterpartyName()).isEqualTo("H BVBA 363120669252");
        assertThat(transfer.information()).hasSize(3);
        assertThat(statement.balanceCheck().records()).isEqualTo(9);
        assertThat(statement.balanceCheck().isOk()).isFalse();
    }

    @Test
    void readsRecord33AndFlagsAnOgmWithAWrongCheck() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample5.cod");

        CodaMovement free = movement(statement, 1, 0);
        CodaMovement badOgm = movement(statement, 2, 0);

        assertThat(statement.newBalance()).isEqualByComparingTo("-500012.100");
        assertThat(free.amount()).isEqualByComparingTo("1767.820");
        assertThat(free.communication().isStructured()).isFalse();
        assertThat(free.communication().text()).startsWith("112/4554/46812   813").contains("ANOTHER MESSAGE")
                .endsWith("MESSAGE");
        assertThat(free.information()).singleElement().satisfies(information -> assertThat(information.text())
                .startsWith("BVBA.BAKKER PIET").endsWith("SOME INFORMATION ABOUT THIS TRANSACTION"));
        assertThat(free.counterpartyBic()).isEqualTo("GEBCEEBB");
        assertThat(free.customerReference()).isEqualTo("54875");
        assertThat(badOgm.amount()).isEqualByComparingTo("2767.820");
        assertThat(badOgm.communication().text()).startsWith("112455446812");
        assertThat(badOgm.communicationFlag()).isEqualTo(CommunicationFlag.INVALID_STRUCTURED_COMMUNICATION);
        assertThat(badOgm.structuredCommunication()).isEmpty();
        assertThat(movement(statement, 9, 0).amount()).isEqualByComparingTo("1767.820");
    }

    @Test
    void reportsARecordCountAndTotalsThatDoNotMatch() {
        CodaStatement statement = onlyStatement("wimverstuyf-php-coda-parser_sample5.cod");

        BalanceCheck check = statement.balanceCheck();

        assertThat(check.credits()).isEqualByComparingTo("6303.460");
        assertThat(check.trailerCredits()).isEqualByComparingTo("3967.220");
        assertThat(check.trailerDebits()).isEqualByComparingTo("16837.520");
        assertThat(check.records()).isEqualTo(14);
        assertThat(check.trailerRecords()).isEqualTo(15);
        assertThat(check.problems()).hasSize(4);
        assertThat(check.toString()).startsWith("balance check failed: old balance 4004.100 + credits 6303.460");
    }
}
