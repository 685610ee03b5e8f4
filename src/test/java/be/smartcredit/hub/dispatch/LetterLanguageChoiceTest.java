package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.document.LetterLanguage;
import be.smartcredit.hub.dunning.ActionContents;
import be.smartcredit.hub.dunning.DebtorKind;
import be.smartcredit.hub.dunning.StepKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterLanguageChoiceTest {

    private static final Connector CLIENT = client("nl");

    @Test
    void takesTheLanguageOfABelgianPostcodeWhenTheDebtorsRecordHasNone() {
        assertThat(LetterComposer.languageOf(letterTo(null, "BE", "4000"), CLIENT)).isEqualTo(LetterLanguage.FR);
        assertThat(LetterComposer.languageOf(letterTo(null, "BE", "4700"), CLIENT)).isEqualTo(LetterLanguage.DE);
        assertThat(LetterComposer.languageOf(letterTo(null, "BE", "9000"), CLIENT)).isEqualTo(LetterLanguage.NL);
    }

    @Test
    void prefersTheDebtorsOwnLanguageOverThePostcode() {
        assertThat(LetterComposer.languageOf(letterTo("en", "BE", "4000"), CLIENT)).isEqualTo(LetterLanguage.EN);
    }

    @Test
    void fallsBackToTheClientsDefaultForBrusselsAndAbroad() {
        Connector french = client("fr");

        assertThat(LetterComposer.languageOf(letterTo(null, "BE", "1000"), french)).isEqualTo(LetterLanguage.FR);
        assertThat(LetterComposer.languageOf(letterTo(null, "NL", "4000"), french)).isEqualTo(LetterLanguage.FR);
    }

    private static PendingLetter letterTo(String language, String country, String postcode) {
        ActionContents.Debtor debtor = new ActionContents.Debtor("Debtor", "Street 1", null, postcode, "City",
                country, null, DebtorKind.CONSUMER, 1, null, null, language);
        return new PendingLetter(new ActionContents.Contents(1, StepKind.REMINDER_1, "PENDING", 1, "demo", null,
                LocalDate.of(2025, 5, 7), null, BigDecimal.ZERO, debtor, List.of(), List.of()));
    }

    private static Connector client(String debtorLanguage) {
        return new Connector("demo", "Demo", null, null, null, null, null, null, null, null, "nl", List.of(), null,
                null, null, new Connector.Debtors(Connector.DebtorType.CONSUMER, debtorLanguage), null, null, null,
                0L, null, null, null, List.of());
    }
}
