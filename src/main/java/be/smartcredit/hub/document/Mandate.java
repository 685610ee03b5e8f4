package be.smartcredit.hub.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The mandate the creditor gave the agency (or the lawyer) to collect the debt, as a formal notice names it.
 *
 * @param given the date of the mandate
 * @param reference the mandate's or the agency's file reference
 */
public record Mandate(LocalDate given, String reference) {

    public Mandate {
        Objects.requireNonNull(given, "mandate date");
        LetterChecks.requireText(reference, "mandate reference");
    }
}
