package be.smartcredit.hub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.document.LanguageFormats;
import be.smartcredit.hub.portal.PayAssistant.Intent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayAssistantTest {

    private final PayAssistant assistant = new PayAssistant();

    /** A dossier with two open invoices, interest and a lump sum, as the pay page reads it. */
    private static PayAssistant.Facts dossier(String language) {
        return new PayAssistant.Facts(language, "Demo Bouw BV", "EUR", List.of(
                new PayAssistant.Claim("D-1", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 4, 1),
                        new BigDecimal("800.00")),
                new PayAssistant.Claim("D-2", LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31),
                        new BigDecimal("1500.00"))),
                new BigDecimal("2300.00"), new BigDecimal("12.34"), new BigDecimal("65.00"), new BigDecimal("2377.34"),
                "BE68539007547034", "BBRUBEBB", "+++090/9337/55493+++", "FORMAL_NOTICE", LocalDate.of(2018, 6, 15),
                true);
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("nl", "Hoeveel moet ik nog betalen?", Intent.OWED),
                Arguments.of("fr", "Combien est-ce que je dois ?", Intent.OWED),
                Arguments.of("de", "Wie viel schulde ich?", Intent.OWED),
                Arguments.of("en", "How much do I owe?", Intent.OWED),
                Arguments.of("nl", "Waarvoor is deze brief?", Intent.WHAT_FOR),
                Arguments.of("fr", "Pourquoi je reçois ça ?", Intent.WHAT_FOR),
                Arguments.of("de", "Wofür ist diese Rechnung?", Intent.WHAT_FOR),
                Arguments.of("en", "What is this for? Which invoice?", Intent.WHAT_FOR),
                Arguments.of("nl", "Op welke rekening kan ik overschrijven?", Intent.HOW_TO_PAY),
                Arguments.of("fr", "Comment payer par virement ?", Intent.HOW_TO_PAY),
                Arguments.of("de", "Auf welches Konto soll ich überweisen?", Intent.HOW_TO_PAY),
                Arguments.of("en", "How do I pay, which account?", Intent.HOW_TO_PAY),
                Arguments.of("nl", "Wat gebeurt er als ik niet betaal?", Intent.NEXT),
                Arguments.of("fr", "Que se passe-t-il ensuite ?", Intent.NEXT),
                Arguments.of("de", "Was passiert danach?", Intent.NEXT),
                Arguments.of("en", "What happens next?", Intent.NEXT),
                Arguments.of("nl", "Kan ik in schijven betalen, een afbetalingsplan?", Intent.PLAN),
                Arguments.of("fr", "Puis-je payer en plusieurs fois, un échelonnement ?", Intent.PLAN),
                Arguments.of("de", "Kann ich in Raten zahlen?", Intent.PLAN),
                Arguments.of("en", "Can I pay in monthly instalments?", Intent.PLAN),
                Arguments.of("nl", "Ik betwist deze factuur, ze klopt niet", Intent.DISPUTE),
                Arguments.of("fr", "Je conteste cette facture, c'est une erreur", Intent.DISPUTE),
                Arguments.of("de", "Ich bestreite die Rechnung, sie ist falsch", Intent.DISPUTE),
                Arguments.of("en", "I dispute this invoice, it is wrong", Intent.DISPUTE),
                Arguments.of("nl", "Mijn hond heet Max", Intent.HANDOVER),
                Arguments.of("fr", "Il fait beau aujourd'hui", Intent.HANDOVER),
                Arguments.of("de", "Ich möchte mit einem Mitarbeiter sprechen", Intent.HANDOVER),
                Arguments.of("en", "Lorem ipsum", Intent.HANDOVER));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("questions")
    void findsTheIntentOfAQuestionInEachLanguage(String language, String question, Intent expected) {
        PayAssistant.Answer answer = assistant.answer(question, dossier(language));

        assertThat(answer.intent()).isEqualTo(expected);
        assertThat(answer.text()).isNotBlank().doesNotContain("{").doesNotContain("}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void answersWhatIsOwedWithTheDossiersFiguresInTheLanguagesFormat(String language, String question) {
        LanguageFormats formats = LanguageFormats.of(language);

        PayAssistant.Answer answer = assistant.answer(question, dossier(language));

        assertThat(answer.intent()).isEqualTo(Intent.OWED);
        assertThat(answer.text()).contains("Demo Bouw BV", formats.money(new BigDecimal("2377.34"), "EUR"),
                formats.money(new BigDecimal("2300.00"), "EUR"), formats.money(new BigDecimal("12.34"), "EUR"),
                formats.money(new BigDecimal("65.00"), "EUR"));
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of("nl", "hoeveel?"), Arguments.of("fr", "combien ?"),
                Arguments.of("de", "wie viel?"), Arguments.of("en", "how much?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void namesEachInvoiceItsDatesAndOpenAmount(String language, String ignored) {
        LanguageFormats formats = LanguageFormats.of(language);
        String question = switch (language) {
            case "nl" -> "welke factuur?";
            case "fr" -> "quelle facture ?";
            case "de" -> "welche Rechnung?";
            default -> "which invoice?";
        };

        String text = assistant.answer(question, dossier(language)).text();

        assertThat(text).contains("D-1", "D-2", formats.longDate(LocalDate.of(2018, 4, 1)),
                formats.longDate(LocalDate.of(2018, 5, 31)), formats.money(new BigDecimal("1500.00"), "EUR"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void tellsWhereToPayAndWhatFollows(String language, String ignored) {
        LanguageFormats formats = LanguageFormats.of(language);
        PayAssistant.Facts facts = dossier(language);

        String how = assistant.answer(howQuestion(language), facts).text();
        String next = assistant.answer(nextQuestion(language), facts).text();

        assertThat(how).contains("BE68539007547034", "BBRUBEBB", "+++090/9337/55493+++",
                formats.money(new BigDecimal("2377.34"), "EUR"));
        assertThat(next).contains(formats.longDate(LocalDate.of(2018, 6, 15)));
    }

    @Test
    void writesDutchAmountsAndDatesTheBelgianWay() {
        String owed = assistant.answer("Hoeveel ben ik verschuldigd?", dossier("nl")).text();
        String next = assistant.answer("Wat gebeurt er daarna?", dossier("nl")).text();

        assertThat(owed).contains("2.377,34 EUR").contains("2.300,00 EUR");
        assertThat(next).contains("15 juni 2018").contains("een ingebrekestelling");
    }

    @Test
    void handsOverAndSaysSoInTheDebtorsLanguage() {
        PayAssistant.Answer french = assistant.answer("Mon chat est malade", dossier("fr"));

        assertThat(french.handsOver()).isTrue();
        assertThat(french.text()).contains("Demo Bouw BV").contains("J'ai transmis");
    }

    private static String howQuestion(String language) {
        return switch (language) {
            case "nl" -> "hoe betaal ik?";
            case "fr" -> "comment payer ?";
            case "de" -> "wie zahle ich?";
            default -> "how do I pay?";
        };
    }

    private static String nextQuestion(String language) {
        return switch (language) {
            case "nl" -> "wat gebeurt er nu?";
            case "fr" -> "que se passe-t-il ?";
            case "de" -> "was passiert jetzt?";
            default -> "what happens now?";
        };
    }
}
