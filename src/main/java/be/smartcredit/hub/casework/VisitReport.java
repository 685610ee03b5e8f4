package be.smartcredit.hub.casework;

import be.smartcredit.hub.dunning.DossierState;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a mediator reports after a home visit.
 *
 * @param outcome whether the debtor was found, had moved, was not home or refused to talk
 * @param newAddress the debtor's new address, for {@code MOVED}
 * @param agreement the instalments agreed, when a payment agreement was reached
 * @param cashReceived cash the debtor paid the mediator, or {@code null}
 * @param solvency the solvency report, when the debtor was spoken to
 * @param note the mediator's note, optional
 */
public record VisitReport(Outcome outcome, Address newAddress, List<DossierState.Instalment> agreement,
        BigDecimal cashReceived, Solvency solvency, String note) {

    /** What the visit came to. */
    public enum Outcome { FOUND, MOVED, NOT_HOME, REFUSED }

    /** The mediator's recommendation. */
    public enum Recommendation { PLAN, LEGAL_ROUTE, IRRECOVERABLE }

    /** What the report does to the dossier. */
    public enum Effect {
        /** The agreement becomes a payment plan. */
        PLAN,
        /** The legal route: the dossier moves on to its next step (the lawyer). */
        NEXT_STEP,
        /** The debtor was not home at the first visit: a second visit is planned. */
        SECOND_VISIT,
        /** The report recommends IRRECOVERABLE: closing the dossier is proposed to the client. */
        PROPOSE_CLOSING,
        /** Nothing more: the visit's term runs on. */
        NONE
    }

    /** A new postal address. */
    public record Address(String street, String postcode, String city) {
    }

    /** The solvency report: employment, income indications, assets seen, other creditors, assessment. */
    public record Solvency(String employment, String income, String assets, String otherCreditors,
            String assessment, Recommendation recommendation) {
    }

    public boolean hasAgreement() {
        return agreement != null && !agreement.isEmpty();
    }

    /** The effect of a first visit's report. */
    public Effect effect() {
        return effect(false);
    }

    /**
     * An agreement makes a plan; the legal route or a refusal moves on; IRRECOVERABLE proposes closing; a first
     * visit that found no one home is made once more; otherwise the term runs on.
     */
    public Effect effect(boolean secondVisit) {
        if (hasAgreement()) {
            return Effect.PLAN;
        }
        Recommendation recommended = solvency == null ? null : solvency.recommendation();
        if (recommended == Recommendation.LEGAL_ROUTE || outcome == Outcome.REFUSED) {
            return Effect.NEXT_STEP;
        }
        if (recommended == Recommendation.IRRECOVERABLE) {
            return Effect.PROPOSE_CLOSING;
        }
        return outcome == Outcome.NOT_HOME && !secondVisit ? Effect.SECOND_VISIT : Effect.NONE;
    }

    /** The first missing or wrong field in words, or {@code null} when the report is complete. */
    public String problem() {
        if (outcome == null) {
            return "field 'outcome' is missing; one of " + List.of(Outcome.values());
        }
        if (outcome == Outcome.MOVED && (newAddress == null || blank(newAddress.postcode())
                || blank(newAddress.city()) || blank(newAddress.street()))) {
            return "field 'newAddress' needs street, postcode and city when the debtor moved";
        }
        if (cashReceived != null && (cashReceived.signum() <= 0 || cashReceived.scale() > 2)) {
            return "field 'cashReceived' must be a positive amount with at most 2 decimals";
        }
        if (solvency != null && solvency.recommendation() == null) {
            return "field 'solvency.recommendation' is missing; one of " + List.of(Recommendation.values());
        }
        boolean metDebtor = outcome == Outcome.FOUND || outcome == Outcome.MOVED;
        return (hasAgreement() || cashReceived != null) && !metDebtor
                ? "an agreement or cash needs the debtor found (outcome FOUND or MOVED)" : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
