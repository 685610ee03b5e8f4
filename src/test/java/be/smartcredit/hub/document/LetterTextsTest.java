package be.smartcredit.hub.document;

import be.smartcredit.hub.support.Pdfs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LetterTextsTest {

    static LetterRenderer renderer;

    @BeforeAll
    static void buildTheRendererOnce() {
        renderer = new LetterRenderer();
    }

    @ParameterizedTest
    @EnumSource(LetterLanguage.class)
    void everyLanguageHasEveryTextAndAllTwelveMonths(LetterLanguage language) throws Exception {
        Document dutch = bundle(LetterLanguage.NL);

        Document translated = bundle(language);

        assertThat(keys(translated)).isEqualTo(keys(dutch));
        String months = translated.getElementsByTagName("months").item(0).getTextContent().strip();
        assertThat(months.split("\\s+")).hasSize(12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NL | Herinnering        | EUR 1.684,56      | 14 maart 2025
            FR | Rappel             | 1\u00A0684,56\u00A0EUR | Date\u00A0: 14 mars 2025
            DE | Zahlungserinnerung | 1.684,56 EUR      | 14. März 2025
            EN | Reminder           | EUR 1,684.56      | 14 March 2025
            """)
    void writesTheLetterInItsLanguageWithItsNumberAndDateFormat(LetterLanguage language, String subject,
            String total, String date) {
        ReminderLetter letter = ReminderLetters.withLanguage(ReminderLetters.sample(), language);

        String text = Pdfs.text(renderer.render(letter));

        assertThat(text).contains(subject, total, date, "+++123/4567/89002+++");
    }

    @Test
    void keepsTheQrCodeTheSameInEveryLanguage() {
        ReminderLetter letter = ReminderLetters.withLanguage(ReminderLetters.sample(), LetterLanguage.FR);

        String decoded = Pdfs.qrCodeOnFirstPage(renderer.render(letter));

        assertThat(decoded).isEqualTo(EpcPayloadTest.SAMPLE_PAYLOAD);
    }

    private static Document bundle(LetterLanguage language) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String path = LetterRenderer.LAYOUTS + "texts-" + language.code() + ".xml";
        try (InputStream in = LetterTextsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Set<String> keys(Document bundle) {
        Set<String> keys = new TreeSet<>();
        NodeList texts = bundle.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            keys.add(((Element) texts.item(i)).getAttribute("key"));
        }
        return keys;
    }
}
