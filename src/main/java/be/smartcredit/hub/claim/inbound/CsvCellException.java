package be.smartcredit.hub.claim.inbound;

/** A cell of a CSV row that cannot be read, with the claim field and column it belongs to. */
final class CsvCellException extends RuntimeException {

    private final String column;

    CsvCellException(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }
}
