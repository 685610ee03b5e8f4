package be.smartcredit.hub.payment.coda;

/** How record 1 (and record 8) write the account number and currency, as given by record 1 position 2. */
public enum AccountStructure {

    BELGIAN_ACCOUNT_NUMBER,
    FOREIGN_ACCOUNT_NUMBER,
    BELGIAN_IBAN,
    FOREIGN_IBAN;

    private static final int BELGIAN_NUMBER_LENGTH = 12;
    private static final int BELGIAN_IBAN_ZONE = 31;
    private static final int FOREIGN_ZONE = 34;

    static AccountStructure of(char code) {
        int index = code - '0';
        if (index < 0 || index >= values().length) {
            return null;
        }
        return values()[index];
    }

    /** The account number inside the 37-character account zone (record 1 positions 6-42, record 8 positions 5-41). */
    String accountNumber(String zone) {
        return switch (this) {
            case BELGIAN_ACCOUNT_NUMBER -> zone.substring(0, BELGIAN_NUMBER_LENGTH).strip();
            case BELGIAN_IBAN -> zone.substring(0, BELGIAN_IBAN_ZONE).strip();
            case FOREIGN_ACCOUNT_NUMBER, FOREIGN_IBAN -> zone.substring(0, FOREIGN_ZONE).strip();
        };
    }

    /** The ISO currency code inside the 37-character account zone. */
    String currency(String zone) {
        if (this == BELGIAN_ACCOUNT_NUMBER) {
            return zone.substring(BELGIAN_NUMBER_LENGTH + 1, BELGIAN_NUMBER_LENGTH + 4);
        }
        return zone.substring(FOREIGN_ZONE, FOREIGN_ZONE + 3);
    }
}
