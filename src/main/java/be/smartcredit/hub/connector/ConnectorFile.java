package be.smartcredit.hub.connector;

import be.smartcredit.hub.connector.Connector.DebtorType;
import be.smartcredit.hub.connector.Connector.ValidationPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The shape of {@code connector.yaml}; checked field by field and turned into a {@link Connector}. */
record ConnectorFile(
        String id, String name, String enterpriseNumber, String vatId, Connector.Address address,
        String phone, String email, String iban, String bic, String mode, String language,
        List<String> acceptedSellers, Connector.Reminders reminders,
        List<String> peppolIds, List<String> ibans, DebtorsFile debtors, String validation, String procedure,
        String letterhead, Long maxFileBytes, ChannelsFile channels, CsvChecks.CsvFile csv,
        Connector.Reports reports, List<String> approvals) {

    /** 20 MB: far above any real invoice or export, well below what would strain the heap. */
    static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** The {@code debtors} block. */
    record DebtorsFile(String defaultType, String defaultLanguage) {
    }

    /** The {@code channels} block. */
    record ChannelsFile(SftpInboxFile sftpInbox, SftpPullFile sftpPull, HttpFile http) {
    }

    /** The {@code channels.sftp-inbox} block. */
    record SftpInboxFile(String passwordHash, String passwordEnv, String authorizedKeys) {
    }

    /** The {@code channels.sftp-pull} block. */
    record SftpPullFile(String host, Integer port, String username, String passwordHash, String passwordEnv,
            String privateKey, String knownHosts, String directory, String format, Integer delaySeconds,
            Integer batchFiles) {
    }

    /** The {@code channels.http} block. */
    record HttpFile(String tokenHash, String tokenEnv) {
    }

    Connector toConnector(Path folder, Path file) {
        FieldChecks checks = new FieldChecks(file, folder);
        checks.require("id", id, "[a-z0-9][a-z0-9-]{0,63}");
        checks.require("name", name, ".{1,200}");
        checks.require("enterprise-number", enterpriseNumber, "[01]\\d{3}\\.?\\d{3}\\.?\\d{3}");
        checks.require("iban", iban == null ? null : iban.replace(" ", ""), "[A-Z]{2}\\d{2}[A-Z0-9]{10,30}");
        checks.ibanChecksum("iban", iban == null ? null : iban.replace(" ", ""));
        checks.enterpriseNumberChecksum("enterprise-number", enterpriseNumber);
        checks.noBlankEntries("accepted-sellers", acceptedSellers);
        if (reminders != null) {
            checks.atLeast("reminders.first-after-days", reminders.firstAfterDays(), 0);
            checks.atLeast("reminders.second-after-days", reminders.secondAfterDays(), 1);
            checks.atLeast("reminders.default-payment-term-days", reminders.defaultPaymentTermDays(), 0);
        }
        checks.require("language", language, "nl|fr|de|en");
        checks.require("mode", lower(mode), "silent|agency");
        checks.optional("validation", lower(validation), "lenient|strict");
        checks.optional("debtors.default-type", debtors == null ? null : lower(debtors.defaultType()),
                "consumer|business");
        checks.optional("debtors.default-language", debtors == null ? null : debtors.defaultLanguage(),
                "nl|fr|de|en");
        checks.positive("max-file-bytes", maxFileBytes);
        if (address == null) {
            checks.problem("field 'address' is missing");
        }
        if (id != null && !id.equals(folder.getFileName().toString())) {
            checks.problem("field 'id' is '" + id + "' but the folder is '" + folder.getFileName() + "'");
        }
        checks.oneOfEach("approvals", approvals, Connector.APPROVABLE_STEPS);
        Path letterheadFile = checks.fileInFolder("letterhead", letterhead);
        Connector.Channels checkedChannels = ChannelChecks.check(channels, checks);
        Connector.CsvFormat checkedCsv = CsvChecks.check(csv, checks);
        checks.throwIfAny();

        return new Connector(id, name, enterpriseNumber, vatId, address, phone, email, iban.replace(" ", ""),
                bic, Connector.Mode.valueOf(mode.toUpperCase(Locale.ROOT)), language, listOf(acceptedSellers),
                reminders == null ? new Connector.Reminders(1, 14, 30) : reminders, folder,
                new Connector.Identity(listOf(peppolIds), ibans == null ? List.of(iban.replace(" ", "")) : ibans),
                debtorDefaults(), validationPolicy(), procedure == null ? "default" : procedure, letterheadFile,
                maxFileBytes == null ? DEFAULT_MAX_FILE_BYTES : maxFileBytes, checkedChannels, checkedCsv,
                reports == null ? new Connector.Reports(null) : reports, listOf(approvals));
    }

    private Connector.Debtors debtorDefaults() {
        String type = debtors == null || debtors.defaultType() == null ? "business" : lower(debtors.defaultType());
        String debtorLanguage = debtors == null || debtors.defaultLanguage() == null
                ? language : debtors.defaultLanguage();
        return new Connector.Debtors(DebtorType.valueOf(type.toUpperCase(Locale.ROOT)), debtorLanguage);
    }

    private ValidationPolicy validationPolicy() {
        return validation == null ? ValidationPolicy.LENIENT
                : ValidationPolicy.valueOf(validation.toUpperCase(Locale.ROOT));
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : List.copyOf(new ArrayList<>(values));
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
