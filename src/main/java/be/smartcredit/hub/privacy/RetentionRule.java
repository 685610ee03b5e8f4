package be.smartcredit.hub.privacy;

import java.time.LocalDate;
import java.time.Period;

/**
 * Decides what becomes of a debtor's personal data on a day: kept while a dossier or claim is open and for
 * {@code eraseContactAfter} after the last dossier closed; then contact details go; after the accounting retention
 * the name and identifiers are anonymised as well.
 */
public final class RetentionRule {

    /** What the debtor's data should look like on the day. */
    public enum Stage {
        KEPT,
        CONTACT_ERASED,
        ANONYMISED
    }

    private final Period eraseContactAfter;
    private final Period accountingRetention;

    public RetentionRule(Period eraseContactAfter, Period accountingRetention) {
        if (days(accountingRetention) < days(eraseContactAfter)) {
            throw new IllegalArgumentException("smartcredit.retention.accounting-retention (" + accountingRetention
                    + ") may not be shorter than erase-contact-after (" + eraseContactAfter + ")");
        }
        this.eraseContactAfter = eraseContactAfter;
        this.accountingRetention = accountingRetention;
    }

    /**
     * @param lastClosedOn the day the debtor's last dossier closed
     * @param stillActive whether the debtor has a dossier or claim still open
     */
    public Stage stageOn(LocalDate today, LocalDate lastClosedOn, boolean stillActive) {
        if (stillActive || lastClosedOn == null) {
            return Stage.KEPT;
        }
        if (!today.isBefore(lastClosedOn.plus(accountingRetention))) {
            return Stage.ANONYMISED;
        }
        if (!today.isBefore(lastClosedOn.plus(eraseContactAfter))) {
            return Stage.CONTACT_ERASED;
        }
        return Stage.KEPT;
    }

    private static long days(Period period) {
        return period.toTotalMonths() * 31 + period.getDays();
    }
}
