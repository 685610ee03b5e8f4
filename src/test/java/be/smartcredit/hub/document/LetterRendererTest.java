package be.smartcredit.hub.document;

import be.smartcredit.hub.support.Pdfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

    static LetterRenderer renderer;

    @BeforeAll
    static void buildTheRendererOnce() {
        renderer = new LetterRenderer();
    }

    @Test
    void printsEverythingTheDebtorNeedsToPayOnAFirstReminder() {
        ReminderLetter letter = ReminderLetters.sample(LetterKind.REMINDER_1);

        String text = Pdfs.text(renderer.render(letter));

        assertThat(text).contains("Herinnering", "Zonnebloem Verwarming BV", "0123.456.749",
                "Jan Peeters", "Kerkstraat 12", "2000 Antwerpen",
                "F2025-0101", "10/01/2025", "09/02/2025", "EUR 450,00",
                "F2025-0144", "24/01/2025", "23/02/2025", "EUR 1.234,56",
                "EUR 1.684,56", "+++123/4567/89002+++", "BE68 5390 0754 7034", "GKCCBEBB", "02/04/2025",
                "14 maart 2025", "Scan en betaal");
        assertThat(text).doesNotContain("Tweede herinnering");
    }

    @Test
    void statesTheBookNineteenMentionsOnAFirstReminder() {
        ReminderLetter letter = ReminderLetters.sample(LetterKind.REMINDER_1);

        String text = oneLine(Pdfs.text(renderer.render(letter)));

        assertThat(text).contains("boek XIX", "kosteloos", "Het openstaande bedrag van EUR 1.684,56",
                "eerste verviel op 09/02/2025",
                "Schuldeiser: Zonnebloem Verwarming BV, ondernemingsnummer 0123.456.749",
                "termijn van 14 dagen", "uiterlijk op 02/04/2025", "forfaitaire schadevergoeding van EUR 124,23");
    }

    @Test
    void printsTheSecondReminderWithItsOwnSubjectAndWithoutTheFirstReminderMentions() {
        ReminderLetter letter = ReminderLetters.sample(LetterKind.REMINDER_2);

        String text = oneLine(Pdfs.text(renderer.render(letter)));

        assertThat(text).contains("Tweede herinnering", "Jan Peeters", "F2025-0144", "EUR 1.684,56",
                "+++123/4567/89002+++", "BE68 5390 0754 7034", "forfaitaire schadevergoeding van EUR 124,23");
        assertThat(text).doesNotContain("boek XIX", "kosteloos");
    }

    @Test
    void carriesAQrCodeThatReadsAsTheExpectedTransfer() {
        byte[] pdf = renderer.render(ReminderLetters.sample(LetterKind.REMINDER_1));

        String decoded = Pdfs.qrCodeOnFirstPage(pdf);

        assertThat(decoded).isEqualTo(EpcPayloadTest.SAMPLE_PAYLOAD);
    }

    @Test
    void carriesTheQrCodeOnASecondReminderToo() {
        byte[] pdf = renderer.render(ReminderLetters.sample(LetterKind.REMINDER_2));

        String decoded = Pdfs.qrCodeOnFirstPage(pdf);

        assertThat(decoded).isEqualTo(EpcPayloadTest.SAMPLE_PAYLOAD);
    }

    @Test
    void showsBankDetailsWithoutQrCodeForALetterInAnotherCurrency() {
        ReminderLetter letter = ReminderLetters.withCurrency(ReminderLetters.sample(), Currency.getInstance("USD"));

        String text = Pdfs.text(renderer.render(letter));

        assertThat(text).contains("USD 1.684,56", "BE68 5390 0754 7034", "+++123/4567/89002+++");
        assertThat(text).doesNotContain("Scan en betaal");
    }

    @Test
    void writesNamesInAnyEuropeanScriptExactly() {
        String debtor = "Łukasz Żółć-Ødegård";
        String creditor = "Şahin Παπαδόπουλος Иванов";
        ReminderLetter letter = ReminderLetters.withCreditor(
                ReminderLetters.withDebtor(ReminderLetters.sample(), ReminderLetters.debtor(debtor)),
                ReminderLetters.creditorNamed(creditor));

        byte[] pdf = renderer.render(letter);

        assertThat(Pdfs.text(pdf)).contains(debtor, creditor).doesNotContain("#");
        assertThat(Pdfs.qrCodeOnFirstPage(pdf)).contains("\n" + creditor + "\n");
    }

    @Test
    void embedsEveryFontItUses() {
        ReminderLetter letter = ReminderLetters.withDebtor(ReminderLetters.sample(),
                ReminderLetters.debtor("Şahin Παπαδόπουλος Иванов"));

        byte[] pdf = renderer.render(letter);

        assertThat(Pdfs.fontsEmbedded(pdf)).isNotEmpty().allSatisfy((name, embedded) ->
                assertThat(embedded).as("font %s embedded", name).isTrue());
    }

    @Test
    void refusesALetterItCouldOnlyPrintWithPlaceholderGlyphs() {
        ReminderLetter letter = ReminderLetters.withDebtor(ReminderLetters.sample(),
                ReminderLetters.debtor("山田 太郎"));

        assertThatThrownBy(() -> renderer.render(letter))
                .isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("not available");
    }

    @Test
    void printsTheCreditorsLogoFromTheClassPath() {
        ReminderLetter.Creditor plain = ReminderLetters.creditor();
        ReminderLetter.Creditor withLogo = new ReminderLetter.Creditor(plain.name(), plain.enterpriseNumber(),
                plain.vatNumber(), plain.addressLines(), plain.phone(), plain.email(), plain.iban(), plain.bic(),
                "letterheads/zonnebloem.svg");

        byte[] pdf = renderer.render(ReminderLetters.withCreditor(ReminderLetters.sample(), withLogo));

        assertThat(Pdfs.text(pdf)).contains("Zonnebloem Verwarming BV");
        assertThat(Pdfs.qrCodeOnFirstPage(pdf)).isEqualTo(EpcPayloadTest.SAMPLE_PAYLOAD);
    }

    @Test
    void refusesToSendALetterWhoseLogoIsMissing() {
        ReminderLetter.Creditor plain = ReminderLetters.creditor();
        ReminderLetter.Creditor withLogo = new ReminderLetter.Creditor(plain.name(), plain.enterpriseNumber(),
                plain.vatNumber(), plain.addressLines(), plain.phone(), plain.email(), plain.iban(), plain.bic(),
                "letterheads/nowhere.png");
        ReminderLetter letter = ReminderLetters.withCreditor(ReminderLetters.sample(), withLogo);

        assertThatThrownBy(() -> renderer.render(letter)).isInstanceOf(LetterRenderingException.class);
    }

    @Test
    void readsNoLogoFromOutsideTheClassPath() {
        ReminderLetter.Creditor creditor = ReminderLetters.creditor();

        assertThatThrownBy(() -> new ReminderLetter.Creditor(creditor.name(), creditor.enterpriseNumber(), null,
                creditor.addressLines(), null, null, creditor.iban(), null, "../../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** PDF text breaks lines where the layout wraps them; sentences are compared with single spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
