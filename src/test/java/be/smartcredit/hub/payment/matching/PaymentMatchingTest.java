package be.smartcredit.hub.payment.matching;

import static be.smartcredit.hub.payment.matching.ClaimBook.credit;
import static be.smartcredit.hub.payment.matching.ClaimBook.debit;
import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.payment.statement.PaymentReference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each matching rule and allocation case, with the open amounts that follow; no Spring, no database. */
class PaymentMatchingTest {

    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 31);
    private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 29);
    private static final String STRANGER_IBAN = "BE68539007547034";

    private final ClaimBook book = new ClaimBook();

    @Test
    void paysTheClaimItsStructuredCommunicationNames() {
        ClaimSnapshot other = book.invoice("INV-2024-0001", "100.00", JANUARY);
        ClaimSnapshot named = book.invoice("INV-2024-0002", "250.00", FEBRUARY);

        Decision decision = book.receive(credit("250.00").referring(named).from("Someone", STRANGER_IBAN).build());

        assertThat(decision.rule()).isEqualTo(MatchRule.REFERENCE);
        assertThat(book.open(named)).isEqualByComparingTo("0");
        assertThat(book.status(named)).isEqualTo("PAID");
        assertThat(book.open(other)).isEqualByComparingTo("100.00");
    }

    @Test
    void paysTheClaimAnRfCreditorReferenceNamesByItsInvoiceNumber() {
        ClaimSnapshot claim = book.invoice("INV20240007", "80.00", JANUARY);
        PaymentReference rf = PaymentReference.creditorReference("INV20240007");

        Decision decision = book.receive(credit("30.00").reference(rf).build());

        assertThat(PaymentReference.rf(rf.value())).contains(rf);
        assertThat(decision.rule()).isEqualTo(MatchRule.REFERENCE);
        assertThat(book.open(claim)).isEqualByComparingTo("50.00");
    }

    @Test
    void findsInvoiceNumbersInTheFreeTextAndPaysThemInTheTextsOrder() {
        ClaimSnapshot older = book.invoice("INV-2024-0009", "100.00", JANUARY);
        ClaimSnapshot newer = book.invoice("INV-2024-0012", "100.00", FEBRUARY);

        Decision decision = book.receive(credit("150.00").text("invoices INV-2024-0012 and inv-2024-0009").build());

        assertThat(decision.rule()).isEqualTo(MatchRule.INVOICE_NUMBER);
        assertThat(book.open(newer)).isEqualByComparingTo("0");
        assertThat(book.open(older)).isEqualByComparingTo("50.00");
    }

    @Test
    void doesNotMatchAShortNumberInsideALongerOne() {
        ClaimSnapshot claim = book.invoice("2024", "75.00", JANUARY);
        ClaimSnapshot tiny = book.invoice("123", "75.00", JANUARY);

        Decision decision = book.receive(credit("75.00").text("ref 120241 order 20245 item 1234").build());

        assertThat(decision.status()).isEqualTo(PaymentStatus.UNMATCHED);
        assertThat(book.open(claim)).isEqualByComparingTo("75.00");
        assertThat(book.open(tiny)).isEqualByComparingTo("75.00");
    }

    @Test
    void matchesAWholeWordNumberBetweenPunctuation() {
        ClaimSnapshot claim = book.invoice("2024", "75.00", JANUARY);

        Decision decision = book.receive(credit("75.00").text("factuur/2024, dank u").build());

        assertThat(decision.rule()).isEqualTo(MatchRule.INVOICE_NUMBER);
        assertThat(book.open(claim)).isEqualByComparingTo("0");
    }

    @Test
    void matchesTheAmountOfAClaimOfTheDebtorWhoseAccountPaid() {
        ClaimSnapshot other = book.invoice("INV-1", "40.00", JANUARY);
        ClaimSnapshot claim = book.invoice("INV-2", "64.10", FEBRUARY);

        Decision decision = book.receive(credit("64.10").from("", "BE71 0961 2345 6769").build());

        assertThat(decision.rule()).isEqualTo(MatchRule.AMOUNT_AND_COUNTERPARTY);
        assertThat(book.open(claim)).isEqualByComparingTo("0");
        assertThat(book.open(other)).isEqualByComparingTo("40.00");
    }

    @Test
    void matchesTheAmountOfAClaimOfTheDebtorByNameWithoutTheLegalForm() {
        ClaimSnapshot claim = book.invoice("INV-3", "99.00", JANUARY);

        Decision decision = book.receive(credit("99.00").from("BRASSERIE DE KROON", STRANGER_IBAN).build());

        assertThat(decision.rule()).isEqualTo(MatchRule.AMOUNT_AND_COUNTERPARTY);
        assertThat(book.open(claim)).isEqualByComparingTo("0");
    }

    @Test
    void paysAllOfADebtorsClaimsOldestFirstWhenTheyAddUpToTheAmount() {
        ClaimSnapshot newer = book.invoice("INV-5", "30.00", FEBRUARY);
        ClaimSnapshot older = book.invoice("INV-4", "20.00", JANUARY);

        Decision decision = book.receive(credit("50.00").from("", "BE71096123456769").build());

        assertThat(decision.plan().allocations()).extracting(a -> a.claim().number()).containsExactly("INV-4",
                "INV-5");
        assertThat(book.open(older)).isEqualByComparingTo("0");
        assertThat(book.open(newer)).isEqualByComparingTo("0");
    }

    @Test
    void leavesAnUnknownPaymentUnmatchedWithScoredSuggestions() {
        ClaimSnapshot likely = book.invoice("INV-7", "120.00", JANUARY);
        book.invoice("INV-8", "300.00", JANUARY);

        Decision decision = book.receive(credit("120.00").from("Kroon brasserie", STRANGER_IBAN).build());

        assertThat(decision.status()).isEqualTo(PaymentStatus.UNMATCHED);
        assertThat(decision.suggestions()).hasSize(2);
        Suggestion best = decision.suggestions().get(0);
        assertThat(best.claimId()).isEqualTo(likely.id());
        assertThat(best.score()).isEqualTo(65);
        assertThat(best.reasons()).contains("amount equals the open amount", "payer's name resembles the debtor's");
        assertThat(decision.suggestions().get(1).score()).isEqualTo(15);
        assertThat(book.open(likely)).isEqualByComparingTo("120.00");
    }

    @Test
    void keepsAClaimOpenAfterTheFirstOfTwoHalfPayments() {
        ClaimSnapshot claim = book.invoice("INV-10", "100.00", JANUARY);

        book.receive(credit("50.00").referring(claim).build());

        assertThat(book.open(claim)).isEqualByComparingTo("50.00");
        assertThat(book.status(claim)).isEqualTo("OPEN");

        book.receive(credit("50.00").referring(claim).build());

        assertThat(book.open(claim)).isEqualByComparingTo("0");
        assertThat(book.status(claim)).isEqualTo("PAID");
    }

    @Test
    void keepsAnOverpaymentAsACreditOnTheDebtor() {
        ClaimSnapshot claim = book.invoice("INV-11", "100.00", JANUARY);

        Decision decision = book.receive(credit("120.00").referring(claim).build());

        assertThat(decision.status()).isEqualTo(PaymentStatus.MATCHED);
        assertThat(book.open(claim)).isEqualByComparingTo("0");
        assertThat(decision.plan().credit()).isEqualByComparingTo("20.00");
        assertThat(book.credits()).hasSize(1);
        assertThat(decision.flags()).contains("overpaid by 20.00: kept as a credit, refund to decide");
    }

    @Test
    void takesAPaymentForAnAlreadyPaidClaimWholeAsACredit() {
        ClaimSnapshot claim = book.invoice("INV-12", "100.00", JANUARY);
        book.receive(credit("100.00").referring(claim).build());

        Decision second = book.receive(credit("100.00").referring(claim).build());

        assertThat(second.plan().allocations()).isEmpty();
        assertThat(second.plan().credit()).isEqualByComparingTo("100.00");
        assertThat(book.open(claim)).isEqualByComparingTo("0");
    }

    @Test
    void reopensAPaidClaimWhenThePaymentIsReturned() {
        ClaimSnapshot claim = book.invoice("INV-13", "100.00", JANUARY);
        book.receive(credit("100.00").referring(claim).build());

        Decision decision = book.receive(debit("100.00").referring(claim).returned().build());

        assertThat(decision.status()).isEqualTo(PaymentStatus.REVERSED);
        assertThat(decision.plan().allocations().get(0).amount()).isEqualByComparingTo("-100.00");
        assertThat(book.open(claim)).isEqualByComparingTo("100.00");
        assertThat(book.status(claim)).isEqualTo("OPEN");
    }

    @Test
    void reopensNoMoreThanWasPaidAndFlagsTheRest() {
        ClaimSnapshot claim = book.invoice("INV-14", "100.00", JANUARY);
        book.receive(credit("40.00").referring(claim).build());

        Decision decision = book.receive(debit("70.00").referring(claim).build());

        assertThat(book.open(claim)).isEqualByComparingTo("100.00");
        assertThat(decision.flags()).contains("reversal exceeds what was paid by 30.00");
    }

    @Test
    void holdsAPaymentInAnotherCurrencyWithoutConvertingIt() {
        ClaimSnapshot claim = book.invoice("INV-15", "100.00", JANUARY);

        Decision decision = book.receive(credit("100.00").in("USD").referring(claim).build());

        assertThat(decision.status()).isEqualTo(PaymentStatus.HELD);
        assertThat(decision.flags()).anyMatch(flag -> flag.contains("paid in USD for claim INV-15 in EUR"));
        assertThat(book.open(claim)).isEqualByComparingTo("100.00");
    }

    @Test
    void leavesOrdinaryDebitsAlone() {
        ClaimSnapshot claim = book.invoice("INV-16", "100.00", JANUARY);

        Decision decision = book.receive(debit("100.00").text("INV-16").from("Brasserie De Kroon", "").build());

        assertThat(decision.status()).isEqualTo(PaymentStatus.OUTGOING);
        assertThat(book.open(claim)).isEqualByComparingTo("100.00");
    }

    @Test
    void prefersTheReferenceOverAnInvoiceNumberInTheText() {
        ClaimSnapshot mentioned = book.invoice("INV-2024-0020", "10.00", JANUARY);
        ClaimSnapshot referenced = book.invoice("INV-2024-0021", "10.00", JANUARY);

        book.receive(credit("10.00").referring(referenced).text("INV-2024-0020").build());

        assertThat(book.open(referenced)).isEqualByComparingTo("0");
        assertThat(book.open(mentioned)).isEqualByComparingTo("10.00");
    }
}
