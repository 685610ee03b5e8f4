package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;

/**
 * Whether a collector's own fee for its work may be passed on to the debtor: never to a consumer
 * (Book XIX); for a business this package sets no limit.
 */
public final class CollectionFees {

    private CollectionFees() {
    }

    /** The part of {@code requestedFee} the debtor may be billed. */
    public static Ruling<BigDecimal> chargeable(DebtorType debtor, BigDecimal requestedFee) {
        Money.requireNonNegative(requestedFee, "collection fee");
        // Limitation: a business fee is passed on as asked; whether it is a reasonable cost beyond the
        // flat EUR 40 (Law of 2 August 2002, art. 6) is left to the person who sets it.
        if (debtor == DebtorType.BUSINESS || requestedFee.signum() == 0) {
            return Ruling.asRequested(Money.round(requestedFee));
        }
        return Ruling.corrected(Money.ZERO, "a collector may not bill a consumer for its work (Book XIX Code of"
                + " Economic Law): the fee of EUR " + Money.round(requestedFee) + " is removed");
    }
}
