package be.smartcredit.hub.payment.coda;

import static be.smartcredit.hub.payment.coda.ParsedSamples.movement;
import static be.smartcredit.hub.payment.coda.ParsedSamples.onlyStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The noviat sample: a KBC IBAN statement with counterparties and a repayment split into details. */
class CodaNoviatSampleTest {

    private final CodaStatement statement = onlyStatement("noviat-apps_Ontvangen_CODA.2011-01-11-18.59.15.txt");

    @Test
    void readsTheAccountAndBalances() {
        assertThat(statement.account()).isEqualTo("BE33737018595246");
        assertThat(statement.accountStructure()).isEqualTo(AccountStructure.BELGIAN_IBAN);
        assertThat(statement.holderName()).isEqualTo("NOVIAT NV");
        assertThat(statement.statementSequenceNumber()).isEqualTo(135);
        assertThat(statement.oldBalance()).isEqualByComparingTo("11812.700");
        assertThat(statement.oldBalanceDate()).isEqualTo(LocalDate.of(2010, 7, 27));
        assertThat(statement.newBalance()).isEqualByComparingTo("13527.810");
        assertThat(statement.newBalanceDate()).isEqualTo(LocalDate.of(2011, 1, 11));
        assertThat(statement.balanceCheck().credits()).isEqualByComparingTo("3108.190");
        assertThat(statement.balanceCheck().debits()).isEqualByComparingTo("1393.080");
        assertThat(statement.balanceCheck().isOk()).isTrue();
    }

    @Test
    void readsCounterpartiesAndTheirAddressInformation() {
        CodaMovement paid = movement(statement, 1, 0);
        CodaMovement received = movement(statement, 2, 0);

        assertThat(paid.amount()).isEqualByComparingTo("-435.000");
        assertThat(paid.communication().text()).isEqualTo("MEDEDELING");
        assertThat(paid.counterpartyName()).isEqualTo("PARTNER 1");
        assertThat(paid.counterpartyAccount()).isEqualTo("BE41063012345610");
        assertThat(paid.counterpartyBic()).isEqualTo("GKCCBEBB");
        assertThat(received.amount()).isEqualByComparingTo("3044.450");
        assertThat(received.communication().text()).isEqualTo("2010237");
        assertThat(received.counterpartyAccount()).isEqualTo("BE61310126985517");
        assertThat(received.information()).singleElement().satisfies(address -> {
            assertThat(address.typeCode()).isEqualTo("001");
            assertThat(address.text()).startsWith("PARTNER 2")
                    .endsWith("MOLENSTRAAT 60                     9340    LEDE");
        });
    }

    @Test
    void splitsALoanRepaymentIntoCapitalAndInterestDetails() {
        CodaMovement repayment = movement(statement, 3, 0);

        assertThat(repayment.amount()).isEqualByComparingTo("-479.040");
        assertThat(repayment.communication().text()).isEqualTo("KBC-INVESTERINGSKREDIET 737-6543210-21");
        assertThat(repayment.detailCount()).isEqualTo(2);
        assertThat(movement(statement, 3, 1).amount()).isEqualByComparingTo("-419.920");
        assertThat(movement(statement, 3, 2).amount()).isEqualByComparingTo("-59.120");
        assertThat(statement.movementsToMatch()).doesNotContain(repayment, movement(statement, 4, 0)).hasSize(7);
    }

    @Test
    void readsTheCustomerReference() {
        CodaMovement refund = movement(statement, 5, 0);

        assertThat(refund.amount()).isEqualByComparingTo("63.740");
        assertThat(refund.customerReference()).isEqualTo("362/363");
        assertThat(refund.counterpartyName()).isEqualTo("KBC VERZEKERINGEN NV");
        assertThat(refund.counterpartyBic()).isEqualTo("KREDBEBB");
    }
}
