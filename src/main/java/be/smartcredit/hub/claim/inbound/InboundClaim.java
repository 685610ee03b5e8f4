package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.ClaimDocument;
import java.util.List;

/**
 * A claim read from an inbound document, with what the validation rules found in it and whether the document
 * claims to be Peppol BIS Billing 3 (and was therefore checked against the Peppol rules).
 */
public record InboundClaim(ClaimDocument document, List<RuleFailure> ruleFailures, boolean peppol) {

    public InboundClaim {
        ruleFailures = List.copyOf(ruleFailures);
    }

    /** True when at least one rule failure is an error, not only a warning. */
    public boolean hasRuleErrors() {
        return ruleFailures.stream().anyMatch(RuleFailure::isError);
    }
}
