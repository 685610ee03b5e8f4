package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.claim.ClaimDocument;

/**
 * One data row of a CSV export: the claim it holds, or why it holds none, with the line it starts on.
 * {@code debtorType} and {@code debtorLanguage} are null when the export does not say.
 */
public record CsvRow(int line, ClaimDocument claim, String debtorType, String debtorLanguage, String column,
        String problem, String numberCell) {

    static CsvRow accepted(int line, ClaimDocument claim, String debtorType, String debtorLanguage) {
        return new CsvRow(line, claim, debtorType, debtorLanguage, null, null, claim.number());
    }

    static CsvRow rejected(int line, String column, String problem, String numberCell) {
        return new CsvRow(line, null, null, null, column, problem, numberCell);
    }

    /** The same row refused after it was read, for instance by the claims store. */
    public static CsvRow rejectedLater(CsvRow row, String problem) {
        return new CsvRow(row.line(), null, null, null, "the whole row", problem, row.numberCell());
    }

    public boolean isAccepted() {
        return claim != null;
    }
}
