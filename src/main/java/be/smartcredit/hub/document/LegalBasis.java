package be.smartcredit.hub.document;

/** The rule an interest period or a charge on a formal notice rests on; the letter names it in its language. */
public enum LegalBasis {

    /** Law of 2 August 2002 on late payment in commercial transactions (business debtors). */
    LATE_PAYMENT_ACT,
    /** Book XIX of the Code of Economic Law (consumer debtors). */
    CODE_OF_ECONOMIC_LAW_BOOK_XIX,
    /** The statutory interest rate (Law of 5 May 1865). */
    LEGAL_INTEREST,
    /** The creditor's general terms and conditions, accepted by the debtor. */
    CONTRACT_TERMS
}
