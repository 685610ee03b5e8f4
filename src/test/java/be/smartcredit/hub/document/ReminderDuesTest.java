package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.support.Pdfs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReminderDuesTest {

    static LetterRenderer renderer;

    @BeforeAll
    static void buildTheRendererOnce() {
        renderer = new LetterRenderer();
    }

    @Test
    void printsPaymentsInterestChargesAndAsksTheTotalInTheQrCode() {
        ReminderLetter letter = secondReminder(new ReminderLetter.Dues(new BigDecimal("250.00"),
                new BigDecimal("12.34"), new BigDecimal("95.00")), false);

        byte[] pdf = renderer.render(letter);

        // open 200.00 + 1234.56 = 1434.56; + interest 12.34 + charges 95.00 = 1541.90
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Ontvangen", "EUR 250,00", "EUR 1.434,56", "Interesten EUR 12,34",
                "Schadevergoeding en kosten EUR 95,00", "Totaal verschuldigd EUR 1.541,90");
        assertThat(Pdfs.qrCodeOnFirstPage(pdf)).contains("\nEUR1541.90\n");
    }

    @Test
    void leavesTheBookXixMentionsOffABusinessFirstReminder() {
        ReminderLetter letter = new ReminderLetter(LetterKind.REMINDER_1, LetterLanguage.NL, LocalDate.of(2025, 3, 14),
                ReminderLetters.creditor(), ReminderLetters.debtor("Bouw NV"), ReminderLetters.invoices(),
                Currency.getInstance("EUR"), ReminderLetters.COMMUNICATION, LocalDate.of(2025, 4, 2), null,
                Presentation.silentMode(), new ReminderLetter.Dues(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                false);

        String text = Pdfs.text(renderer.render(letter));

        assertThat(text).contains("Herinnering", "EUR 1.684,56").doesNotContain("boek XIX", "kosteloos");
    }

    private static ReminderLetter secondReminder(ReminderLetter.Dues dues, boolean bookXix) {
        List<ReminderLetter.OpenInvoice> invoices = List.of(
                new ReminderLetter.OpenInvoice("F2025-0101", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 9),
                        new BigDecimal("200.00"), new BigDecimal("250.00")),
                new ReminderLetter.OpenInvoice("F2025-0144", LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 23),
                        new BigDecimal("1234.56"), BigDecimal.ZERO));
        return new ReminderLetter(LetterKind.REMINDER_2, LetterLanguage.NL, LocalDate.of(2025, 3, 14),
                ReminderLetters.creditor(), ReminderLetters.debtor("Jan Peeters"), invoices,
                Currency.getInstance("EUR"), ReminderLetters.COMMUNICATION, LocalDate.of(2025, 4, 2), null,
                Presentation.silentMode(), dues, bookXix);
    }
}
