package be.smartcredit.hub.dunning;

/** A procedure file that cannot be used, with the file and the field at fault. */
public class ProcedureDefinitionException extends RuntimeException {

    public ProcedureDefinitionException(String message) {
        super(message);
    }

    public ProcedureDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
