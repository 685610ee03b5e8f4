package be.smartcredit.hub.document;

import java.util.Objects;

/**
 * An invoice to print or mail on the client's behalf, rendered from its stored UBL 2.1 document.
 *
 * @param ubl the UBL Invoice or CreditNote, bare or inside a Peppol envelope (SBDH)
 * @param fileName the name the document is known by, used in error messages
 * @param language the language of the layout's texts
 * @param creditor the client as its invoices present it; its letterhead heads the invoice
 * @param presentation the ink and pay page (an invoice is always on the client's letterhead)
 * @param reference the reference to pay with, or {@code null} to take the invoice's own PaymentID when that is
 *     a structured communication or an RF reference
 * @param terms the client's terms of payment and sale to print under the invoice, or {@code null}
 */
public record InvoiceDocument(
        byte[] ubl,
        String fileName,
        LetterLanguage language,
        ReminderLetter.Creditor creditor,
        Presentation presentation,
        PaymentReference reference,
        String terms) {

    public InvoiceDocument {
        Objects.requireNonNull(ubl, "ubl");
        LetterChecks.requireText(fileName, "file name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(presentation, "presentation");
    }
}
