package be.smartcredit.hub.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciliation CSV: one row per line, quoting, and no cell a spreadsheet would run as a formula. */
class ReconciliationCsvTest {

    @Test
    void defusesCellsThatStartLikeAFormula() {
        assertThat(ReconciliationCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReconciliationCsv.cell("+32 475")).isEqualTo("'+32 475");
        assertThat(ReconciliationCsv.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(ReconciliationCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void leavesPlainNumbersAndOrdinaryTextAlone() {
        assertThat(ReconciliationCsv.cell("-754.25")).isEqualTo("-754.25");
        assertThat(ReconciliationCsv.cell("Brasserie De Kroon")).isEqualTo("Brasserie De Kroon");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(ReconciliationCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ReconciliationCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReconciliationCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void writesOneRowPerLineUnderItsCategory() {
        PaymentLine payment = new PaymentLine(7, 3L, "6/0", new BigDecimal("50.00"), "EUR", LocalDate.of(2024, 3, 1),
                "+++090/9337/55493+++", "=1+1", "@evil", "BE68539007547034", false, "MATCHED", "REFERENCE",
                List.of(), BigDecimal.ZERO);
        AllocationView allocation = new AllocationView(11, 7, 5, "INV-1", new BigDecimal("50.00"), "REFERENCE",
                null, null);
        Reconciliation reconciliation = new Reconciliation(null, List.of(new Reconciliation.Line(payment,
                List.of(allocation))), List.of(), List.of(), List.of());

        String[] rows = ReconciliationCsv.write(reconciliation).split("\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows[0]).isEqualTo(ReconciliationCsv.HEADER);
        assertThat(rows[1]).isEqualTo("matched,7,6/0,2024-03-01,50.00,EUR,MATCHED,REFERENCE,'+++090/9337/55493+++,"
                + "'@evil,BE68539007547034,'=1+1,INV-1:50.00,");
    }
}
