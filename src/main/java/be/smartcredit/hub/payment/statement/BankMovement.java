package be.smartcredit.hub.payment.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One money movement on an account, as the matcher sees it whatever format it came in.
 *
 * @param key unique within its statement, stable when the same file is read again (such as {@code 6/0} or
 *     {@code N3/T1})
 * @param amount signed: credits positive, debits negative
 * @param reference the structured reference (OGM or RF) when the movement carries a valid one, else null
 * @param freeText the unstructured remittance text, including a structured one that failed its check
 * @param counterpartyIban the payer's (or payee's) account as the bank gave it, upper case without blanks
 * @param returned true for a reversal or a returned payment (an R-transaction)
 * @param flags sentences telling a person what is odd about this movement; empty when nothing is
 */
public record BankMovement(
        String key,
        BigDecimal amount,
        String currency,
        LocalDate bookingDate,
        PaymentReference reference,
        String freeText,
        String counterpartyName,
        String counterpartyIban,
        boolean returned,
        List<String> flags) {

    public BankMovement {
        freeText = freeText == null ? "" : freeText.strip();
        counterpartyName = counterpartyName == null ? "" : counterpartyName.strip();
        counterpartyIban = counterpartyIban == null ? "" : counterpartyIban.replaceAll("\\s", "").toUpperCase();
        flags = List.copyOf(flags);
    }

    public Optional<PaymentReference> structuredReference() {
        return Optional.ofNullable(reference);
    }

    public boolean isCredit() {
        return amount.signum() > 0;
    }
}
