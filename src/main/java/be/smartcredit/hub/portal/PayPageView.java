package be.smartcredit.hub.portal;

import be.smartcredit.hub.document.LanguageFormats;
import be.smartcredit.hub.dunning.DebtorKind;
import be.smartcredit.hub.dunning.StatementCalculator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The statement as the debtor reads it on the pay page: amounts and dates in the language's format, and the
 * explanation in the debtor's language, made from the statement's figures (the rule decisions in words stay on the
 * client's dossier page).
 */
record PayPageView(List<Line> lines, String interest, String fees, String total, List<String> explanation) {

    private static final String EUR = "EUR";

    /** One claim: its number, due date and what is still open on it. */
    record Line(long claimId, String number, String dueDate, String open) {
    }

    static PayPageView of(StatementCalculator.Statement statement, Locale locale, MessageSource messages) {
        LanguageFormats formats = LanguageFormats.of(locale.getLanguage());
        List<Line> lines = statement.claims().stream().map(claim -> new Line(claim.claimId(), claim.number(),
                formats.longDate(claim.dueDate()), formats.money(claim.open(), EUR))).toList();
        List<String> why = new ArrayList<>();
        why.add(messages.getMessage(statement.debtor() == DebtorKind.CONSUMER ? "pay.why.consumer"
                : "pay.why.business", null, locale));
        statement.claims().forEach(claim -> why.addAll(explain(claim, formats, locale, messages)));
        return new PayPageView(lines, formats.money(statement.interest(), EUR), formats.money(statement.fees(), EUR),
                formats.money(statement.total(), EUR), why);
    }

    private static List<String> explain(StatementCalculator.ClaimStatement claim, LanguageFormats formats,
            Locale locale, MessageSource messages) {
        List<String> why = new ArrayList<>();
        why.add(messages.getMessage("pay.why.claim", new Object[] {claim.number(),
                formats.longDate(claim.issueDate()), formats.longDate(claim.dueDate()),
                formats.money(claim.principal(), EUR)}, locale));
        BigDecimal received = claim.paid().add(claim.credited());
        if (received.signum() > 0) {
            why.add(messages.getMessage("pay.why.received", new Object[] {claim.number(), formats.money(received, EUR),
                    formats.money(claim.open(), EUR)}, locale));
        }
        if (claim.interestTotal().signum() > 0 && !claim.interest().isEmpty()) {
            why.add(messages.getMessage("pay.why.interest", new Object[] {claim.number(),
                    formats.money(claim.interestTotal(), EUR), formats.longDate(claim.interest().get(0).from())},
                    locale));
        }
        if (claim.fee().signum() > 0) {
            why.add(messages.getMessage("pay.why.fee", new Object[] {claim.number(), formats.money(claim.fee(), EUR)},
                    locale));
        }
        return why;
    }
}
