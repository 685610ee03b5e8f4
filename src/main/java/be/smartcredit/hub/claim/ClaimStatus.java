package be.smartcredit.hub.claim;

/** Where a claim stands. */
public enum ClaimStatus {
    /** Money is owed and the procedure follows it. */
    OPEN,
    /** Fully paid. */
    PAID,
    /** A credit note or negative invoice: a credit for the debtor, never dunned. */
    CREDIT,
    /** An invoice whose whole amount credit notes have cancelled: nothing left to dun. */
    CREDITED,
    /** A small residual the procedure wrote off; no longer dunned. */
    WRITTEN_OFF
}
