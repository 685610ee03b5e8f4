package be.smartcredit.hub.payment.statement;

import be.smartcredit.hub.payment.coda.CodaParser;
import java.util.List;

/** Reads a bank file of either format, told apart by its content: XML is camt.053, a record 0 line is CODA. */
public final class StatementReader {

    private final CodaParser coda = new CodaParser();
    private final Camt053Reader camt = new Camt053Reader();

    /**
     * Reads every statement in the file.
     *
     * @throws StatementFormatException or {@link be.smartcredit.hub.payment.coda.CodaFormatException} or
     *     {@link be.smartcredit.hub.claim.inbound.UnreadableDocumentException} saying where and why
     */
    public List<BankStatement> read(byte[] content, String fileName) {
        int first = firstSignificant(content);
        if (first < 0) {
            throw new StatementFormatException(fileName, "line 1", "the file is empty");
        }
        if (content[first] == '<') {
            return camt.read(content, fileName);
        }
        if (content[first] == '0') {
            return CodaStatements.of(coda.parse(content, fileName));
        }
        throw new StatementFormatException(fileName, "line 1", "neither a CODA file (record 0) nor camt.053 XML");
    }

    private static int firstSignificant(byte[] content) {
        int index = startsWithUtf8Bom(content) ? 3 : 0;
        while (index < content.length && Character.isWhitespace(content[index])) {
            index++;
        }
        return index < content.length ? index : -1;
    }

    private static boolean startsWithUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }
}
