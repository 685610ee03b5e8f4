package be.smartcredit.hub.payment.coda;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;

/** One 128-character CODA record with its place in the file; positions are 1-based and inclusive, as in the spec. */
record CodaLine(String fileName, int number, String text) {

    static final int LENGTH = 128;

    private static final int AMOUNT_DIGITS = 15;
    private static final int AMOUNT_DECIMALS = 3;
    private static final String NO_DATE = "000000";

    /** The record type as written, such as {@code 0} or {@code 21}, without checking that it is known. */
    String recordCode() {
        if (text.isEmpty()) {
            return "''";
        }
        char first = text.charAt(0);
        return (first == '2' || first == '3') && text.length() > 1 ? text.substring(0, 2) : String.valueOf(first);
    }

    char at(int position) {
        return text.charAt(position - 1);
    }

    String field(int from, int to) {
        return text.substring(from - 1, to);
    }

    String trimmed(int from, int to) {
        return field(from, to).strip();
    }

    int number(int from, int to) {
        String digits = field(from, to);
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw error("positions " + from + "-" + to + " '" + digits + "' are not a number");
        }
        return Integer.parseInt(digits);
    }

    /** A signed amount: the sign code at the given position (0 credit, 1 debit), then 15 digits with 3 decimals. */
    BigDecimal amount(int signPosition) {
        char sign = at(signPosition);
        String digits = field(signPosition + 1, signPosition + AMOUNT_DIGITS);
        if (sign != '0' && sign != '1') {
            throw error("amount sign '" + sign + "' at position " + signPosition + " is not 0 (credit) or 1 (debit)");
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw error("amount '" + digits + "' at position " + (signPosition + 1) + " is not 15 digits");
        }
        BigDecimal amount = new BigDecimal(new BigInteger(digits), AMOUNT_DECIMALS);
        return sign == '1' ? amount.negate() : amount;
    }

    /** An unsigned 15-digit amount with 3 decimals, as in the totals of record 9. */
    BigDecimal total(int from) {
        String digits = field(from, from + AMOUNT_DIGITS - 1);
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw error("total '" + digits + "' at position " + from + " is not 15 digits");
        }
        return new BigDecimal(new BigInteger(digits), AMOUNT_DECIMALS);
    }

    /** A DDMMYY date. */
    // Limitation: CODA only has two-digit years; all are read as 20YY, so statements from before 2000 come out wrong.
    LocalDate date(int from) {
        String ddmmyy = field(from, from + 5);
        try {
            if (!ddmmyy.chars().allMatch(Character::isDigit)) {
                throw new NumberFormatException(ddmmyy);
            }
            int day = Integer.parseInt(ddmmyy.substring(0, 2));
            int month = Integer.parseInt(ddmmyy.substring(2, 4));
            int year = 2000 + Integer.parseInt(ddmmyy.substring(4, 6));
            return LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            throw error("date '" + ddmmyy + "' at position " + from + " is not a valid DDMMYY date");
        }
    }

    /** A DDMMYY date that the bank may leave as zeros; null then. */
    LocalDate optionalDate(int from) {
        return NO_DATE.equals(field(from, from + 5)) ? null : date(from);
    }

    /** An error about this record: {@code file line n: record t reason}. */
    CodaFormatException error(String reason) {
        return lineError("record " + recordCode() + " " + reason);
    }

    /** An error about this line when it cannot be read as a record: {@code file line n: reason}. */
    CodaFormatException lineError(String reason) {
        return new CodaFormatException(fileName + " line " + number + ": " + reason);
    }
}
