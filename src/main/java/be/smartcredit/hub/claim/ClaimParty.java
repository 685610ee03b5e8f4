package be.smartcredit.hub.claim;

/**
 * A party named on a claim (the seller or the debtor), with the identifiers and contact data the document gives.
 *
 * <p>{@code name} is the trading name, or the legal name when the document gives no trading name.
 */
public record ClaimParty(
        String name,
        String legalName,
        String endpointId,
        String endpointScheme,
        String vatId,
        String companyId,
        String email,
        String phone,
        PostalAddress address) {
}
