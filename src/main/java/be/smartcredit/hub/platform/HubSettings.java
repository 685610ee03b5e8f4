package be.smartcredit.hub.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The hub's own settings ({@code smartcredit.*}): where data lives, the clock, dunning, security, payments. */
@Validated
@ConfigurationProperties("smartcredit")
public record HubSettings(
        @NotNull @DefaultValue("./data") Path dataDir,
        @NotNull @DefaultValue("./connectors") Path connectorsDir,
        Path proceduresDir,
        @Valid @DefaultValue Clock clock,
        @Valid @DefaultValue Dunning dunning,
        @Valid @DefaultValue Security security,
        @Valid @DefaultValue Payments payments,
        @Valid @DefaultValue Portal portal) {

    /**
     * Fixes "today" for tests and demos; empty means the real date in Europe/Brussels. With {@code time} as
     * well, the clock starts at that moment (Brussels) and runs on.
     */
    public record Clock(LocalDate today, LocalTime time) {
    }

    /**
     * When the nightly dunning run starts, how many dossiers one transaction takes, and how many days a
     * payment plan's instalment may be late before the procedure resumes.
     */
    public record Dunning(@DefaultValue("0 0 6 * * ?") String cron, @DefaultValue("500") int batchSize,
            @DefaultValue("10") int planGraceDays) {
    }

    /** The admin account's password; generated and logged once when empty. */
    public record Security(String adminPassword) {
    }

    /**
     * How payments are applied: whether the movements of a statement that fails its balance check wait for a person
     * (per account, overriding the default), and the secret that signs payment-provider webhooks.
     *
     * @param holdUnbalancedByAccount account (IBAN or number as the bank writes it) to true (hold) or false (apply)
     * @param webhookSecret the HMAC-SHA256 key; when empty, every webhook is refused
     * @param maxFileBytes a bank file larger than this is quarantined unread
     */
    public record Payments(@DefaultValue("true") boolean holdUnbalancedStatements,
            Map<String, Boolean> holdUnbalancedByAccount, String webhookSecret,
            @DefaultValue("20971520") long maxFileBytes) {

        public Payments {
            // Environment variables arrive in lower case; accounts are compared in upper case without blanks.
            holdUnbalancedByAccount = holdUnbalancedByAccount == null ? Map.of()
                    : holdUnbalancedByAccount.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                            entry -> accountKey(entry.getKey()), Map.Entry::getValue));
        }

        public boolean holdsUnbalanced(String account) {
            return holdUnbalancedByAccount.getOrDefault(accountKey(account), holdUnbalancedStatements);
        }

        private static String accountKey(String account) {
            return account.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        }
    }

    /**
     * The web portal: the first admin account, the key that signs debtors' pay-page links, how long a link lives,
     * how many pay-page requests one address may make per minute, and whether session cookies are marked secure.
     *
     * @param adminUser the portal admin created at the first start when no admin exists yet
     * @param adminPassword its password; generated and logged once when empty
     * @param payLinkSecret HMAC-SHA256 key of pay-page links; when empty a random key is made at each start
     * @param payProviderUrl the payment provider's page the "pay online" button leads to (with the amount, currency,
     *        reference and return address as query parameters); when empty the pay page has no such button
     * @param publicUrl where debtors reach the hub's pages: the start of the pay-page link printed on letters
     */
    public record Portal(@DefaultValue("admin") String adminUser, String adminPassword, String payLinkSecret,
            @DefaultValue("60") int payLinkDays, @DefaultValue("30") int payRequestsPerMinute,
            @DefaultValue("true") boolean secureCookies, String payProviderUrl,
            @DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("30") int maxPromiseDays) {
    }

    public Path inbox() {
        return dataDir.resolve("inbox");
    }

    public Path quarantine() {
        return dataDir.resolve("quarantine");
    }

    public Path outbox() {
        return dataDir.resolve("outbox");
    }
}
