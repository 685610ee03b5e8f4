package be.smartcredit.hub.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The canonical claim read from an invoice or credit note, whatever format it arrived in.
 *
 * <p>Amounts keep the scale the document wrote them with; {@code dueDate} is null when the document gives none
 * (the hub derives it later). {@code envelopeReceiverId} is the SBDH receiver when the document came in an envelope.
 */
public record ClaimDocument(
        DocumentType documentType,
        String typeCode,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        BigDecimal payableAmount,
        BigDecimal taxExclusiveAmount,
        String customizationId,
        String profileId,
        String buyerReference,
        String orderReference,
        String billingReference,
        String paymentTermsNote,
        String paymentId,
        String payeeIban,
        ClaimParty seller,
        ClaimParty debtor,
        String envelopeReceiverId) {
}
