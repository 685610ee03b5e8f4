package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.document.LetterLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of e-mails and notices in one language ({@code mail/texts_<lang>.properties}), with its formats. */
final class MessageTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LetterLanguage language;
    private final Locale locale;
    private final ResourceBundle bundle;

    MessageTexts(LetterLanguage language) {
        this.language = language;
        this.locale = language == LetterLanguage.EN ? Locale.UK : new Locale(language.code(), "BE");
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
        return DATE.format(date);
    }

    String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " " + currency;
    }
}
