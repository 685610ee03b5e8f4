package be.smartcredit.hub.payment.coda;

import be.smartcredit.hub.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Builds CODA files for tests from the real samples, changed just enough to carry the payment a test needs. */
public final class CodaFixtures {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int LENGTH = 128;

    private CodaFixtures() {
    }

    /** The records of a sample in {@code shared/samples/coda}, such as {@code tryton-coda_CODA.txt}. */
    public static List<String> sampleLines(String sampleName) {
        try {
            return Files.readAllLines(Samples.path("coda/" + sampleName), WINDOWS_1252);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new CODA file in which the first stand-alone credit movement (one without details) carries the given
     * structured communication (type 101) and amount, with record 8's new balance and record 9's credit total
     * moved by the difference so that the file still balances.
     *
     * @param ogmDigits the twelve digits of the communication, written as they are (not checked for mod 97)
     * @param amount the new credit amount, positive, at most three decimals
     */
    public static byte[] withCreditPayment(List<String> sampleLines, String ogmDigits, BigDecimal amount) {
        if (!ogmDigits.matches("\\d{12}") || amount.signum() <= 0) {
            throw new IllegalArgumentException("need 12 digits and a positive amount, got " + ogmDigits + ", "
                    + amount);
        }
        List<String> lines = new ArrayList<>(sampleLines.stream().map(CodaFixtures::padded).toList());
        int movement = firstStandAloneCredit(lines);
        BigDecimal difference = amount.subtract(unsignedAmount(lines.get(movement), 33));

        lines.set(movement, withPayment(lines.get(movement), ogmDigits, amount));
        blankContinuedCommunication(lines, movement);
        int newBalance = indexOf(lines, "8", movement);
        lines.set(newBalance, withSignedAmount(lines.get(newBalance), 42, signedAmount(lines.get(newBalance), 42)
                .add(difference)));
        int trailer = indexOf(lines, "9", newBalance);
        lines.set(trailer, replace(lines.get(trailer), 38, digits(unsignedAmount(lines.get(trailer), 38)
                .add(difference))));

        return (String.join("\r\n", lines) + "\r\n").getBytes(WINDOWS_1252);
    }

    /** One credit transfer for {@link #creditPayments}: the payer's structured communication and the amount. */
    public record CreditPayment(String ogmDigits, BigDecimal amount) {
    }

    /**
     * A new CODA version 2 file (one statement of account {@code BE68539007547034}, statement number
     * {@code statementNumber} dated {@code date}) holding one credit movement per payment, each with its structured
     * communication (type 101); balances, totals and the record count add up.
     */
    public static byte[] creditPayments(int statementNumber, java.time.LocalDate date, List<CreditPayment> payments) {
        String ddmmyy = date.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy"));
        String accountZone = String.format("%-34s%-3s", "BE68539007547034", "EUR");
        String number = String.format("%03d", statementNumber);
        List<String> lines = new ArrayList<>();
        lines.add(replace(replace(replace("0", 6, ddmmyy), 17, " "), 128, "2"));
        lines.add(replace(replace(replace(replace(replace(replace("1", 2, "2"), 3, number), 6, accountZone), 43,
                "0" + digits(BigDecimal.ZERO)), 59, ddmmyy), 65, "HUB TEST ACCOUNT"));
        BigDecimal total = BigDecimal.ZERO;
        for (int index = 0; index < payments.size(); index++) {
            CreditPayment payment = payments.get(index);
            lines.add(movement(index + 1, payment, ddmmyy, number));
            total = total.add(payment.amount());
        }
        lines.add(replace(replace(replace(replace("8", 2, number), 5, accountZone), 42, "0" + digits(total)), 58,
                ddmmyy));
        lines.add(replace(replace(replace(replace("9", 17, String.format("%06d", payments.size() + 2)), 23,
                digits(BigDecimal.ZERO)), 38, digits(total)), 128, "2"));
        return (String.join("\r\n", lines) + "\r\n").getBytes(WINDOWS_1252);
    }

    private static String movement(int sequence, CreditPayment payment, String ddmmyy, String statementNumber) {
        String line = replace("21", 3, String.format("%04d", sequence) + "0000");
        line = replace(line, 11, String.format("%-21s", "HUBTEST" + sequence));
        line = replace(line, 32, "0" + digits(payment.amount()));
        line = replace(line, 48, ddmmyy + "00150000");
        line = replace(line, 62, "1" + String.format("%-53s", "101" + payment.ogmDigits()));
        return replace(replace(line, 116, ddmmyy + statementNumber), 125, "000");
    }

    /** Writes {@code value} into a record from the given 1-based position on. */
    public static String replace(String line, int from, String value) {
        String record = padded(line);
        return record.substring(0, from - 1) + value + record.substring(from - 1 + value.length());
    }

    private static int firstStandAloneCredit(List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.startsWith("21") && line.startsWith("0000", 6) && line.charAt(31) == '0'
                    && !hasDetails(lines, line.substring(2, 6))) {
                return index;
            }
        }
        throw new IllegalArgumentException("the sample has no credit movement without details");
    }

    private static boolean hasDetails(List<String> lines, String sequence) {
        return lines.stream().anyMatch(line -> line.startsWith("21" + sequence) && !line.startsWith("0000", 6));
    }

    private static String withPayment(String movement, String ogmDigits, BigDecimal amount) {
        String structured = "1" + String.format("%-53s", "101" + ogmDigits);
        return replace(replace(movement, 32, "0" + digits(amount)), 62, structured);
    }

    // The 2.2 and 2.3 records would otherwise append the old free text to the new structured communication.
    private static void blankContinuedCommunication(List<String> lines, int movement) {
        for (int index = movement + 1; index < lines.size() && isContinuation(lines.get(index)); index++) {
            String line = lines.get(index);
            if (line.startsWith("22")) {
                lines.set(index, replace(line, 11, " ".repeat(53)));
            } else if (line.startsWith("23")) {
                lines.set(index, replace(line, 83, " ".repeat(43)));
            }
        }
    }

    private static boolean isContinuation(String line) {
        return line.startsWith("22") || line.startsWith("23") || line.startsWith("3");
    }

    private static int indexOf(List<String> lines, String recordType, int after) {
        for (int index = after + 1; index < lines.size(); index++) {
            if (lines.get(index).startsWith(recordType)) {
                return index;
            }
        }
        throw new IllegalArgumentException("the sample has no record " + recordType + " after line " + (after + 1));
    }

    private static BigDecimal unsignedAmount(String line, int from) {
        return new BigDecimal(line.substring(from - 1, from + 14)).movePointLeft(3);
    }

    private static BigDecimal signedAmount(String line, int signPosition) {
        BigDecimal amount = unsignedAmount(line, signPosition + 1);
        return line.charAt(signPosition - 1) == '1' ? amount.negate() : amount;
    }

    private static String withSignedAmount(String line, int signPosition, BigDecimal amount) {
        return replace(line, signPosition, (amount.signum() < 0 ? "1" : "0") + digits(amount.abs()));
    }

    private static String digits(BigDecimal unsignedAmount) {
        return String.format("%015d", unsignedAmount.movePointRight(3).toBigIntegerExact());
    }

    private static String padded(String line) {
        return String.format("%-" + LENGTH + "s", line);
    }
}
