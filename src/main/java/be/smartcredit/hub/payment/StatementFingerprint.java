package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.BankStatement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The content of a statement as a SHA-256 hex digest of what the hub reads from it (balances and every movement),
 * not of the file's bytes: the same statement delivered again in another file, or with another file header, has
 * the same fingerprint; a statement whose movements or balances differ has another.
 */
final class StatementFingerprint {

    private StatementFingerprint() {
    }

    static String of(BankStatement statement) {
        String movements = statement.movements().stream().map(StatementFingerprint::line)
                .collect(Collectors.joining("\n"));
        String content = String.join("|", statement.account(), statement.number(), String.valueOf(statement.date()),
                String.valueOf(statement.currency()), amount(statement.openingBalance()),
                amount(statement.closingBalance())) + "\n" + movements;
        return sha256(content);
    }

    private static String line(BankMovement movement) {
        return String.join("|", movement.key(), amount(movement.amount()), String.valueOf(movement.currency()),
                String.valueOf(movement.bookingDate()), Objects.toString(movement.reference(), ""),
                movement.freeText(), movement.counterpartyName(), movement.counterpartyIban(),
                Boolean.toString(movement.returned()));
    }

    /** 12.5 and 12.50 are the same amount. */
    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
