package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.DossierState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an agent records about one call attempt.
 *
 * @param outcome what the call came to
 * @param template the voicemail message template used, for {@code VOICEMAIL}
 * @param amount the amount promised, for {@code PROMISE_TO_PAY}
 * @param promisedOn the day the debtor promised to pay by, for {@code PROMISE_TO_PAY}
 * @param reason why the debtor disputes the debt, for {@code DISPUTE}
 * @param instalments the proposed plan, for {@code PAYMENT_PLAN}
 * @param note the agent's note, optional
 */
public record AttemptReport(CallOutcome outcome, String template, BigDecimal amount, LocalDate promisedOn,
        String reason, List<DossierState.Instalment> instalments, String note) {

    /** What the attempt does once the campaign has had {@code attemptsMade} attempts including this one. */
    public CallEffect effect(int attemptsMade, int maxAttempts) {
        return switch (outcome) {
            case NO_ANSWER, VOICEMAIL -> attemptsMade < maxAttempts ? CallEffect.NEXT_ATTEMPT : CallEffect.NEXT_STEP;
            case WRONG_NUMBER, REFUSES -> CallEffect.NEXT_STEP;
            case PROMISE_TO_PAY -> CallEffect.PROMISE_HOLD;
            case PAYMENT_PLAN -> CallEffect.PLAN;
            case DISPUTE -> CallEffect.DISPUTE_HOLD;
        };
    }

    /** The first missing or wrong field in words, or {@code null} when the report is complete. */
    public String problem(LocalDate today) {
        if (outcome == null) {
            return "field 'outcome' is missing; one of " + List.of(CallOutcome.values());
        }
        return switch (outcome) {
            case VOICEMAIL -> blank(template) ? "field 'template' is missing: say which voicemail message was left"
                    : null;
            case PROMISE_TO_PAY -> promiseProblem(today);
            case DISPUTE -> blank(reason) ? "field 'reason' is missing: say why the debtor disputes the debt" : null;
            case PAYMENT_PLAN -> instalments == null || instalments.isEmpty()
                    ? "field 'instalments' is missing: a plan proposal needs its instalments" : null;
            default -> null;
        };
    }

    private String promiseProblem(LocalDate today) {
        if (amount == null || amount.signum() <= 0) {
            return "field 'amount' must be a positive amount for a promise to pay";
        }
        if (promisedOn == null || promisedOn.isBefore(today)) {
            return "field 'promisedOn' must be a date from today on for a promise to pay";
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
