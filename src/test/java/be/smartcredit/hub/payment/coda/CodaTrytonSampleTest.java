package be.smartcredit.hub.payment.coda;

import static be.smartcredit.hub.payment.coda.ParsedSamples.movement;
import static be.smartcredit.hub.payment.coda.ParsedSamples.onlyStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** tryton-coda_CODA.txt: a KBC statement with 111 movement records, globalisations and structured communications. */
class CodaTrytonSampleTest {

    private static final String SAMPLE = "tryton-coda_CODA.txt";
    private static final LocalDate DECEMBER_6 = LocalDate.of(2006, 12, 6);

    private final CodaStatement statement = onlyStatement(SAMPLE);

    @Test
    void readsTheBelgianAccountAndBalances() {
        assertThat(statement.account()).isEqualTo("435000000080");
        assertThat(statement.accountStructure()).isEqualTo(AccountStructure.BELGIAN_ACCOUNT_NUMBER);
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.holderName()).isEqualTo("Testgebruiker21");
        assertThat(statement.statementSequenceNumber()).isEqualTo(1);
        assertThat(statement.oldBalance()).isEqualByComparingTo("0");
        assertThat(statement.oldBalanceDate()).isEqualTo(DECEMBER_6);
        assertThat(statement.newBalance()).isEqualByComparingTo("9405296.990");
        assertThat(statement.newBalanceDate()).isEqualTo(LocalDate.of(2006, 12, 7));
        assertThat(statement.duplicate()).isFalse();
    }

    @Test
    void balancesAgainstRecordsEightAndNine() {
        BalanceCheck check = statement.balanceCheck();

        assertThat(check.isOk()).as(check.toString()).isTrue();
        assertThat(check.credits()).isEqualByComparingTo("12491168.590");
        assertThat(check.debits()).isEqualByComparingTo("3085871.600");
        assertThat(check.records()).isEqualTo(260);
    }

    @Test
    void joinsAFreeCommunicationCutAcrossRecords21And22() {
        CodaMovement first = movement(statement, 1, 0);

        assertThat(first.amount()).isEqualByComparingTo("-2578.250");
        assertThat(first.entryDate()).isEqualTo(DECEMBER_6);
        assertThat(first.valueDate()).isEqualTo(DECEMBER_6);
        assertThat(first.bankReference()).isEqualTo("EPIB00048 AWIUBTKAPUO");
        assertThat(first.transactionCode()).isEqualTo(new TransactionCode(0, "07", "99", "000"));
        assertThat(first.communication().isStructured()).isFalse();
        assertThat(first.communication().text())
                .isEqualTo("BORDEREAU DE DECOMPTE AVANCES    015 NUMERO D'OPERATION 495953");
    }

    @Test
    void readsValidStructuredCommunications() {
        CodaMovement laCroix = movement(statement, 53, 0);
        CodaMovement securex = movement(statement, 55, 0);

        assertThat(laCroix.amount()).isEqualByComparingTo("817.560");
        assertThat(laCroix.structuredCommunication()).hasValueSatisfying(
                ogm -> assertThat(ogm.formatted()).isEqualTo("+++269/0211/57996+++"));
        assertThat(laCroix.communicationFlag()).isEqualTo(CommunicationFlag.NONE);
        assertThat(laCroix.counterpartyName()).isEqualTo("LA CROIX D OR SPRL");
        assertThat(laCroix.counterpartyAccount()).isEqualTo("370121620105");
        assertThat(securex.amount()).isEqualByComparingTo("159.590");
        assertThat(securex.structuredCommunication().map(ogm -> ogm.digits())).contains("702600521948");
        assertThat(securex.counterpartyName()).isEqualTo("VERZ.KAS ARBEIDSON.SECUREX");
    }

    @Test
    void readsAForeignCounterpartyAndItsBic() {
        CodaMovement iceland = movement(statement, 3, 0);
        CodaMovement refund = movement(statement, 6, 0);

        assertThat(iceland.amount()).isEqualByComparingTo("1075.000");
        assertThat(iceland.counterpartyAccount()).isEqualTo("LU037050522702273100");
        assertThat(iceland.counterpartyName()).isEqualTo("Olgerdin Egill Skallagrims");
        assertThat(iceland.communication().text()).isEqualTo("/INV/2061260");
        assertThat(refund.counterpartyBic()).isEqualTo("CREGBEBB");
        assertThat(refund.counterpartyName()).isEqualTo("CBC BANQUE S.A.");
    }

    @Test
    void matchesTheDetailsOfAGlobalisedTotalInsteadOfTheTotal() {
        CodaMovement total = movement(statement, 7, 0);

        assertThat(total.amount()).isEqualByComparingTo("-128000.000");
        assertThat(total.transactionCode().type()).isEqualTo(1);
        assertThat(total.isGlobalisationTotal()).isTrue();
        assertThat(total.detailCount()).isEqualTo(3);
        assertThat(statement.movementsToMatch()).doesNotContain(total)
                .filteredOn(movement -> movement.sequenceNumber() == 7)
                .extracting(CodaMovement::detailNumber, CodaMovement::counterpartyName, m -> m.amount().toString())
                .containsExactly(
                        tuple(1, "ECONOLER  S.A.", "-4000.000"),
                        tuple(3, "T.P.F.  S.A.", "-27000.000"),
                        tuple(5, "TPF CONSULTING", "-97000.000"));
    }
}
