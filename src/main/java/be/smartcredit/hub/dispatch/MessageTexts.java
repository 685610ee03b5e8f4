package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.document.LanguageFormats;
import be.smartcredit.hub.document.LetterLanguage;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of e-mails and notices in one language ({@code mail/texts_<lang>.properties}), with its formats. */
final class MessageTexts {

    private final LetterLanguage language;
    private final Locale locale;
    private final LanguageFormats formats;
    private final ResourceBundle bundle;

    MessageTexts(LetterLanguage language) {
        this.language = language;
        this.formats = new LanguageFormats(language);
        this.locale = formats.locale();
        this.bundle = ResourceBundle.getBundle("mail.texts", new Locale(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    LetterLanguage language() {
        return language;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String date(LocalDate date) {
        return formats.shortDate(date);
    }

    String money(BigDecimal amount, String currency) {
        return formats.money(amount, currency);
    }
}
