package be.smartcredit.hub.payment.coda;

/** Something a person should know about a communication the parser kept as it was. */
public enum CommunicationFlag {

    NONE,

    /** A type 101/102 communication whose digits fail the mod-97 check; its text is kept as free text. */
    INVALID_STRUCTURED_COMMUNICATION
}
