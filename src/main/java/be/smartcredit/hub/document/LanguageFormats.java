package be.smartcredit.hub.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How amounts and dates are written for a debtor in one language (Belgian conventions; British English). */
public final class LanguageFormats {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;

    public LanguageFormats(LetterLanguage language) {
        this.locale = language == LetterLanguage.EN ? Locale.UK : new Locale(language.code(), "BE");
    }

    /** The formats of a language code ({@code nl}, {@code fr}, {@code de}, {@code en}); English for another. */
    public static LanguageFormats of(String code) {
        return new LanguageFormats(LetterLanguage.parse(code));
    }

    public Locale locale() {
        return locale;
    }

    /** The amount with two decimals and the language's separators, then the currency: {@code 1.234,50 EUR}. */
    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " " + currency;
    }

    /** The date as on a Belgian form: {@code 01/06/2018}. */
    public String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** The date in words: {@code 1 juni 2018}, {@code 1 juin 2018}, {@code 1. Juni 2018}, {@code 1 June 2018}. */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
