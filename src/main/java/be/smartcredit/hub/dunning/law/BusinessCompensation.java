package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;

/**
 * The compensation for recovery costs a business debtor owes on a late invoice (Law of 2 August 2002,
 * art. 6): a flat EUR 40 per invoice, due without notice, unless the client's general terms agree a
 * damages clause, which then replaces it.
 */
public final class BusinessCompensation {

    /** The statutory flat sum per invoice. */
    public static final BigDecimal FLAT_PER_INVOICE = Money.euros("40");

    private BusinessCompensation() {
    }

    /** The compensation on one invoice of which {@code unpaid} euros were open when it fell due. */
    public static LumpSum forInvoice(BigDecimal unpaid, ContractTerms terms) {
        Money.requireNonNegative(unpaid, "unpaid amount");
        if (unpaid.signum() == 0) {
            return LumpSum.none("the invoice was paid by its due date, so no compensation"
                    + " (Law of 2 August 2002, art. 6)");
        }
        return terms.agreedDamages()
                .map(clause -> new LumpSum(clause.amountFor(unpaid), "damages clause of the client's general"
                        + " terms (" + clause.describe() + "), replacing the flat EUR 40"))
                .orElseGet(() -> new LumpSum(FLAT_PER_INVOICE,
                        "flat EUR 40 per invoice for recovery costs (Law of 2 August 2002, art. 6)"));
    }
}
