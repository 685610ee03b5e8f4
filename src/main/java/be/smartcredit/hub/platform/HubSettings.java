package be.smartcredit.hub.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The hub's own settings ({@code smartcredit.*}): where data lives, the clock, dunning and security. */
@Validated
@ConfigurationProperties("smartcredit")
public record HubSettings(
        @NotNull @DefaultValue("./data") Path dataDir,
        @NotNull @DefaultValue("./connectors") Path connectorsDir,
        Path proceduresDir,
        @Valid @DefaultValue Clock clock,
        @Valid @DefaultValue Dunning dunning,
        @Valid @DefaultValue Security security) {

    /** Fixes "today" for tests and demos; empty means the real date in Europe/Brussels. */
    public record Clock(LocalDate today) {
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
