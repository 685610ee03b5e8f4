package be.smartcredit.hub.connector;

/** A connector folder that cannot be used, with the file and field at fault. */
public class ConnectorDefinitionException extends RuntimeException {

    public ConnectorDefinitionException(String message) {
        super(message);
    }

    public ConnectorDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
