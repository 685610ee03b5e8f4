package be.smartcredit.hub.payment;

import java.util.List;

/**
 * One statement's lines sorted for a person: matched (allocated or reversed), unmatched (waiting), flagged
 * (something is odd: held, a broken reference, an overpayment, a return) and outgoing (debits that concern no claim).
 * A flagged line is listed under flagged only.
 */
public record Reconciliation(StatementView statement, List<Line> matched, List<Line> unmatched, List<Line> flagged,
        List<Line> outgoing) {

    /** A payment line with what was allocated from it. */
    public record Line(PaymentLine payment, List<AllocationView> allocations) {
    }

    static Reconciliation of(StatementView statement, List<Line> lines) {
        return new Reconciliation(statement,
                lines.stream().filter(line -> category(line).equals("matched")).toList(),
                lines.stream().filter(line -> category(line).equals("unmatched")).toList(),
                lines.stream().filter(line -> category(line).equals("flagged")).toList(),
                lines.stream().filter(line -> category(line).equals("outgoing")).toList());
    }

    static String category(Line line) {
        PaymentLine payment = line.payment();
        if (!payment.flags().isEmpty() || payment.status().equals("HELD")) {
            return "flagged";
        }
        return switch (payment.status()) {
            case "MATCHED", "REVERSED" -> "matched";
            case "OUTGOING" -> "outgoing";
            default -> "unmatched";
        };
    }
}
