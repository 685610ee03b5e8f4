package be.smartcredit.hub.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void writesFormulaLookingCellsAsText() {
        String line = SpreadsheetCells.line("=HYPERLINK(\"http://x\";\"y\")", "+1", "-2", "@SUM(A1)", "plain");

        assertThat(line).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";'+1;'-2;'@SUM(A1);plain\n");
    }

    @Test
    void leavesOrdinaryCellsAsTheyAre() {
        assertThat(SpreadsheetCells.cell("INV-1")).isEqualTo("INV-1");
        assertThat(SpreadsheetCells.cell(null)).isEmpty();
    }
}
