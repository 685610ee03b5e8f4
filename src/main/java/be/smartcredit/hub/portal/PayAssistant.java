package be.smartcredit.hub.portal;

import be.smartcredit.hub.document.LanguageFormats;
import be.smartcredit.hub.document.LetterLanguage;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The pay page's chat assistant: finds what a debtor asks by keywords of the debtor's language and answers it from
 * the dossier's own figures; a question it cannot place, or a wish to talk to a person, is handed over to an agent.
 * Needs no external service: the intents, keywords and answers are the hub's own
 * ({@code portal/assistant_<lang>.properties}).
 */
final class PayAssistant {

    /** What a debtor may ask; {@link #HANDOVER} when a person must answer. */
    enum Intent { PLAN, DISPUTE, NEXT, HOW_TO_PAY, WHAT_FOR, OWED, HANDOVER }

    /** The dossier's figures the answers are made of. */
    record Facts(String language, String creditor, String currency, List<Claim> claims, BigDecimal open,
            BigDecimal interest, BigDecimal fees, BigDecimal total, String iban, String bic, String communication,
            String nextStep, LocalDate nextStepOn, boolean payOnline) {
    }

    /** One open claim of the dossier. */
    record Claim(String number, LocalDate issueDate, LocalDate dueDate, BigDecimal open) {
    }

    /** What the assistant found and says. */
    record Answer(Intent intent, String text) {

        public boolean handsOver() {
            return intent == Intent.HANDOVER;
        }
    }

    Answer answer(String question, Facts facts) {
        ResourceBundle texts = texts(facts.language());
        Intent intent = intentOf(question, texts);
        return new Answer(intent, say(intent, facts, texts));
    }

    /** The intent with the most keywords starting a word of the question; ties go to the intent listed first. */
    Intent intentOf(String question, ResourceBundle texts) {
        String words = " " + plain(question) + " ";
        Intent best = Intent.HANDOVER;
        int bestHits = 0;
        for (Intent intent : Intent.values()) {
            int hits = 0;
            for (String keyword : texts.getString("keywords." + intent.name()).split(",")) {
                hits += words.contains(" " + plain(keyword)) ? 1 : 0;
            }
            if (hits > bestHits) {
                best = intent;
                bestHits = hits;
            }
        }
        return best;
    }

    private static String say(Intent intent, Facts facts, ResourceBundle texts) {
        LanguageFormats formats = LanguageFormats.of(facts.language());
        String total = formats.money(facts.total(), facts.currency());
        return switch (intent) {
            case OWED -> text(texts, formats, "answer.OWED", facts.creditor(), total,
                    formats.money(facts.open(), facts.currency()), formats.money(facts.interest(), facts.currency()),
                    formats.money(facts.fees(), facts.currency()));
            case WHAT_FOR -> text(texts, formats, "answer.WHAT_FOR", facts.claims().size(), claims(facts, texts,
                    formats));
            case HOW_TO_PAY -> text(texts, formats, "answer.HOW_TO_PAY", total, facts.iban(), facts.bic(),
                    facts.creditor(), facts.communication()) + (facts.payOnline() ? " " + texts.getString(
                    "answer.HOW_TO_PAY.online") : "");
            case NEXT -> facts.nextStep() == null ? texts.getString("answer.NEXT.none")
                    : text(texts, formats, "answer.NEXT", formats.longDate(facts.nextStepOn()),
                            texts.getString("step." + facts.nextStep()));
            case PLAN, DISPUTE -> texts.getString("answer." + intent.name());
            case HANDOVER -> text(texts, formats, "answer.HANDOVER", facts.creditor());
        };
    }

    private static String claims(Facts facts, ResourceBundle texts, LanguageFormats formats) {
        return facts.claims().stream().map(claim -> text(texts, formats, "answer.WHAT_FOR.claim", claim.number(),
                formats.longDate(claim.issueDate()), formats.longDate(claim.dueDate()),
                formats.money(claim.open(), facts.currency()))).collect(Collectors.joining("; "));
    }

    private static String text(ResourceBundle texts, LanguageFormats formats, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), formats.locale()).format(arguments);
    }

    private static ResourceBundle texts(String language) {
        return ResourceBundle.getBundle("portal.assistant", new Locale(LetterLanguage.parse(language).code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Lower case without accents or punctuation, words separated by single blanks. */
    private static String plain(String text) {
        String bare = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
