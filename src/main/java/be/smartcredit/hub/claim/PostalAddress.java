package be.smartcredit.hub.claim;

/** A postal address as the document states it; any part may be absent. */
public record PostalAddress(
        String street,
        String additionalStreet,
        String city,
        String postalZone,
        String countryCode) {
}
