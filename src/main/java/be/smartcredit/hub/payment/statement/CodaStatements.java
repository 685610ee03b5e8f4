package be.smartcredit.hub.payment.statement;

import be.smartcredit.hub.payment.coda.CodaFile;
import be.smartcredit.hub.payment.coda.CodaMovement;
import be.smartcredit.hub.payment.coda.CodaStatement;
import be.smartcredit.hub.payment.coda.CommunicationFlag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Turns parsed CODA statements into the common statement model; details stand in for their globalised total. */
final class CodaStatements {

    private CodaStatements() {
    }

    static List<BankStatement> of(CodaFile file) {
        return file.statements().stream().map(CodaStatements::statement).toList();
    }

    private static BankStatement statement(CodaStatement coda) {
        List<BankMovement> movements = coda.movementsToMatch().stream()
                .map(movement -> movement(movement, coda.currency())).toList();
        BalanceVerdict verdict = new BalanceVerdict(coda.balanceCheck().isOk(), coda.balanceCheck().toString());
        return new BankStatement(StatementFormat.CODA, coda.account(), coda.currency(),
                String.valueOf(coda.statementSequenceNumber()), coda.newBalanceDate(), coda.oldBalance(),
                coda.newBalance(), coda.duplicate(), verdict, movements);
    }

    // Limitation: CODA return and reversal transaction codes are not told apart; a debit counts as a reversal only
    // when it carries the reference of a paid claim.
    private static BankMovement movement(CodaMovement coda, String currency) {
        List<String> flags = new ArrayList<>();
        String text = coda.communication().text();
        PaymentReference reference = coda.structuredCommunication().map(PaymentReference::ogm)
                .or(() -> PaymentReference.findIn(text)).orElse(null);
        if (coda.communicationFlag() == CommunicationFlag.INVALID_STRUCTURED_COMMUNICATION) {
            flags.add("structured communication '" + text + "' fails the mod-97 check; kept as free text");
        }
        return new BankMovement(coda.sequenceNumber() + "/" + coda.detailNumber(), twoDecimals(coda.amount()),
                currency, coda.entryDate(), reference, coda.structuredCommunication().isPresent() ? "" : text,
                coda.counterpartyName(), coda.counterpartyAccount(), false, flags);
    }

    private static BigDecimal twoDecimals(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
