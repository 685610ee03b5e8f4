package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.document.LetterLanguage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MessageTextsTest {

    @Test
    void hasEveryTextInEveryLanguage() {
        for (LetterLanguage language : LetterLanguage.values()) {
            MessageTexts texts = new MessageTexts(language);

            for (String key : new String[] {"subject.REMINDER_1", "subject.REMINDER_2", "greeting", "intro", "open",
                    "pay", "attached", "closing", "onBehalf", "notice"}) {
                assertThat(texts.text(key, "A", "B", "C", "D", "E")).as("%s in %s", key, language).isNotBlank();
            }
        }
    }

    @Test
    void writesQuotesAccentsAndAmountsTheLanguagesWay() {
        MessageTexts french = new MessageTexts(LetterLanguage.FR);
        MessageTexts english = new MessageTexts(LetterLanguage.EN);

        String intro = french.text("intro", "F-1", "01/02/2026", "03/03/2026");

        assertThat(intro).contains("n'est pas encore (entièrement) payée");
        assertThat(new MessageTexts(LetterLanguage.NL).money(new BigDecimal("1656.25"), "EUR"))
                .isEqualTo("1.656,25 EUR");
        assertThat(english.money(new BigDecimal("1656.25"), "EUR")).isEqualTo("1,656.25 EUR");
    }
}
