package be.smartcredit.hub.payment.coda;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One movement on a statement (record 2.1 with its 2.2, 2.3 and 3.x records).
 *
 * <p>A globalised total (detail number 0) and its details share a sequence number; the statement's balance and
 * record 9 count the total only, a matcher should use the details instead: see
 * {@link CodaStatement#movementsToMatch()}.
 *
 * @param amount signed: credits positive, debits negative
 * @param valueDate null when the bank left it as zeros
 * @param communication the communication of records 2.1, 2.2 and 2.3 joined in order
 * @param counterpartyName from record 2.3, empty when absent; likewise the account, BIC and customer reference
 * @param globalisationCode record 2.1 position 125: 0 none, otherwise the level of globalisation
 * @param detailCount for a total (detail number 0), how many details with the same sequence number follow it
 * @param information the communications of the 3.1 records (each joined with its 3.2 and 3.3), in order
 */
public record CodaMovement(
        int sequenceNumber,
        int detailNumber,
        BigDecimal amount,
        LocalDate entryDate,
        LocalDate valueDate,
        TransactionCode transactionCode,
        CodaCommunication communication,
        String counterpartyName,
        String counterpartyAccount,
        String counterpartyBic,
        String customerReference,
        String bankReference,
        int globalisationCode,
        int detailCount,
        List<CodaCommunication> information) {

    public CodaMovement {
        information = List.copyOf(information);
    }

    public boolean isCredit() {
        return amount.signum() > 0;
    }

    /** A movement whose details follow it with the same sequence number: match the details, not this total. */
    public boolean isGlobalisationTotal() {
        return detailNumber == 0 && detailCount > 0;
    }

    public boolean isDetail() {
        return detailNumber > 0;
    }

    public Optional<StructuredCommunication> structuredCommunication() {
        return communication.structuredCommunication();
    }

    public CommunicationFlag communicationFlag() {
        return communication.flag();
    }
}
