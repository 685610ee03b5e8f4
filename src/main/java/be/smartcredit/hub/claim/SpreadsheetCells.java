package be.smartcredit.hub.claim;

/**
 * Writes cells for the CSV files the hub hands back (row results, ingest reports) so that a spreadsheet shows
 * them as text: a cell starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** One cell, quoted for a {@code ;}-separated file and defused against formula injection. */
    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** One line of cells, ending in a line feed. */
    public static String line(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ";").append(cell(values[i]));
        }
        return line.append('\n').toString();
    }
}
