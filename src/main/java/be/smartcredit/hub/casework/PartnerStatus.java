package be.smartcredit.hub.casework;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A status update a partner posts about a handover.
 *
 * @param eventId the partner's unique id of this update; the same id is applied once
 * @param handoverId the handover's idempotency key
 * @param status what happened
 * @param analysis the bailiff's credit analysis, for {@code CREDIT_ANALYSIS}
 * @param amount the amount, for costs
 * @param currency the amount's currency (EUR when left out)
 */
public record PartnerStatus(String eventId, String handoverId, Kind status, Analysis analysis, BigDecimal amount,
        String currency) {

    /** The bailiff's view of the debtor's solvency. */
    public enum Analysis { SOLVENT, PARTLY, NOT_SOLVENT }

    /** What a partner reports; each partner may report only its own. */
    public enum Kind {
        LETTER_SENT, PAID, CONTESTED, ADVISE_JUDICIAL,
        SERVED, CREDIT_ANALYSIS, JUDGMENT, EXECUTION,
        COSTS_ADVANCED, COSTS_RECOVERED;

        private static final Set<Kind> LAWYER = Set.of(LETTER_SENT, PAID, CONTESTED, ADVISE_JUDICIAL, COSTS_ADVANCED,
                COSTS_RECOVERED);
        private static final Set<Kind> BAILIFF = Set.of(SERVED, CREDIT_ANALYSIS, JUDGMENT, EXECUTION, PAID,
                COSTS_ADVANCED, COSTS_RECOVERED);

        boolean allowedFor(Handovers.Partner partner) {
            return (partner == Handovers.Partner.LAWYER ? LAWYER : BAILIFF).contains(this);
        }
    }

    /** The first missing or wrong field for this partner in words, or {@code null}. */
    String problem(Handovers.Partner partner) {
        if (eventId == null || eventId.isBlank() || eventId.length() > 100) {
            return "field 'eventId' must be 1 to 100 characters";
        }
        if (handoverId == null || handoverId.isBlank()) {
            return "field 'handoverId' is missing";
        }
        if (status == null || !status.allowedFor(partner)) {
            return "field 'status' is missing or not a " + partner.code() + "'s status";
        }
        if (status == Kind.CREDIT_ANALYSIS && analysis == null) {
            return "field 'analysis' is missing: SOLVENT, PARTLY or NOT_SOLVENT";
        }
        boolean costs = status == Kind.COSTS_ADVANCED || status == Kind.COSTS_RECOVERED;
        return costs && (amount == null || amount.signum() <= 0 || amount.scale() > 2)
                ? "field 'amount' must be a positive amount with at most 2 decimals" : null;
    }
}
