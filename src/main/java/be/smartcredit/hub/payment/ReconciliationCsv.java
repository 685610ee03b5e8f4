package be.smartcredit.hub.payment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a statement's reconciliation as CSV (RFC 4180, comma-separated) for a spreadsheet. A text cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet never runs it
 * as a formula; amounts the hub writes itself are plain numbers and stay as they are.
 */
final class ReconciliationCsv {

    static final String HEADER = "category,payment,key,booked_on,amount,currency,status,rule,reference,counterparty,"
            + "counterparty_iban,communication,allocations,flags";

    private static final String NUMBER = "-?\\d+(\\.\\d+)?";

    private ReconciliationCsv() {
    }

    static String write(Reconciliation reconciliation) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        write(csv, "matched", reconciliation.matched());
        write(csv, "unmatched", reconciliation.unmatched());
        write(csv, "flagged", reconciliation.flagged());
        write(csv, "outgoing", reconciliation.outgoing());
        return csv.toString();
    }

    private static void write(StringBuilder csv, String category, List<Reconciliation.Line> lines) {
        for (Reconciliation.Line line : lines) {
            PaymentLine p = line.payment();
            String allocations = line.allocations().stream().filter(a -> !a.isUndone())
                    .map(a -> a.claimNumber() + ":" + a.amount().toPlainString()).collect(Collectors.joining(" "));
            List<String> cells = List.of(category, String.valueOf(p.id()), p.key(), String.valueOf(p.bookedOn()),
                    p.amount().toPlainString(), p.currency(), p.status(), nullToEmpty(p.rule()),
                    nullToEmpty(p.reference()), nullToEmpty(p.counterparty()), nullToEmpty(p.counterpartyIban()),
                    nullToEmpty(p.communication()), allocations, String.join("; ", p.flags()));
            csv.append(cells.stream().map(ReconciliationCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
    }

    /** One cell: formula characters defused, then quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !safe.matches(NUMBER)) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
