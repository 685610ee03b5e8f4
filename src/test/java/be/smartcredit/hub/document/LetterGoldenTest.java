package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.support.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every layout in every language: rendered, read back, its QR code decoded, its PDF/A-2b marks checked. */
class LetterGoldenTest {

    static LetterRenderer renderer;

    @BeforeAll
    static void buildTheRendererOnce() {
        renderer = new LetterRenderer();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            REMINDER_1    | NL | Herinnering                                              | EUR 1.684,56
            REMINDER_1    | FR | Rappel                                                   | 1\u00A0684,56\u00A0EUR
            REMINDER_1    | DE | Zahlungserinnerung                                       | 1.684,56 EUR
            REMINDER_1    | EN | Reminder                                                 | EUR 1,684.56
            REMINDER_2    | NL | Tweede herinnering                                       | EUR 1.684,56
            REMINDER_2    | FR | Deuxième rappel                                          | 1\u00A0684,56\u00A0EUR
            REMINDER_2    | DE | Zweite Zahlungserinnerung                                | 1.684,56 EUR
            REMINDER_2    | EN | Second reminder                                          | EUR 1,684.56
            FORMAL_NOTICE | NL | Ingebrekestelling                                        | EUR 1.683,26
            FORMAL_NOTICE | FR | Mise en demeure                                          | 1\u00A0683,26\u00A0EUR
            FORMAL_NOTICE | DE | Inverzugsetzung                                          | 1.683,26 EUR
            FORMAL_NOTICE | EN | Formal notice                                            | EUR 1,683.26
            LAWYER_LETTER | NL | laatste verzoek tot minnelijke betaling                  | EUR 1.683,26
            LAWYER_LETTER | FR | dernière demande de paiement amiable                     | 1\u00A0683,26\u00A0EUR
            LAWYER_LETTER | DE | letzte Aufforderung zur gütlichen Zahlung                | 1.683,26 EUR
            LAWYER_LETTER | EN | final request for amicable payment                       | EUR 1,683.26
            PAYMENT_PLAN  | NL | Bevestiging van uw afbetalingsplan                       | EUR 561,09
            PAYMENT_PLAN  | FR | Confirmation de votre plan de paiement                   | 561,09\u00A0EUR
            PAYMENT_PLAN  | DE | Bestätigung Ihres Ratenplans                             | 561,09 EUR
            PAYMENT_PLAN  | EN | Confirmation of your payment plan                        | EUR 561.09
            CLOSING       | NL | Betaling ontvangen – dossier afgesloten                  | EUR 1.683,26
            CLOSING       | FR | Paiement reçu – dossier clôturé                          | 1\u00A0683,26\u00A0EUR
            CLOSING       | DE | Zahlung erhalten – Akte geschlossen                      | 1.683,26 EUR
            CLOSING       | EN | Payment received – file closed                           | EUR 1,683.26
            INVOICE       | NL | Factuur Snippet1                                         | EUR 1.656,25
            INVOICE       | FR | Facture Snippet1                                         | 1\u00A0656,25\u00A0EUR
            INVOICE       | DE | Rechnung Snippet1                                        | 1.656,25 EUR
            INVOICE       | EN | Invoice Snippet1                                         | EUR 1,656.25
            """)
    void rendersEachLayoutInEachLanguage(LetterKind kind, LetterLanguage language, String subject, String amount) {
        Object sample = Letters.sample(kind, language);

        byte[] pdf = Letters.render(renderer, sample);

        String text = oneLine(Pdfs.text(pdf));
        assertThat(text).contains(subject, amount, "+++123/4567/89002+++".equals(reference(kind))
                ? "+++123/4567/89002+++" : "RF18 5390 0754 7034", ReminderLetters.CREDITOR_NAME);
        assertThat(text).contains(kind == LetterKind.INVOICE
                ? new String[] {"BuyerTradingName AS", "item name 2"}
                : new String[] {Letters.DEBTOR_NAME, Letters.DEBTOR_CARE_OF});
        assertThat(Pdfs.qrCodes(pdf)).containsExactlyElementsOf(kind == LetterKind.CLOSING
                ? java.util.List.of() : java.util.List.of(Letters.expectedPayload(kind)));
        assertThat(Pdfs.pdfA2bProblems(pdf)).isEmpty();
    }

    private static String reference(LetterKind kind) {
        return kind == LetterKind.LAWYER_LETTER ? Letters.RF.printed() : Letters.OGM.printed();
    }

    /** PDF text breaks lines where the layout wraps them; sentences are compared with single spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ");
    }
}
