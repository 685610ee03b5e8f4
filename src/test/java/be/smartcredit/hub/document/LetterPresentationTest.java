package be.smartcredit.hub.document;

import static be.smartcredit.hub.document.LetterGoldenTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.support.Pdfs;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LetterPresentationTest {

    static final URI PAY_PAGE = URI.create("https://pay.smartcredit.example/p/7Hk2Qx");

    static LetterRenderer renderer;

    @BeforeAll
    static void buildTheRendererOnce() {
        renderer = new LetterRenderer();
    }

    @ParameterizedTest
    @EnumSource(value = LetterKind.class, names = {"REMINDER_1", "FORMAL_NOTICE", "PAYMENT_PLAN", "CLOSING"})
    void printsBlackAndWhiteWithoutAnyColour(LetterKind kind) {
        Letter letter = withPresentation((Letter) Letters.sample(kind, LetterLanguage.NL),
                Presentation.silentMode().withColours(Colours.BLACK_AND_WHITE));

        byte[] pdf = renderer.render(letter);

        assertThat(Pdfs.nonGreyColours(pdf)).isEmpty();
    }

    @Test
    void printsHeadingsAndRulesInTheAccentColour() {
        Letter letter = withPresentation(Letters.formalNotice(LetterLanguage.NL),
                Presentation.silentMode().withColours(new Colours("#CC0000")));

        byte[] pdf = renderer.render(letter);

        assertThat(Pdfs.nonGreyColours(pdf)).contains("0.8 0.0 0.0 rg");
    }

    @Test
    void addsASecondCodeForThePayPageLabelledWithItsLink() {
        ReminderLetter letter = Letters.reminder(LetterKind.REMINDER_1, LetterLanguage.NL)
                .withPresentation(Presentation.silentMode().withPayPage(PAY_PAGE));

        byte[] pdf = renderer.render(letter);

        assertThat(oneLine(Pdfs.text(pdf))).contains("Of betaal online", PAY_PAGE.toString());
        assertThat(Pdfs.qrCodes(pdf)).containsExactlyInAnyOrder(PAY_PAGE.toString(),
                Letters.expectedPayload(LetterKind.REMINDER_1));
    }

    @Test
    void printsNoPayPageWhenNoneIsGiven() {
        byte[] pdf = renderer.render(Letters.reminder(LetterKind.REMINDER_1, LetterLanguage.NL));

        assertThat(Pdfs.qrCodes(pdf)).hasSize(1);
        assertThat(Pdfs.text(pdf)).doesNotContain("Of betaal online");
    }

    @Test
    void refusesAPayPageThatIsNoWebLink() {
        assertThatThrownBy(() -> Presentation.silentMode().withPayPage(URI.create("file:/etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Presentation.silentMode().withPayPage(URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAReminderOnTheAgencysLetterheadInAgencyMode() {
        ReminderLetter letter = Letters.reminder(LetterKind.REMINDER_2, LetterLanguage.DE)
                .withPresentation(Presentation.silentMode().withAgency(Letters.agency()));

        String text = oneLine(Pdfs.text(renderer.render(letter)));

        assertThat(text).startsWith("Incasso Vlaanderen NV").contains("Im Auftrag von Zonnebloem Verwarming BV",
                "Zweite Zahlungserinnerung");
    }

    @Test
    void refusesAnAccentThatIsNoColour() {
        assertThatThrownBy(() -> new Colours("red")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Letter withPresentation(Letter letter, Presentation presentation) {
        if (letter instanceof ReminderLetter reminder) {
            return reminder.withPresentation(presentation);
        } else if (letter instanceof FormalNotice n) {
            return new FormalNotice(n.language(), n.date(), n.creditor(), n.debtor(), presentation, n.mandate(),
                    n.debt(), n.reference(), n.payBy());
        } else if (letter instanceof PaymentPlanConfirmation p) {
            return new PaymentPlanConfirmation(p.language(), p.date(), p.creditor(), p.debtor(), presentation,
                    p.agreedOn(), p.currency(), p.instalments(), p.reference());
        }
        ClosingLetter c = (ClosingLetter) letter;
        return new ClosingLetter(c.language(), c.date(), c.creditor(), c.debtor(), presentation, c.currency(),
                c.paid(), c.paidOn(), c.reference(), c.invoices());
    }
}
