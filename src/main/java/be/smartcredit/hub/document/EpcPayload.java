package be.smartcredit.hub.document;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of an EPC QR code (EPC069-12, version 002, UTF-8) that starts a SEPA credit transfer
 * of the open amount with the structured communication or RF creditor reference.
 *
 * <p>Elements are separated by a line feed. Trailing empty elements are left out, and the last element is not
 * followed by a separator, as the guideline allows: with the purpose empty and no unstructured remittance the
 * text ends with the twelve digits of the structured communication.
 */
public final class EpcPayload {

    /** The guideline caps the payload at 331 bytes (QR version 13 at error correction level M). */
    public static final int MAX_BYTES = 331;

    /** The beneficiary name holds at most 70 characters. */
    public static final int MAX_NAME_LENGTH = 70;

    public static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String SEPARATOR = "\n";

    private final String text;

    private EpcPayload(String text) {
        this.text = text;
    }

    /**
     * The payload for paying a letter's total, or empty when the letter is not in euro (SEPA credit transfers
     * carry euro only) or its total is outside what the code can carry; the letter then shows the bank details
     * in text only.
     */
    public static Optional<EpcPayload> forLetter(ReminderLetter letter) {
        return forTransfer(letter.creditor(), letter.currency(), letter.totalOpen(),
                PaymentReference.of(letter.communication()));
    }

    /**
     * The payload for paying an amount to a creditor's account, or empty when the amount is not in euro or lies
     * outside what the code can carry.
     */
    public static Optional<EpcPayload> forTransfer(ReminderLetter.Creditor payee, Currency currency,
            BigDecimal amount, PaymentReference reference) {
        if (!EUR.equals(currency) || !isPayable(amount)) {
            return Optional.empty();
        }
        return Optional.of(of(payee.name(), payee.iban(), payee.bic(), amount, reference));
    }

    /**
     * The payload for a euro transfer; throws when the amount is outside 0.01..999999999.99 or has more than
     * two decimals, or when the IBAN is not valid.
     *
     * @param bic the beneficiary bank's BIC, or {@code null}: version 002 lets it out within the EEA
     */
    public static EpcPayload of(String beneficiary, String iban, String bic, BigDecimal amountInEuro,
            StructuredCommunication communication) {
        return of(beneficiary, iban, bic, amountInEuro, PaymentReference.of(communication));
    }

    /**
     * The payload for a euro transfer with a structured communication or an RF creditor reference in the
     * structured remittance field (line 10); throws as {@link #of(String, String, String, BigDecimal,
     * StructuredCommunication)} does.
     */
    public static EpcPayload of(String beneficiary, String iban, String bic, BigDecimal amountInEuro,
            PaymentReference reference) {
        Objects.requireNonNull(reference, "reference");
        if (!isPayable(amountInEuro)) {
            throw new IllegalArgumentException(
                    "an EPC QR amount lies between 0.01 and 999999999.99, got " + amountInEuro);
        }
        List<String> head = List.of("BCD", "002", "1", "SCT", bic == null ? "" : bic);
        // Limitation: EPC069-12 meant the structured field for an ISO 11649 (RF) reference; the Belgian OGM
        // digits go there as agreed for the hub, still to be confirmed against the main Belgian banking apps.
        List<String> tail = List.of(Iban.normalized(iban), "EUR" + twoDecimals(amountInEuro), "",
                reference.electronic());
        String name = fittingName(beneficiary, bytes(head) + bytes(tail) + head.size() + tail.size());
        List<String> lines = new ArrayList<>(head);
        lines.add(name);
        lines.addAll(tail);
        return new EpcPayload(String.join(SEPARATOR, withoutTrailingEmptyLines(lines)));
    }

    /** The text to encode in the QR code. */
    public String text() {
        return text;
    }

    /** The payload as the UTF-8 bytes the code carries. */
    public byte[] utf8() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether an EPC QR code can ask for this amount (0.01 to 999999999.99). */
    public static boolean isPayable(BigDecimal amount) {
        return amount != null && amount.compareTo(MIN_AMOUNT) >= 0 && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    private static String twoDecimals(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an EPC QR amount has at most two decimals, got " + amount, e);
        }
    }

    /** The name on one line, cut on a code point boundary to 70 characters and to the bytes left over. */
    private static String fittingName(String beneficiary, int bytesTaken) {
        String name = oneLine(beneficiary);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an EPC QR code needs the beneficiary's name");
        }
        int budget = MAX_BYTES - bytesTaken;
        StringBuilder fitting = new StringBuilder();
        int[] codePoints = name.codePoints().limit(MAX_NAME_LENGTH).toArray();
        for (int codePoint : codePoints) {
            String next = Character.toString(codePoint);
            budget -= next.getBytes(StandardCharsets.UTF_8).length;
            if (budget < 0) {
                break;
            }
            fitting.append(next);
        }
        return fitting.toString().strip();
    }

    /** Composed form, so that a letter and its accent count as one character; no line breaks inside. */
    private static String oneLine(String text) {
        String composed = Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFC);
        return composed.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static int bytes(List<String> lines) {
        return lines.stream().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static List<String> withoutTrailingEmptyLines(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return lines.subList(0, end);
    }

    @Override
    public String toString() {
        // The payload names a person or company and an account: keep it out of logs.
        return "EpcPayload[" + utf8().length + " bytes]";
    }
}
