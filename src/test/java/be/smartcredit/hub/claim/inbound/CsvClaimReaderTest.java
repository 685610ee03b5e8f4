package be.smartcredit.hub.claim.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.connector.Connector.CsvFormat;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvClaimReaderTest {

    private static final CsvFormat BY_HEADER = new CsvFormat(Map.of("number", "Factuur", "issue-date", "Datum",
            "amount", "Bedrag", "debtor-name", "Klant", "debtor-vat", "BTW"), ';', '"', "windows-1252", true, ',',
            List.of("dd/MM/yyyy"), false);
    private static final CsvFormat BY_POSITION = new CsvFormat(Map.of("number", "1", "issue-date", "2", "amount",
            "3", "currency", "4", "debtor-name", "5", "credit-note-for", "6"), ',', '"', "UTF-8", false, '.',
            List.of("yyyy-MM-dd"), true);

    @Test
    void readsColumnsByHeaderNameWithDecimalCommaInWindows1252() {
        byte[] csv = "Factuur;Datum;Bedrag;Klant;BTW\nF-1;05/03/2024;1.234,56;Café Zeeën;BE0403170701\n"
                .getBytes(Charset.forName("windows-1252"));

        List<CsvRow> rows = CsvClaimReader.read(csv, "export.csv", BY_HEADER);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.isAccepted()).isTrue();
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.claim().payableAmount()).isEqualByComparingTo(new BigDecimal("1234.56"));
            assertThat(row.claim().issueDate()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(row.claim().debtor().name()).isEqualTo("Café Zeeën");
            assertThat(row.claim().currency()).isEqualTo("EUR");
        });
    }

    @Test
    void reportsEachBadRowWithItsLineAndColumnAndKeepsTheOthers() {
        byte[] csv = ("Factuur;Datum;Bedrag;Klant;BTW\nF-1;05/03/2024;10,00;A;\nF-2;31/02/2024;5,00;B;\n"
                + "F-3;01/03/2024;veel;C;\n").getBytes(StandardCharsets.UTF_8);

        List<CsvRow> rows = CsvClaimReader.read(csv, "export.csv", BY_HEADER);

        assertThat(rows).extracting(CsvRow::isAccepted).containsExactly(true, false, false);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).column()).isEqualTo("issue-date ('Datum')");
        assertThat(rows.get(1).problem()).contains("'31/02/2024' is not a date");
        assertThat(rows.get(2).column()).isEqualTo("amount ('Bedrag')");
    }

    @Test
    void keepsAFormulaInACellAsPlainText() {
        byte[] csv = "F-9,2024-01-02,12.50,EUR,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\n"
                .getBytes(StandardCharsets.UTF_8);

        List<CsvRow> rows = CsvClaimReader.read(csv, "export.csv", BY_POSITION);

        assertThat(rows.get(0).claim().debtor().name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
    }

    @Test
    void readsAPositionalExportWithAByteOrderMarkAndACreditNote() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "C-1,2024-01-02,-20.00,EUR,Ann,F-1\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, csv, 0, 3);
        System.arraycopy(text, 0, csv, 3, text.length);

        CsvRow row = CsvClaimReader.read(csv, "export.csv", BY_POSITION).get(0);

        assertThat(row.claim().number()).isEqualTo("C-1");
        assertThat(row.claim().documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
        assertThat(row.claim().billingReference()).isEqualTo("F-1");
        assertThat(row.claim().payableAmount()).isEqualByComparingTo("20.00");
    }

    @Test
    void refusesAnExportThatIsNotInItsDeclaredCharset() {
        byte[] csv = "F-1,2024-01-02,1.00,EUR,Cafétéria,\n".getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> CsvClaimReader.read(csv, "latin.csv", BY_POSITION))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("latin.csv")
                .hasMessageContaining("line 1, byte 27")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void namesAColumnTheHeaderLacks() {
        byte[] csv = "Nummer;Datum;Bedrag;Klant\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvClaimReader.read(csv, "export.csv", BY_HEADER))
                .hasMessageContaining("line 1 (the header)")
                .hasMessageContaining("'BTW' (csv.columns.debtor-vat), 'Factuur' (csv.columns.number)");
    }

    @Test
    void refusesAnUnknownCurrency() {
        byte[] csv = "F-1,2024-01-02,1.00,XYZ,Ann,\n".getBytes(StandardCharsets.UTF_8);

        CsvRow row = CsvClaimReader.read(csv, "export.csv", BY_POSITION).get(0);

        assertThat(row.problem()).isEqualTo("'XYZ' is not an ISO 4217 currency");
    }
}
