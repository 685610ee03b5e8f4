package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintManifestTest {

    private static PrintLetter letter(long action, String addressee, int pages) {
        return new PrintLetter(action, "action-" + action + ".pdf", addressee, List.of("Rue de la Loi 16",
                "1000 Bruxelles"), "BE", "fr", false, pages, false, "C5-WINDOW");
    }

    @Test
    void listsEveryLetterWithItsAddressPagesAndEnvelopeInCsv() {
        List<PrintLetter> letters = List.of(letter(1, "Alpha NV", 1), letter(2, "Beta; \"Gamma\" BV", 2));

        String csv = PrintManifest.csv(letters);

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("file;addressee;address_line_1");
        assertThat(lines.get(1)).isEqualTo("action-1.pdf;Alpha NV;Rue de la Loi 16;1000 Bruxelles;;;BE;fr;no;1;no;"
                + "C5-WINDOW");
        assertThat(lines.get(2)).contains("\"Beta; \"\"Gamma\"\" BV\"").contains(";2;");
    }

    @Test
    void countsLettersAndPagesInJson() throws Exception {
        List<PrintLetter> letters = List.of(letter(1, "Alpha NV", 1), letter(2, "Beta BV", 3));

        JsonNode json = new ObjectMapper().readTree(PrintManifest.json(LocalDate.of(2026, 3, 2), letters));

        assertThat(json.get("batchDate").asText()).isEqualTo("2026-03-02");
        assertThat(json.get("letterCount").asInt()).isEqualTo(2);
        assertThat(json.get("pageCount").asInt()).isEqualTo(4);
        assertThat(json.get("letters").get(1).get("addressLines").get(1).asText()).isEqualTo("1000 Bruxelles");
        assertThat(json.get("letters").get(1).get("envelope").asText()).isEqualTo("C5-WINDOW");
    }
}
