package be.smartcredit.hub.payment.coda;

import static be.smartcredit.hub.payment.coda.ParsedSamples.movement;
import static be.smartcredit.hub.payment.coda.ParsedSamples.onlyStatement;
import static be.smartcredit.hub.payment.coda.ParsedSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acsone/pycoda samples: a foreign IBAN, globalisations, and two statements in one file. */
class CodaAcsoneSamplesTest {

    @Test
    void readsAForeignIbanAccountWithItsFreeCommunicationRecord() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_foreign_account.txt");

        assertThat(statement.accountStructure()).isEqualTo(AccountStructure.FOREIGN_IBAN);
        assertThat(statement.account()).isEqualTo("FR1234567890240924002304825");
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.holderName()).isEqualTo("VILLA XXXXXXX SASU");
        assertThat(statement.statementSequenceNumber()).isEqualTo(24);
        assertThat(statement.oldBalance()).isEqualByComparingTo("443390.700");
        assertThat(statement.oldBalanceDate()).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(statement.newBalance()).isEqualByComparingTo("443346.300");
        assertThat(statement.newBalanceDate()).isEqualTo(LocalDate.of(2018, 2, 2));
        assertThat(statement.freeCommunications()).containsExactly("CLOSING AVAILABLE BALANCE C 180202 EUR 443346,3");
    }

    @Test
    void readsTheForeignAccountsDebitsAndTheirInformationRecord() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_foreign_account.txt");

        CodaMovement subscription = movement(statement, 1, 0);
        CodaMovement vat = movement(statement, 2, 0);

        assertThat(subscription.amount()).isEqualByComparingTo("-37.000");
        assertThat(subscription.communication().text()).isEqualTo("TRANS : NMSC / INFO : ELYS PC ABONNEMENT");
        assertThat(subscription.customerReference()).isEqualTo("0000000");
        assertThat(subscription.information()).containsExactly(
                new CodaCommunication("", "CONTRAT NO 123456789379", CommunicationFlag.NONE));
        assertThat(vat.amount()).isEqualByComparingTo("-7.400");
        assertThat(vat.transactionCode()).isEqualTo(new TransactionCode(0, "30", "37", "000"));
        assertThat(statement.balanceCheck().isOk()).isTrue();
        assertThat(statement.balanceCheck().debits()).isEqualByComparingTo("44.400");
        assertThat(statement.balanceCheck().records()).isEqualTo(7);
    }

    @Test
    void readsADuplicateStatementThatStartsInDebit() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_v2_3_globalisation.txt");

        assertThat(statement.duplicate()).isTrue();
        assertThat(statement.account()).isEqualTo("BE12341676096039");
        assertThat(statement.accountStructure()).isEqualTo(AccountStructure.BELGIAN_IBAN);
        assertThat(statement.holderName()).isEqualTo("SA XXXX MARKET");
        assertThat(statement.oldBalance()).isEqualByComparingTo("-455.170");
        assertThat(statement.oldBalanceDate()).isEqualTo(LocalDate.of(2014, 12, 9));
        assertThat(statement.newBalance()).isEqualByComparingTo("275270.530");
        assertThat(statement.balanceCheck().credits()).isEqualByComparingTo("276270.000");
        assertThat(statement.balanceCheck().debits()).isEqualByComparingTo("544.300");
        assertThat(statement.balanceCheck().isOk()).isTrue();
    }

    @Test
    void readsTheCounterpartyOfACredit() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_v2_3_globalisation.txt");

        CodaMovement royalty = movement(statement, 1, 0);

        assertThat(royalty.amount()).isEqualByComparingTo("113135.000");
        assertThat(royalty.valueDate()).isEqualTo(LocalDate.of(2014, 12, 10));
        assertThat(royalty.entryDate()).isEqualTo(LocalDate.of(2011, 11, 11));
        assertThat(royalty.communication().text()).isEqualTo("REDEVANCE JAN-NOV                  CONTRAT DE GESTION");
        assertThat(royalty.counterpartyName()).isEqualTo("XXXXX-IN MARKET ZAVENTEM B");
        assertThat(royalty.counterpartyAccount()).isEqualTo("BE12201702625236");
        assertThat(royalty.counterpartyBic()).isEqualTo("GEBABEBB");
        assertThat(royalty.customerReference()).isEqualTo("XXXXXXXXXXXX597055ISABEL");
        assertThat(royalty.information()).singleElement().satisfies(information -> {
            assertThat(information.typeCode()).isEqualTo("001");
            assertThat(information.text()).startsWith("XXXXXXXX MARKET ZAVENTEM B").endsWith("1930 ZAVENTEM");
        });
    }

    @Test
    void matchesTheDetailOfATotalWithDetailedData() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_v2_3_globalisation.txt");

        CodaMovement total = movement(statement, 3, 0);
        CodaMovement detail = movement(statement, 3, 2);

        assertThat(total.isGlobalisationTotal()).isTrue();
        assertThat(total.globalisationCode()).isEqualTo(1);
        assertThat(total.counterpartyAccount()).isEqualTo("NL133KMG0261239759");
        assertThat(detail.isDetail()).isTrue();
        assertThat(detail.amount()).isEqualByComparingTo("50000.000");
        assertThat(detail.communication().typeCode()).isEqualTo("105");
        assertThat(detail.counterpartyAccount()).isEqualTo("NL123KMG0261239759");
        assertThat(statement.movementsToMatch()).contains(detail).doesNotContain(total).hasSize(4);
    }

    @Test
    void keepsAGlobalisedTotalWithoutDetailsAmongTheMovementsToMatch() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_v2_3_faulty_globalisation.txt");

        CodaMovement salaries = movement(statement, 3, 0);

        assertThat(salaries.amount()).isEqualByComparingTo("-5568.320");
        assertThat(salaries.transactionCode().type()).isEqualTo(1);
        assertThat(salaries.globalisationCode()).isEqualTo(1);
        assertThat(salaries.isGlobalisationTotal()).isFalse();
        assertThat(salaries.customerReference()).isEqualTo("XXXXX X-536908262/0/0000035187");
        assertThat(statement.movementsToMatch()).contains(salaries).hasSize(11);
        assertThat(statement.balanceCheck().isOk()).isTrue();
    }

    @Test
    void readsTwoStatementsForTwoAccountsFromOneFile() {
        CodaFile file = parse("acsone-pycoda_Coda_v2_3_multi_statements.txt");

        List<CodaStatement> statements = file.statements();

        assertThat(statements).extracting(CodaStatement::account)
                .containsExactly("BE86407051416150", "BE12341702625236");
        assertThat(statements).extracting(CodaStatement::holderName)
                .containsExactly("STORA ENSO LANGERBRUGGE NV", "BVBA totototototototototoo");
        assertThat(statements).extracting(statement -> statement.movements().size()).containsExactly(32, 11);
        assertThat(statements.get(0).newBalance()).isEqualByComparingTo("0");
        assertThat(statements.get(0).balanceCheck().credits()).isEqualByComparingTo("64703.010");
        assertThat(statements.get(0).balanceCheck().debits()).isEqualByComparingTo("64703.010");
        assertThat(statements.get(1).oldBalance()).isEqualByComparingTo("19338.090");
        assertThat(statements.get(1).newBalance()).isEqualByComparingTo("10807.810");
        assertThat(statements.get(1).newBalanceDate()).isEqualTo(LocalDate.of(2013, 12, 24));
        assertThat(statements).allSatisfy(statement -> assertThat(statement.balanceCheck().isOk()).isTrue());
    }

    @Test
    void countsEachGlobalisedTotalOnceAgainstItsFourteenDetails() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_v2_3_single_statement.txt");

        CodaMovement transfer = movement(statement, 17, 0);
        List<CodaMovement> details = statement.movementsToMatch().stream()
                .filter(movement -> movement.sequenceNumber() == 17).toList();

        assertThat(transfer.amount()).isEqualByComparingTo("-2608.000");
        assertThat(transfer.detailCount()).isEqualTo(14);
        assertThat(details).hasSize(14).allSatisfy(detail -> assertThat(detail.transactionCode().type()).isEqualTo(6));
        assertThat(details.stream().map(CodaMovement::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo("-2608.000");
        assertThat(details.get(9).amount()).isEqualByComparingTo("-148.300");
        assertThat(details.get(10).amount()).isEqualByComparingTo("-2249.700");
        assertThat(statement.balanceCheck().records()).isEqualTo(91);
    }

    @Test
    void keepsOtherStructuredCommunicationsWithTheirTypeCode() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_v2_3_single_statement.txt");

        CodaMovement directDebit = movement(statement, 10, 0);
        CodaMovement cardPayment = movement(statement, 1, 0);

        assertThat(directDebit.amount()).isEqualByComparingTo("-62095.010");
        assertThat(directDebit.communication().typeCode()).isEqualTo("107");
        assertThat(directDebit.communication().text()).startsWith("740907316152050309PAIEMT.BETALING")
                .endsWith("0876820909");
        assertThat(directDebit.structuredCommunication()).isEmpty();
        assertThat(directDebit.counterpartyName()).isEqualTo("AMERICAN EXPRESS");
        assertThat(directDebit.counterpartyAccount()).isEmpty();
        assertThat(cardPayment.amount()).isEqualByComparingTo("20.000");
        assertThat(cardPayment.communication().typeCode()).isEqualTo("114");
    }

    @Test
    void joinsAFreeCommunicationOverRecord22() {
        CodaStatement statement = onlyStatement("acsone-pycoda_Coda_v2_3_single_statement.txt");

        CodaMovement wages = movement(statement, 11, 0);

        assertThat(wages.amount()).isEqualByComparingTo("148.300");
        assertThat(wages.communication().text())
                .isEqualTo("ONG. SG   20-4203595                             LOONVERLIES HAMERLYNCK TONY");
        assertThat(wages.counterpartyAccount()).isEqualTo("310180203454");
        assertThat(wages.counterpartyName()).isEqualTo("VIVIUM");
    }
}
