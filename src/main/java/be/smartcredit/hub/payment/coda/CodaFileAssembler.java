package be.smartcredit.hub.payment.coda;

import java.util.ArrayList;
import java.util.List;

/** Puts the records of one CODA file together into statements, checking that they come in an allowed order. */
final class CodaFileAssembler {

    private final String fileName;
    private final List<CodaStatement> statements = new ArrayList<>();
    private RecordType previous;
    private CodaLine previousLine;
    private StatementDraft statement;

    CodaFileAssembler(String fileName) {
        this.fileName = fileName;
    }

    void accept(CodaLine line) {
        if (previous == RecordType.TRAILER && line.at(1) != '0') {
            throw line.lineError("unexpected data after the trailer record 9, where only a new record 0 or the "
                    + "end of the file may follow: '" + line.text().strip() + "'");
        }
        RecordType type = RecordType.of(line);
        checkOrder(type, line);

        read(type, line);
        previous = type;
        previousLine = line;
    }

    CodaFile finish() {
        if (previous == null) {
            throw new CodaFormatException(fileName + " line 1: the file holds no CODA records");
        }
        if (previous != RecordType.TRAILER) {
            String missing = statement.hasNewBalance() ? "record 9 is" : "records 8 and 9 are";
            throw previousLine.error("is the last record: the file is truncated, " + missing + " missing");
        }
        return new CodaFile(fileName, statements);
    }

    private void checkOrder(RecordType type, CodaLine line) {
        if (previous == null && type != RecordType.HEADER) {
            throw line.error("cannot start a file (expected 0)");
        }
        if (previous != null && !previous.followers().contains(type)) {
            throw line.error("cannot follow record " + previous.code + " (expected "
                    + RecordType.describe(previous.followers()) + ")");
        }
    }

    private void read(RecordType type, CodaLine line) {
        if (type.countedInTrailer()) {
            statement.countRecord();
        }
        switch (type) {
            case HEADER -> statement = StatementDraft.readHeader(line);
            case OLD_BALANCE -> statement.readOldBalance(line);
            case MOVEMENT -> statement.readMovement(line);
            case MOVEMENT_CONTINUED -> statement.currentMovement().readContinuation(line);
            case MOVEMENT_COUNTERPARTY -> statement.currentMovement().readCounterparty(line);
            case INFORMATION -> statement.currentMovement().readInformation(line);
            case INFORMATION_CONTINUED -> statement.currentMovement().continueInformation(line, 115);
            case INFORMATION_END -> statement.currentMovement().continueInformation(line, 100);
            case FREE_COMMUNICATION -> statement.readFreeCommunication(line);
            case NEW_BALANCE -> statement.readNewBalance(line);
            case TRAILER -> statements.add(statement.finish(line));
        }
    }
}
