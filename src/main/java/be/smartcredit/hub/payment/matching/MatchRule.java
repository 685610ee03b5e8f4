package be.smartcredit.hub.payment.matching;

/** Why a movement went to a claim, in the order the matcher tries the rules. */
public enum MatchRule {
    /** The movement's structured communication (OGM) or RF creditor reference names the claim. */
    REFERENCE,
    /** The claim's invoice number stands in the movement's free text. */
    INVOICE_NUMBER,
    /** The amount is what a known debtor (by account or name) owes. */
    AMOUNT_AND_COUNTERPARTY,
    /** A person chose the claim. */
    MANUAL,
    /** A returned or reversed payment gave money back: the claim is open again. */
    REVERSAL
}
