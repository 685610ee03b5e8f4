package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.coda.CodaFile;
import be.smartcredit.hub.payment.coda.CodaMovement;
import be.smartcredit.hub.payment.coda.CodaParser;
import be.smartcredit.hub.payment.coda.CodaStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a CODA file: every statement once (by account, sequence number and date), every credit
 * movement matched to a claim by its structured communication. One file is one transaction, so a
 * file is applied whole or not at all.
 */
@Service
public class PaymentIntake {

    private static final Logger log = LoggerFactory.getLogger(PaymentIntake.class);

    private final CodaParser parser = new CodaParser();
    private final Payments payments;

    PaymentIntake(Payments payments) {
        this.payments = payments;
    }

    @Transactional
    public FileApplied receive(byte[] content, String fileName) {
        CodaFile file = parser.parse(content, fileName);
        int applied = 0;
        int matched = 0;
        for (CodaStatement statement : file.statements()) {
            var statementId = payments.registerStatement(statement, fileName);
            if (statementId.isEmpty()) {
                log.info("Statement already applied, skipped: file='{}' account='{}' sequence='{}'.", fileName,
                        statement.account(), statement.statementSequenceNumber());
                continue;
            }
            applied++;
            matched += applyMovements(statementId.get(), statement);
        }
        log.info("Bank file applied: file='{}' statements='{}' matchedPayments='{}'.", fileName, applied, matched);
        return new FileApplied(fileName, applied, matched);
    }

    private int applyMovements(long statementId, CodaStatement statement) {
        int matched = 0;
        for (CodaMovement movement : statement.movementsToMatch()) {
            if (!movement.isCredit()) {
                continue;
            }
            if (payments.apply(statementId, statement.currency(), movement)) {
                matched++;
            }
        }
        return matched;
    }

    /** What one file did. */
    public record FileApplied(String fileName, int statementsApplied, int paymentsMatched) {
    }
}
