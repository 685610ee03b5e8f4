package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.matching.Decision;
import be.smartcredit.hub.payment.matching.PaymentStatus;
import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.BankStatement;
import be.smartcredit.hub.payment.statement.StatementReader;
import be.smartcredit.hub.platform.HubSettings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a bank file, CODA or camt.053: every statement once (by account, number and date), every movement
 * matched and allocated, or held when the statement does not add up and the account's policy says so. One file is
 * one transaction, so a file is applied whole or not at all; a file with a statement that has the account, number
 * and date of one applied before but other content is refused whole.
 */
@Service
public class PaymentIntake {

    private static final Logger log = LoggerFactory.getLogger(PaymentIntake.class);

    private final StatementReader reader = new StatementReader();
    private final Payments payments;
    private final PaymentPosting posting;
    private final HubSettings settings;

    PaymentIntake(Payments payments, PaymentPosting posting, HubSettings settings) {
        this.payments = payments;
        this.posting = posting;
        this.settings = settings;
    }

    @Transactional
    public FileApplied receive(byte[] content, String fileName) {
        payments.planForTheTablesAsTheyGrow();
        int applied = 0;
        int matched = 0;
        for (BankStatement statement : reader.read(content, fileName)) {
            boolean hold = !statement.balance().ok() && settings.payments().holdsUnbalanced(statement.account());
            String fingerprint = StatementFingerprint.of(statement);
            Optional<Long> statementId = payments.registerStatement(statement, fileName, hold, fingerprint);
            if (statementId.isEmpty()) {
                refuseIfChanged(statement, fileName, fingerprint);
                log.info("Statement already applied, skipped: file='{}' number='{}' date='{}'.", fileName,
                        statement.number(), statement.date());
                continue;
            }
            applied++;
            matched += post(statementId.get(), statement, hold);
        }
        log.info("Bank file applied: file='{}' statements='{}' matchedPayments='{}'.", fileName, applied, matched);
        return new FileApplied(fileName, applied, matched);
    }

    /** The same account, number and date with other content is not a redelivery: the whole file is refused. */
    private void refuseIfChanged(BankStatement statement, String fileName, String fingerprint) {
        Payments.AppliedStatement applied = payments.appliedStatement(statement).orElseThrow();
        // Limitation: statements stored before fingerprints were kept have none; their redeliveries are skipped.
        if (applied.contentHash() != null && !applied.contentHash().equals(fingerprint)) {
            log.warn("Statement conflicts with one applied before, file refused: file='{}' number='{}' date='{}'.",
                    fileName, statement.number(), statement.date());
            throw new StatementConflictException(fileName, statement, applied.fileName());
        }
    }

    private int post(long statementId, BankStatement statement, boolean hold) {
        if (!statement.balance().ok()) {
            log.warn("Statement does not add up: statement='{}' held='{}' detail='{}'.", statementId, hold,
                    statement.balance().detail());
        }
        String holdReason = hold ? "statement held: " + statement.balance().detail() : null;
        int matched = 0;
        for (BankMovement movement : statement.movements()) {
            Optional<Decision> decision = posting.post(statementId, null, movement, holdReason);
            if (decision.map(d -> d.status() == PaymentStatus.MATCHED).orElse(false)) {
                matched++;
            }
        }
        return matched;
    }

    /** What one file did. */
    public record FileApplied(String fileName, int statementsApplied, int paymentsMatched) {
    }
}
