package be.smartcredit.hub.payment.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of free text looked up as invoice numbers: all that the matcher would find, and only whole words. */
class InvoiceNumbersTest {

    @Test
    void offersEveryNumberTheMatcherFindsInTheText() {
        String text = "paid invoices INV-2024-0012, inv-2024-0009 and 2024/77 (ref #5531)";
        List<String> numbers = List.of("INV-2024-0012", "INV-2024-0009", "2024/77", "5531", "#5531", "PAID INVOICES");

        List<String> candidates = InvoiceNumbers.candidatesIn(text);

        for (String number : numbers) {
            boolean mentioned = !new PaymentMatcher().mentionedIn(text, List.of(open(number))).isEmpty();
            assertThat(candidates.contains(number)).as(number).isEqualTo(mentioned);
        }
        assertThat(candidates).contains("INV-2024-0012", "2024/77", "5531");
    }

    @Test
    void leavesOutPiecesInsideLongerWordsAndShortPieces() {
        String text = "INV12345 on 41234, id 123";

        List<String> candidates = InvoiceNumbers.candidatesIn(text);

        assertThat(candidates).contains("INV12345", "41234", "INV12345 ON 41234")
                .doesNotContain("1234", "12345", "123", "NV12345");
    }

    @Test
    void givesOneEmptyPieceForATextWithoutAny() {
        List<String> candidates = InvoiceNumbers.candidatesIn("ok");

        assertThat(candidates).containsExactly("");
    }

    private static ClaimSnapshot open(String number) {
        return new ClaimBook().invoice(number, "10.00", LocalDate.of(2024, 1, 31));
    }
}
