package be.smartcredit.hub.payment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads statements and puts together a statement's reconciliation. */
@Service
public class StatementBook {

    private final Payments payments;
    private final ClaimLedger ledger;

    StatementBook(Payments payments, ClaimLedger ledger) {
        this.payments = payments;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public List<StatementView> statements(int limit, int offset) {
        return payments.statements(limit, offset);
    }

    @Transactional(readOnly = true)
    public Reconciliation reconciliation(long statementId) {
        StatementView statement = payments.statement(statementId)
                .orElseThrow(() -> new PaymentNotFoundException("no statement " + statementId));
        List<Reconciliation.Line> lines = payments.ofStatement(statementId).stream()
                .map(line -> new Reconciliation.Line(line, ledger.allocationsOf(line.id()))).toList();
        return Reconciliation.of(statement, lines);
    }
}
