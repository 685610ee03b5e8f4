package be.smartcredit.hub.claim;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Tells whether a claim carries the data dunning cannot do without. */
public final class DunningDataCheck {

    private DunningDataCheck() {
    }

    /**
     * Lists what is missing or wrong for dunning, each naming the UBL element it comes from; empty when sound.
     * A due date is not required: the hub derives one from the issue date when the document gives none.
     */
    // The sizes the claims and debtors tables hold.
    private static final int MAX_NUMBER = 120;
    private static final int MAX_NAME = 300;
    private static final int MAX_EMAIL = 254;
    private static final java.math.BigDecimal MAX_AMOUNT = new java.math.BigDecimal("9999999999999.99");

    public static List<String> dunningDataProblems(ClaimDocument claim) {
        List<String> problems = new ArrayList<>();

        if (isBlank(claim.number())) {
            problems.add("cbc:ID (the document number) is missing");
        }
        if (claim.debtor() == null || isBlank(claim.debtor().name())) {
            problems.add("cac:AccountingCustomerParty has no name (cac:PartyName/cbc:Name or "
                    + "cac:PartyLegalEntity/cbc:RegistrationName)");
        }
        if (claim.payableAmount() == null) {
            problems.add("cac:LegalMonetaryTotal/cbc:PayableAmount is missing");
        }
        currencyProblem(claim.currency()).ifPresent(problems::add);
        if (claim.dueDate() == null && claim.issueDate() == null) {
            problems.add("cbc:IssueDate is missing and there is no due date either");
        }
        tooLong("cbc:ID (the document number)", claim.number(), MAX_NUMBER).ifPresent(problems::add);
        if (claim.debtor() != null) {
            tooLong("the debtor's name", claim.debtor().name(), MAX_NAME).ifPresent(problems::add);
            tooLong("the debtor's cbc:ElectronicMail", claim.debtor().email(), MAX_EMAIL).ifPresent(problems::add);
        }
        if (claim.payableAmount() != null && claim.payableAmount().abs().compareTo(MAX_AMOUNT) > 0) {
            problems.add("cbc:PayableAmount " + claim.payableAmount().toPlainString() + " is larger than "
                    + MAX_AMOUNT.toPlainString());
        }
        return List.copyOf(problems);
    }

    private static Optional<String> currencyProblem(String code) {
        if (isBlank(code)) {
            return Optional.of("cbc:DocumentCurrencyCode is missing");
        }
        try {
            Currency.getInstance(code);
            return Optional.empty();
        } catch (IllegalArgumentException notIso) {
            return Optional.of("cbc:DocumentCurrencyCode '" + code + "' is not an ISO 4217 currency");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static java.util.Optional<String> tooLong(String what, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(what + " has " + value.length() + " characters, more than " + limit);
    }
}
