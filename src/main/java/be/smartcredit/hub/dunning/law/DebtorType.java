package be.smartcredit.hub.dunning.law;

/** Which body of law protects the debtor: Book XIX for consumers, the Law of 2 August 2002 for businesses. */
public enum DebtorType {
    CONSUMER,
    BUSINESS
}
