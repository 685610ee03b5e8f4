package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A consumer's first reminder as the law allows it: free of charge, with the lump sum that will be
 * claimed if the debt stays unpaid, its term, the mandatory facts still missing, and the reasons for
 * every change made to the draft.
 */
public record FirstReminder(BigDecimal outstanding, BigDecimal fee, LumpSum lumpSumIfUnpaid, LocalDate termStarts,
        LocalDate termEnds, List<String> missing, List<String> decisions) {

    public FirstReminder {
        missing = List.copyOf(missing);
        decisions = List.copyOf(decisions);
    }

    /** True when every fact Book XIX requires is there, so the reminder may be sent. */
    public boolean isComplete() {
        return missing.isEmpty();
    }
}
