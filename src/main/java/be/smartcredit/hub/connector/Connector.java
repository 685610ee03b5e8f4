package be.smartcredit.hub.connector;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One client of the agency, as its folder under {@code connectors/} describes it. */
public record Connector(
        String id,
        String name,
        String enterpriseNumber,
        String vatId,
        Address address,
        String phone,
        String email,
        String iban,
        String bic,
        Mode mode,
        String language,
        List<String> acceptedSellers,
        Reminders reminders,
        Path folder) {

    /** Whose name the letters carry. */
    public enum Mode {
        /** Everything in the client's name, on its letterhead. */
        SILENT,
        /** In the agency's name. */
        AGENCY
    }

    /** A postal address. */
    public record Address(String street, String postcode, String city, String countryCode) {
    }

    /** Delays of the two reminders and the default payment term, in calendar days. */
    public record Reminders(int firstAfterDays, int secondAfterDays, int defaultPaymentTermDays) {
    }

    /** Whether a seller named by any of its identifiers is one this client may hand us invoices of. */
    public boolean acceptsSeller(List<String> sellerIdentifiers) {
        return sellerIdentifiers.stream()
                .filter(id -> id != null && !id.isBlank())
                .map(Connector::normalise)
                .anyMatch(id -> acceptedSellers.stream().map(Connector::normalise).anyMatch(id::equals));
    }

    private static String normalise(String identifier) {
        return identifier.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
    }
}
