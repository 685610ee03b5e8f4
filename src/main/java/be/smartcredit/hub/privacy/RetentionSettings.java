package be.smartcredit.hub.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a debtor's personal data is kept after its last dossier closed ({@code smartcredit.retention.*}).
 *
 * @param eraseContactAfter after this, contact details the books do not need (address, e-mail, phone, accounts)
 *     are erased
 * @param accountingRetention after this, the name and identifiers on the debtor's invoices are anonymised too; the
 *     accounting law sets it (Belgium: 7 years for supporting documents, longer if the client's accountant says so)
 * @param cron when the daily retention job runs (Quartz cron, Brussels time)
 */
@Validated
@ConfigurationProperties("smartcredit.retention")
public record RetentionSettings(
        @NotNull @DefaultValue("P1Y") Period eraseContactAfter,
        @NotNull @DefaultValue("P7Y") Period accountingRetention,
        @NotNull @DefaultValue("0 30 5 * * ?") String cron) {
}
