package be.smartcredit.hub.dunning.law;

import static be.smartcredit.hub.dunning.law.Debts.businessInvoice;
import static be.smartcredit.hub.dunning.law.Debts.consumerInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DebtStatementCalculatorTest {

    private static final LocalDate CONSUMER_DUE = LocalDate.of(2025, 3, 1);
    private static final LocalDate CONSUMER_TERM_END = LocalDate.of(2025, 3, 31);
    private static final LocalDate BUSINESS_DUE = LocalDate.of(2025, 6, 15);

    private final DebtStatementCalculator calculator = new DebtStatementCalculator(RateTable.defaults());

    @Test
    void chargesAConsumerNothingBeforeTheFirstReminder() {
        Debt debt = consumerInvoice("400.00", CONSUMER_DUE).build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 6, 1));

        assertThat(statement.interest()).isEmpty();
        assertThat(statement.compensation().amount()).isEqualByComparingTo("0");
        assertThat(statement.total()).isEqualByComparingTo("400.00");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision)
                .contains("no costs, damages or interest", "XIX.2"));
    }

    @Test
    void chargesAConsumerNothingOnTheLastDayOfTheTerm() {
        Debt debt = consumerInvoice("400.00", CONSUMER_DUE).firstReminderTermEnded(CONSUMER_TERM_END).build();

        DebtStatement statement = calculator.statementOn(debt, CONSUMER_TERM_END);

        assertThat(statement.total()).isEqualByComparingTo("400.00");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision)
                .contains("while the first reminder's term runs, until 2025-03-31"));
    }

    @Test
    void chargesAConsumerLegalInterestAndTheLumpSumOnceTheTermEnded() {
        Debt debt = consumerInvoice("400.00", CONSUMER_DUE).firstReminderTermEnded(CONSUMER_TERM_END).build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 4, 29));

        // 1-29 April 2025: 29 days at the legal rate 4.5%: 400 x 4.5 x 29 / 36500 = 1.4301 -> 1.43
        // lump sum on 400: 30 + 10% x 250 = 55.00; total 400 + 1.43 + 55 = 456.43
        assertThat(statement.interest()).singleElement().satisfies(period -> {
            assertThat(period.from()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(period.days()).isEqualTo(29);
            assertThat(period.rate()).isEqualByComparingTo("4.5");
            assertThat(period.legalBasis()).contains("Law of 5 May 1865");
            assertThat(period.amount()).isEqualByComparingTo("1.43");
        });
        assertThat(statement.compensation().amount()).isEqualByComparingTo("55.00");
        assertThat(statement.total()).isEqualByComparingTo("456.43");
        assertThat(statement.decisions()).contains("no interest before the first reminder's term ended on"
                + " 2025-03-31; interest runs from 2025-04-01 (art. XIX.2 Code of Economic Law)");
    }

    @Test
    void basesTheConsumerLumpSumOnWhatWasStillOpenWhenTheTermEnded() {
        Debt debt = consumerInvoice("600.00", CONSUMER_DUE).firstReminderTermEnded(CONSUMER_TERM_END)
                .paid(LocalDate.of(2025, 3, 20), "450.00").build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 4, 29));

        // 150 left: lump sum EUR 20; interest 150 x 4.5 x 29 / 36500 = 0.5363 -> 0.54
        // total 600 + 0.54 + 20 - 450 = 170.54
        assertThat(statement.openPrincipal()).isEqualByComparingTo("150.00");
        assertThat(statement.compensation().amount()).isEqualByComparingTo("20.00");
        assertThat(statement.interestTotal()).isEqualByComparingTo("0.54");
        assertThat(statement.total()).isEqualByComparingTo("170.54");
    }

    @Test
    void chargesAConsumerWhoPaidWithinTheTermNothingMore() {
        Debt debt = consumerInvoice("600.00", CONSUMER_DUE).firstReminderTermEnded(CONSUMER_TERM_END)
                .paid(LocalDate.of(2025, 3, 31), "600.00").build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 5, 1));

        assertThat(statement.interest()).isEmpty();
        assertThat(statement.compensation().amount()).isEqualByComparingTo("0");
        assertThat(statement.total()).isEqualByComparingTo("0");
    }

    @Test
    void capsAConsumersAgreedRateAndDamagesAtTheLegalMaximum() {
        ContractTerms terms = new ContractTerms(new BigDecimal("12"),
                new DamagesClause(new BigDecimal("15"), new BigDecimal("75")));
        Debt debt = consumerInvoice("1000.00", LocalDate.of(2025, 6, 1))
                .firstReminderTermEnded(LocalDate.of(2025, 6, 30)).terms(terms).build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 7, 10));

        // 12% agreed, above the commercial 10.5% of July 2025: 1000 x 10.5 x 10 / 36500 = 2.8767 -> 2.88
        // damages clause 15% of 1000 = 150, above the Book XIX maximum 65 + 5% x 500 = 90
        assertThat(statement.interest()).singleElement().satisfies(period -> {
            assertThat(period.rate()).isEqualByComparingTo("10.5");
            assertThat(period.legalBasis()).startsWith("capped at the commercial late-payment rate");
        });
        assertThat(statement.interestTotal()).isEqualByComparingTo("2.88");
        assertThat(statement.compensation().amount()).isEqualByComparingTo("90.00");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision)
                .contains("gives EUR 150.00", "consumer maximum of EUR 90.00"));
    }

    @Test
    void chargesABusinessCommercialInterestFromTheDayAfterTheDueDateAndFortyEuros() {
        Debt debt = businessInvoice("1000.00", BUSINESS_DUE).build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 7, 10));

        // 16-30 June: 1000 x 11.5 x 15 / 36500 = 4.73; 1-10 July: 1000 x 10.5 x 10 / 36500 = 2.88
        // total 1000 + 7.61 + 40 = 1047.61
        assertThat(statement.interest()).extracting(InterestPeriod::amount).containsExactly(
                new BigDecimal("4.73"), new BigDecimal("2.88"));
        assertThat(statement.compensation().amount()).isEqualByComparingTo("40.00");
        assertThat(statement.total()).isEqualByComparingTo("1047.61");
        assertThat(statement.decisions()).contains("interest runs without notice from the day after the due"
                + " date, 2025-06-16 (Law of 2 August 2002, art. 5)");
    }

    @Test
    void appliesTheBusinessClauseOfTheClientsGeneralTerms() {
        ContractTerms terms = new ContractTerms(new BigDecimal("12"),
                new DamagesClause(new BigDecimal("10"), new BigDecimal("50")));
        Debt debt = businessInvoice("1000.00", BUSINESS_DUE).terms(terms).build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 7, 10));

        // 16 June - 10 July: 25 days at 12%: 1000 x 12 x 25 / 36500 = 8.2192 -> 8.22
        // damages 10% of 1000 = 100 instead of 40; total 1000 + 8.22 + 100 = 1108.22
        assertThat(statement.interest()).singleElement().satisfies(period -> {
            assertThat(period.days()).isEqualTo(25);
            assertThat(period.legalBasis()).contains("contractual rate");
        });
        assertThat(statement.interestTotal()).isEqualByComparingTo("8.22");
        assertThat(statement.compensation().amount()).isEqualByComparingTo("100.00");
        assertThat(statement.total()).isEqualByComparingTo("1108.22");
    }

    @Test
    void lowersBusinessInterestFromTheDayAfterACreditNote() {
        Debt debt = businessInvoice("1000.00", BUSINESS_DUE).credited(LocalDate.of(2025, 6, 25), "200.00").build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 7, 10));

        // 16-25 June on 1000 at 11.5%: 3.15; 26-30 June on 800 at 11.5%: 1.26; 1-10 July on 800 at 10.5%: 2.30
        // total 1000 + 6.71 + 40 - 200 = 846.71
        assertThat(statement.interest()).extracting(InterestPeriod::amount).containsExactly(
                new BigDecimal("3.15"), new BigDecimal("1.26"), new BigDecimal("2.30"));
        assertThat(statement.settled()).isEqualByComparingTo("200.00");
        assertThat(statement.openPrincipal()).isEqualByComparingTo("800.00");
        assertThat(statement.total()).isEqualByComparingTo("846.71");
    }

    @Test
    void chargesNothingOnABusinessInvoicePaidByItsDueDate() {
        Debt debt = businessInvoice("1000.00", BUSINESS_DUE).paid(BUSINESS_DUE, "1000.00").build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 7, 10));

        assertThat(statement.interest()).isEmpty();
        assertThat(statement.compensation().amount()).isEqualByComparingTo("0");
        assertThat(statement.total()).isEqualByComparingTo("0");
    }

    @Test
    void setsAnOverpaymentAgainstInterestAndCosts() {
        Debt debt = businessInvoice("1000.00", BUSINESS_DUE).paid(LocalDate.of(2025, 7, 10), "1020.00").build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 7, 10));

        // 1000 + 7.61 interest + 40 - 1020 = 27.61
        assertThat(statement.openPrincipal()).isEqualByComparingTo("0");
        assertThat(statement.total()).isEqualByComparingTo("27.61");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision)
                .contains("exceed the principal by EUR 20.00"));
    }

    @Test
    void ignoresSettlementsAfterTheStatementDate() {
        Debt debt = businessInvoice("1000.00", BUSINESS_DUE).paid(LocalDate.of(2025, 8, 1), "1000.00").build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2025, 7, 10));

        assertThat(statement.settlements()).isEmpty();
        assertThat(statement.total()).isEqualByComparingTo("1047.61");
    }

    @Test
    void owesOnlyThePrincipalUpToTheDueDate() {
        Debt debt = businessInvoice("1000.00", BUSINESS_DUE).build();

        DebtStatement statement = calculator.statementOn(debt, BUSINESS_DUE);

        assertThat(statement.total()).isEqualByComparingTo("1000.00");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision).startsWith("not overdue"));
    }

    @Test
    void refusesAFirstReminderTermEndingBeforeTheDueDate() {
        Debts debt = consumerInvoice("100.00", CONSUMER_DUE).firstReminderTermEnded(CONSUMER_DUE);

        assertThatThrownBy(debt::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claim 'INV-1'").hasMessageContaining("not after the due date");
    }
    @Test
    void claimsNoBusinessInterestForDaysNoPublishedRateCovers() {
        Debt debt = businessInvoice("1000.00", LocalDate.of(2026, 6, 20)).build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2026, 7, 10));

        // 21-30 June 2026: 10 days at 10.5%: 1000 x 10.5 x 10 / 36500 = 2.8767 -> 2.88; July 2026 has no rate
        assertThat(statement.interest()).singleElement().satisfies(period -> {
            assertThat(period.to()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(period.amount()).isEqualByComparingTo("2.88");
        });
        assertThat(statement.total()).isEqualByComparingTo("1042.88");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision)
                .contains("no interest claimed from 2026-07-01 to 2026-07-10", "no published COMMERCIAL rate"));
    }

    @Test
    void claimsNoBusinessInterestBeforeTheTableStarts() {
        Debt debt = businessInvoice("500.00", LocalDate.of(2022, 12, 21)).build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2023, 1, 10));

        // 1-10 January 2023 at 10.5%: 500 x 10.5 x 10 / 36500 = 1.438 -> 1.44; 22-31 December 2022 is not covered
        assertThat(statement.interestTotal()).isEqualByComparingTo("1.44");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision)
                .contains("from 2022-12-22 to 2022-12-31"));
    }

    @Test
    void claimsNoConsumerInterestAboveAnUnpublishedCap() {
        Debt debt = consumerInvoice("1000.00", LocalDate.of(2026, 6, 1))
                .firstReminderTermEnded(LocalDate.of(2026, 6, 20)).terms(new ContractTerms(new BigDecimal("8"), null))
                .build();

        DebtStatement statement = calculator.statementOn(debt, LocalDate.of(2026, 7, 31));

        // 21-30 June 2026 at the contractual 8% (under the 10.5% cap): 1000 x 8 x 10 / 36500 = 2.19
        assertThat(statement.interestTotal()).isEqualByComparingTo("2.19");
        assertThat(statement.decisions()).anySatisfy(decision -> assertThat(decision)
                .contains("from 2026-07-01 to 2026-07-31"));
    }
}
