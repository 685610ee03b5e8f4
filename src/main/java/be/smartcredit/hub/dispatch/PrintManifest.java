package be.smartcredit.hub.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The print shop's list of a batch's letters, as CSV (semicolon-separated, RFC 4180 quoting) and as JSON. */
final class PrintManifest {

    static final String CSV = "manifest.csv";
    static final String JSON = "manifest.json";
    static final String DONE = "done";

    private static final List<String> COLUMNS = List.of("file", "addressee", "address_line_1", "address_line_2",
            "address_line_3", "address_line_4", "country", "language", "colour", "pages", "registered", "envelope");
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private PrintManifest() {
    }

    static String csv(List<PrintLetter> letters) {
        StringBuilder csv = new StringBuilder(String.join(";", COLUMNS)).append("\r\n");
        for (PrintLetter letter : letters) {
            List<String> cells = new ArrayList<>(List.of(letter.fileName(), letter.addressee()));
            for (int i = 0; i < 4; i++) {
                cells.add(i < letter.addressLines().size() ? letter.addressLines().get(i) : "");
            }
            cells.addAll(List.of(nullToEmpty(letter.countryCode()), letter.language(), yesNo(letter.colour()),
                    Integer.toString(letter.pages()), yesNo(letter.registered()), letter.envelope()));
            csv.append(String.join(";", cells.stream().map(PrintManifest::quote).toList())).append("\r\n");
        }
        return csv.toString();
    }

    static String json(LocalDate batchDate, List<PrintLetter> letters) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("batchDate", batchDate);
        manifest.put("letterCount", letters.size());
        manifest.put("pageCount", letters.stream().mapToInt(PrintLetter::pages).sum());
        manifest.put("letters", letters);
        try {
            return MAPPER.writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the manifest of batch " + batchDate, e);
        }
    }

    private static String quote(String cell) {
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static String yesNo(boolean flag) {
        return flag ? "yes" : "no";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
