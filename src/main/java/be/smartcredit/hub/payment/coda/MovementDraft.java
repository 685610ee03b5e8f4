package be.smartcredit.hub.payment.coda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A movement being read from its record 2.1 and the 2.2, 2.3 and 3.x records that continue it. */
final class MovementDraft {

    private final int sequenceNumber;
    private final int detailNumber;
    private final BigDecimal amount;
    private final LocalDate valueDate;
    private final LocalDate entryDate;
    private final TransactionCode transactionCode;
    private final String bankReference;
    private final int globalisationCode;
    private final CommunicationDraft communication;
    private final List<CommunicationDraft> information = new ArrayList<>();
    private String counterpartyName = "";
    private String counterpartyAccount = "";
    private String counterpartyBic = "";
    private String customerReference = "";

    private MovementDraft(CodaLine line) {
        sequenceNumber = line.number(3, 6);
        detailNumber = line.number(7, 10);
        bankReference = line.trimmed(11, 31);
        amount = line.amount(32);
        valueDate = line.optionalDate(48);
        transactionCode = TransactionCode.read(line.field(54, 61));
        communication = new CommunicationDraft(line.at(62) == '1', line.field(63, 115));
        entryDate = line.date(116);
        globalisationCode = line.at(125) == ' ' ? 0 : line.number(125, 125);
    }

    /** Reads record 2.1. */
    static MovementDraft read(CodaLine line) {
        return new MovementDraft(line);
    }

    /** Reads record 2.2: communication continued, customer reference and the counterparty's BIC. */
    // Limitation: records 2.2, 2.3 and 3.x of version 1 files are read with the version 2 layout; only records 0,
    // 1, 2.1, 8 and 9 are known to be laid out the same in both versions.
    void readContinuation(CodaLine line) {
        checkSameSequence(line);
        communication.append(line.field(11, 63));
        customerReference = line.trimmed(64, 98);
        counterpartyBic = line.trimmed(99, 109);
    }

    /** Reads record 2.3: the counterparty's account and name, and the end of the communication. */
    void readCounterparty(CodaLine line) {
        checkSameSequence(line);
        counterpartyAccount = firstWord(line.trimmed(11, 44));
        counterpartyName = line.trimmed(48, 82);
        communication.append(line.field(83, 125));
    }

    /** Reads record 3.1, which starts a new information communication. */
    void readInformation(CodaLine line) {
        checkSameSequence(line);
        information.add(new CommunicationDraft(line.at(40) == '1', line.field(41, 113)));
    }

    /** Reads record 3.2 or 3.3, which continue the last information communication. */
    void continueInformation(CodaLine line, int lastPosition) {
        checkSameSequence(line);
        information.get(information.size() - 1).append(line.field(11, lastPosition));
    }

    int sequenceNumber() {
        return sequenceNumber;
    }

    int detailNumber() {
        return detailNumber;
    }

    BigDecimal amount() {
        return amount;
    }

    CodaMovement toMovement(int detailCount) {
        return new CodaMovement(sequenceNumber, detailNumber, amount, entryDate, valueDate, transactionCode,
                communication.toCommunication(), counterpartyName, counterpartyAccount, counterpartyBic,
                customerReference, bankReference, globalisationCode, detailCount,
                information.stream().map(CommunicationDraft::toCommunication).toList());
    }

    private void checkSameSequence(CodaLine line) {
        int sequence = line.number(3, 6);
        if (sequence != sequenceNumber) {
            throw line.error("has sequence number " + sequence + " but continues movement " + sequenceNumber);
        }
    }

    // Account numbers hold no blanks; a name that a bank shifted into the account zone is not part of it.
    private static String firstWord(String text) {
        int blank = text.indexOf(' ');
        return blank < 0 ? text : text.substring(0, blank);
    }
}
