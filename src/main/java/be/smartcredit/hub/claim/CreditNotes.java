package be.smartcredit.hub.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applies credit notes to the invoices they correct: a credit that names an invoice lowers its open amount once,
 * at once when the invoice is there, or when it arrives; a credit that names nothing stays a credit on the debtor.
 */
final class CreditNotes {

    private final JdbcClient jdbc;
    private final Claims claims;

    CreditNotes(JdbcClient jdbc, Claims claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    /** Called in the transaction that stored {@code claim} as {@code claimId}. */
    void settle(NewClaim claim, long claimId) {
        if (claim.isCredit() && claim.creditFor() != null) {
            lock(claim.connectorId(), claim.sellerKey(), claim.creditFor());
            invoiceNumbered(claim, claim.creditFor())
                    .ifPresent(invoice -> apply(new Credit(claimId, claim.amount().abs(), claim.currency()), invoice));
        } else if (!claim.isCredit()) {
            lock(claim.connectorId(), claim.sellerKey(), claim.number());
            waitingCredits(claim).forEach(credit -> apply(credit, claimId));
        }
    }

    // Held to the end of the transaction, so an invoice and its credit stored at once still meet.
    private void lock(String connectorId, String sellerKey, String invoiceNumber) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                .param("credit:" + connectorId + "|" + sellerKey + "|" + invoiceNumber).query().singleRow();
    }

    private Optional<Long> invoiceNumbered(NewClaim claim, String number) {
        return jdbc.sql("SELECT id FROM claims WHERE connector_id = ? AND seller_key = ? AND document_type = ? "
                        + "AND number = ?")
                .params(claim.connectorId(), claim.sellerKey(), DocumentType.INVOICE.name(), number)
                .query(Long.class).optional();
    }

    private List<Credit> waitingCredits(NewClaim invoice) {
        return jdbc.sql("SELECT id, abs(amount) AS amount, currency FROM claims WHERE connector_id = ? "
                        + "AND seller_key = ? AND credit_for_number = ? AND credit_applied_to IS NULL ORDER BY id")
                .params(invoice.connectorId(), invoice.sellerKey(), invoice.number())
                .query(Credit.class).list();
    }

    private void apply(Credit credit, long invoiceId) {
        Invoice invoice = jdbc.sql("SELECT open_amount, currency, status FROM claims WHERE id = ? FOR UPDATE")
                .param(invoiceId).query(Invoice.class).single();
        // Limitation: no conversion between currencies; such a credit waits for a person.
        if (!invoice.currency().equals(credit.currency())) {
            claims.recordEvent(credit.id(), "CREDIT_NOT_APPLIED", "the invoice it names is in "
                    + invoice.currency() + ", the credit in " + credit.currency());
            return;
        }

        BigDecimal open = invoice.openAmount().subtract(credit.amount()).max(BigDecimal.ZERO);
        boolean cancelled = open.signum() == 0 && ClaimStatus.OPEN.name().equals(invoice.status());
        jdbc.sql("UPDATE claims SET open_amount = ?, status = ?, next_action_on = CASE WHEN ? THEN NULL "
                        + "ELSE next_action_on END WHERE id = ?")
                .params(open, cancelled ? ClaimStatus.CREDITED.name() : invoice.status(), cancelled, invoiceId)
                .update();
        jdbc.sql("UPDATE claims SET credit_applied_to = ? WHERE id = ?").params(invoiceId, credit.id()).update();

        claims.recordEvent(invoiceId, "CREDIT_APPLIED", "credit note " + credit.id() + " lowered the open amount by "
                + credit.amount() + " to " + open);
        claims.recordEvent(credit.id(), "CREDIT_APPLIED", "applied to invoice claim " + invoiceId);
    }

    /** A credit waiting to be applied. */
    record Credit(long id, BigDecimal amount, String currency) {
    }

    /** The part of an invoice a credit changes. */
    record Invoice(BigDecimal openAmount, String currency, String status) {
    }
}
