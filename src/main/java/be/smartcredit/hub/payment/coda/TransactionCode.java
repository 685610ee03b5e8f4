package be.smartcredit.hub.payment.coda;

/**
 * The Febelfin transaction code of a movement: type (0 simple, 1/2 globalised total, 5/6/7/8/9 detail, 3 with
 * details), family, operation and category.
 */
public record TransactionCode(int type, String family, String operation, String category) {

    /** Reads the eight characters of the code, such as {@code 00150000}. */
    static TransactionCode read(String code) {
        return new TransactionCode(code.charAt(0) - '0', code.substring(1, 3), code.substring(3, 5),
                code.substring(5, 8));
    }

    @Override
    public String toString() {
        return type + " " + family + " " + operation + " " + category;
    }
}
