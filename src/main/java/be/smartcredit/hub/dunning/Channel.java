package be.smartcredit.hub.dunning;

/** How a letter reaches the debtor. */
public enum Channel {
    EMAIL,
    POST;

    /** Whether the term of a letter sent this way starts on paper (working days to arrive) or at once. */
    public boolean isPaper() {
        return this == POST;
    }
}
