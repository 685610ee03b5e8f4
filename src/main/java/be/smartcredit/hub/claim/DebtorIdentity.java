package be.smartcredit.hub.claim;

import java.util.Locale;

/**
 * The identifiers by which two documents are known to name the same debtor: VAT number, enterprise number, Peppol
 * id or e-mail address, each normalised; a Belgian VAT number also gives the enterprise number.
 */
record DebtorIdentity(String vat, String enterprise, String endpoint, String email, String nameKey) {

    static DebtorIdentity of(NewClaim.NewDebtor debtor) {
        String vat = alphanumeric(debtor.vatId());
        String enterprise = alphanumeric(debtor.companyId());
        if (enterprise != null && enterprise.matches("BE\\d{10}")) {
            enterprise = enterprise.substring(2);
        }
        if (enterprise == null && vat != null && vat.matches("BE\\d{10}")) {
            enterprise = vat.substring(2);
        }
        String endpoint = debtor.endpointId() == null || debtor.endpointId().isBlank() ? null
                : debtor.endpointId().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        String email = debtor.email() == null || debtor.email().isBlank() ? null
                : debtor.email().trim().toLowerCase(Locale.ROOT);
        String name = debtor.name() == null ? "" : debtor.name().trim().toLowerCase(Locale.ROOT);
        return new DebtorIdentity(vat, enterprise, endpoint, email, "name:" + name);
    }

    /** Whether the document gives any identifier at all; if not, only the same name finds the debtor again. */
    boolean hasIdentifiers() {
        return vat != null || enterprise != null || endpoint != null || email != null;
    }

    /** The most stable identifier, kept as the debtor's unique key. */
    String primaryKey() {
        if (vat != null) {
            return "vat:" + vat;
        }
        if (enterprise != null) {
            return "company:" + enterprise;
        }
        if (endpoint != null) {
            return "endpoint:" + endpoint;
        }
        return email != null ? "email:" + email : nameKey;
    }

    private static String alphanumeric(String value) {
        if (value == null) {
            return null;
        }
        String bare = value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return bare.isEmpty() ? null : bare;
    }
}
