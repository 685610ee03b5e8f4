package be.smartcredit.hub.document;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.util.Locale;
import java.util.Objects;

/**
 * The reference a debtor pays with: a Belgian structured communication (OGM/VCS) or an ISO 11649 creditor
 * reference ({@code RF18 5390 0754 7034}); both go in the structured field of a transfer and of the EPC QR code.
 */
public final class PaymentReference {

    private static final int MAX_CREDITOR_REFERENCE_LENGTH = 25;

    private final String electronic;
    private final String printed;

    private PaymentReference(String electronic, String printed) {
        this.electronic = electronic;
        this.printed = printed;
    }

    /** The reference of a structured communication: twelve digits, printed as {@code +++123/4567/89002+++}. */
    public static PaymentReference of(StructuredCommunication communication) {
        Objects.requireNonNull(communication, "communication");
        return new PaymentReference(communication.digits(), communication.formatted());
    }

    /**
     * An ISO 11649 creditor reference, written with or without the spaces between groups of four; throws when it
     * is not {@code RF}, two check digits and 1 to 21 letters or digits, or when the check digits do not hold.
     */
    public static PaymentReference creditorReference(String reference) {
        String compact = reference == null ? "" : reference.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("RF\\d{2}[A-Z0-9]{1,21}") || compact.length() > MAX_CREDITOR_REFERENCE_LENGTH) {
            throw new IllegalArgumentException("an RF creditor reference is RF, two check digits and 1 to 21 letters"
                    + " or digits, got '" + reference + "'");
        }
        if (!Iban.hasValidCheckDigits(compact)) {
            throw new IllegalArgumentException("creditor reference '" + reference + "' fails the mod-97 check");
        }
        return new PaymentReference(compact, compact.replaceAll("(.{4})(?!$)", "$1 "));
    }

    /**
     * Reads a reference as a debtor or an invoice may write it: a structured communication in any common form or
     * an RF creditor reference; {@code null} when the text is neither.
     */
    public static PaymentReference parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        var communication = StructuredCommunication.parse(text);
        if (communication.isPresent()) {
            return of(communication.get());
        }
        try {
            return creditorReference(text.strip());
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    /** The reference as a transfer and the QR code carry it: the twelve digits, or {@code RF...} without spaces. */
    public String electronic() {
        return electronic;
    }

    /** The reference as a letter prints it. */
    public String printed() {
        return printed;
    }

    /** Whether this is an ISO 11649 creditor reference rather than a Belgian structured communication. */
    public boolean isCreditorReference() {
        return electronic.startsWith("RF");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PaymentReference that && electronic.equals(that.electronic);
    }

    @Override
    public int hashCode() {
        return electronic.hashCode();
    }

    @Override
    public String toString() {
        return printed;
    }
}
