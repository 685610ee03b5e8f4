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
        Path folder,
        Identity identity,
        Debtors debtors,
        ValidationPolicy validation,
        String procedure,
        Path letterhead,
        long maxFileBytes,
        Channels channels,
        CsvFormat csv,
        Reports reports,
        List<String> approvals) {

    /** The escalation steps a client may ask to approve before the hub takes them. */
    public static final List<String> APPROVABLE_STEPS = List.of("FORMAL_NOTICE", "SMS_REMINDER", "PHONE_CAMPAIGN",
            "MEDIATOR_VISIT", "LAWYER_LETTER", "BAILIFF_NOTICE", "JUDICIAL_RECOVERY");

    /** Whose name the letters carry. */
    public enum Mode {
        /** Everything in the client's name, on its letterhead. */
        SILENT,
        /** In the agency's name. */
        AGENCY
    }

    /** How Peppol rule failures weigh on a document. */
    public enum ValidationPolicy {
        /** Keep a claim whose dunning data is sound and record its rule failures. */
        LENIENT,
        /** Reject a document with any rule error. */
        STRICT
    }

    /** Whether a debtor is a consumer or a business (their rules differ in Belgian law). */
    public enum DebtorType {
        CONSUMER,
        BUSINESS
    }

    /** A postal address. */
    public record Address(String street, String postcode, String city, String countryCode) {
    }

    /** Delays of the two reminders and the default payment term, in calendar days. */
    public record Reminders(int firstAfterDays, int secondAfterDays, int defaultPaymentTermDays) {
    }

    /** The client's own identifiers beyond its enterprise and VAT numbers. */
    public record Identity(List<String> peppolIds, List<String> ibans) {
    }

    /** What the hub assumes of a debtor when the document does not say. */
    public record Debtors(DebtorType defaultType, String defaultLanguage) {
    }

    /** The ways this client delivers documents; a channel left out is off. */
    public record Channels(SftpInbox sftpInbox, SftpPull sftpPull, Http http) {
    }

    /** An account on the hub's own SFTP inbox, confined to {@code <data-dir>/inbox/<connector>/}. */
    public record SftpInbox(Secret password, Path authorizedKeys) {
    }

    /** A folder on the client's SFTP server that the hub empties, checking the server's host key. */
    public record SftpPull(String host, int port, String username, Secret password, Path privateKey,
            Path knownHosts, String directory, String format, int delaySeconds, int batchFiles) {
    }

    /** Documents posted to {@code POST /api/v1/connectors/{id}/documents} with this bearer token. */
    public record Http(Secret token) {
    }

    /** A password or token: a hash ({@code {bcrypt}...}) kept in the file, or the name of an environment variable. */
    public record Secret(String hash, String env) {
    }

    /** How this client's CSV exports are laid out; columns are header names or 1-based positions. */
    public record CsvFormat(java.util.Map<String, String> columns, char delimiter, char quote, String charset,
            boolean header, char decimalSeparator, List<String> dateFormats, boolean allOrNothing) {
    }

    /** Where the daily ingest summary goes besides the reports folder. */
    public record Reports(String email) {
    }

    /** Whether a seller named by any of its identifiers is one this client may hand us invoices of. */
    public boolean acceptsSeller(List<String> sellerIdentifiers) {
        return anyMatch(sellerIdentifiers, acceptedSellers);
    }

    /** Whether a Peppol participant id (such as an SBDH receiver) is one of this client's own. */
    public boolean isPeppolParticipant(String participantId) {
        return participantId != null && anyMatch(List.of(participantId), identity.peppolIds());
    }

    private static boolean anyMatch(List<String> candidates, List<String> known) {
        return candidates.stream()
                .filter(id -> id != null && !id.isBlank())
                .map(Connector::normalise)
                .anyMatch(id -> known.stream().map(Connector::normalise).anyMatch(id::equals));
    }

    private static String normalise(String identifier) {
        String bare = identifier.replaceFirst("^iso6523-actorid-upis::", "");
        return bare.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
    }
}
