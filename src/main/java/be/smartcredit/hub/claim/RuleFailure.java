package be.smartcredit.hub.claim;

/** One business rule a document breaks, as the validator reported it. */
public record RuleFailure(String ruleId, String severity, String text, String location) {
}
