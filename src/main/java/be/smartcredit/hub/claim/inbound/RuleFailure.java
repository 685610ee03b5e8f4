package be.smartcredit.hub.claim.inbound;

/**
 * One finding of the validation rules: the rule id (e.g. {@code PEPPOL-EN16931-R001}, or {@code XSD} for a schema
 * error), its severity ({@code ERROR}, {@code WARNING} or {@code INFO}), the rule's text and where it applies.
 */
public record RuleFailure(String ruleId, String severity, String text, String location) {

    public static final String ERROR = "ERROR";
    public static final String WARNING = "WARNING";
    public static final String INFO = "INFO";

    /** True for a failure the rules call an error or fatal, as opposed to a warning. */
    public boolean isError() {
        return ERROR.equals(severity);
    }
}
