package be.smartcredit.hub.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One received movement as stored: what the bank (or provider) said, where it stands, and what is still
 * unallocated; the API lists these.
 */
public record PaymentLine(
        long id,
        Long statementId,
        String key,
        BigDecimal amount,
        String currency,
        LocalDate bookedOn,
        String reference,
        String communication,
        String counterparty,
        String counterpartyIban,
        boolean returned,
        String status,
        String rule,
        List<String> flags,
        BigDecimal unallocatedAmount) {

    static final String SELECT = """
            SELECT id, statement_id, movement_key, amount, currency, booked_on, reference, communication,
                   counterparty, counterparty_iban, returned, status, rule, flags, unallocated_amount
              FROM payments""";

    static PaymentLine read(ResultSet row, int number) throws SQLException {
        long statement = row.getLong("statement_id");
        String flags = row.getString("flags");
        boolean noStatement = row.wasNull();
        return new PaymentLine(row.getLong("id"), noStatement ? null : statement, row.getString("movement_key"),
                row.getBigDecimal("amount"), row.getString("currency"), row.getObject("booked_on", LocalDate.class),
                row.getString("reference"), row.getString("communication"), row.getString("counterparty"),
                row.getString("counterparty_iban"), row.getBoolean("returned"), row.getString("status"),
                row.getString("rule"), flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\n")),
                row.getBigDecimal("unallocated_amount"));
    }
}
