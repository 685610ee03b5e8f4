package be.smartcredit.hub.dunning;

/** Whether the debtor is a consumer (Book XIX applies) or a business (late payment act). */
public enum DebtorKind {
    CONSUMER,
    BUSINESS;

    /**
     * A debtor with a VAT or company number is a business.
     * Limitation: a sole trader invoiced without a VAT number is taken for a consumer (the safe side).
     */
    public static DebtorKind of(String vatId, String companyId) {
        boolean registered = (vatId != null && !vatId.isBlank()) || (companyId != null && !companyId.isBlank());
        return registered ? BUSINESS : CONSUMER;
    }

    /**
     * The kind stored with the debtor (from its document, the CSV's {@code debtor-type} or the connector's
     * {@code debtors.default-type}); the VAT and company numbers decide only when nothing usable is stored.
     */
    public static DebtorKind stored(String debtorType, String vatId, String companyId) {
        if (debtorType != null) {
            for (DebtorKind kind : values()) {
                if (kind.name().equalsIgnoreCase(debtorType.strip())) {
                    return kind;
                }
            }
        }
        return of(vatId, companyId);
    }
}
