package be.smartcredit.hub.payment.coda;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CODA file (Febelfin coded statement of account) into statements and movements, refusing what it cannot
 * read with a {@link CodaFormatException} that says where and why.
 */
public class CodaParser {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Parses the bytes of one CODA file.
     *
     * @param fileName used in error messages and kept on the result
     * @throws CodaFormatException when the file is not a complete CODA file this parser can read
     */
    public CodaFile parse(byte[] content, String fileName) {
        CodaFileAssembler assembler = new CodaFileAssembler(fileName);
        for (CodaLine line : lines(new String(content, WINDOWS_1252), fileName)) {
            assembler.accept(line);
        }
        return assembler.finish();
    }

    // Trailing blanks are often stripped in transit, so short lines are padded back; blank lines at the end are
    // harmless, a blank line between records is not.
    private static List<CodaLine> lines(String text, String fileName) {
        List<String> raw = splitLines(text);
        int last = raw.size() - 1;
        while (last >= 0 && raw.get(last).isBlank()) {
            last--;
        }
        List<CodaLine> lines = new ArrayList<>();
        for (int index = 0; index <= last; index++) {
            lines.add(line(raw.get(index), index + 1, fileName));
        }
        return lines;
    }

    /** The lines between line feeds, each without its carriage return; what {@code split("\\r?\\n", -1)} gives. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>(text.length() / (CodaLine.LENGTH + 1) + 1);
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static CodaLine line(String text, int number, String fileName) {
        CodaLine line = new CodaLine(fileName, number, text);
        if (text.isBlank()) {
            throw line.lineError("blank line between records");
        }
        if (text.length() > CodaLine.LENGTH) {
            throw line.error("is " + text.length() + " characters long (a CODA record has " + CodaLine.LENGTH + ")");
        }
        return new CodaLine(fileName, number, text + " ".repeat(CodaLine.LENGTH - text.length()));
    }
}
