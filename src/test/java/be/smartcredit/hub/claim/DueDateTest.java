package be.smartcredit.hub.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DueDateTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 1, 10);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "30 days|2024-02-09",
            "Betaling binnen 30 dagen|2024-02-09",
            "Paiement à 30 jours|2024-02-09",
            "Net 14|2024-01-24",
            "30 days end of month|2024-02-29",
            "Payment within 10 days, 2% discount|2024-01-20"})
    void derivesTheDueDateFromThePaymentTermsNote(String note, LocalDate expected) {
        DueDate due = DueDate.derive(ISSUED, null, note, 45);

        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.basis()).isEqualTo("payment terms '" + note + "'");
    }

    @Test
    void fallsBackToTheConnectorsTermWhenTheNoteGivesNone() {
        DueDate due = DueDate.derive(ISSUED, null, "Pay promptly please", 45);

        assertThat(due.date()).isEqualTo(LocalDate.of(2024, 2, 24));
        assertThat(due.basis()).isEqualTo("connector default term of 45 days");
    }

    @Test
    void keepsTheDocumentsOwnDueDate() {
        DueDate due = DueDate.derive(ISSUED, LocalDate.of(2024, 3, 1), "30 days", 45);

        assertThat(due.date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(due.basis()).isEqualTo(DueDate.FROM_DOCUMENT);
    }
}
