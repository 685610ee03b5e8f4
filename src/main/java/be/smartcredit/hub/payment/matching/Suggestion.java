package be.smartcredit.hub.payment.matching;

import java.math.BigDecimal;
import java.util.List;

/** A claim a person may want to match an unmatched movement to, with a score (higher is likelier) and why. */
public record Suggestion(long claimId, String number, String debtorName, BigDecimal openAmount, String currency,
        int score, List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
