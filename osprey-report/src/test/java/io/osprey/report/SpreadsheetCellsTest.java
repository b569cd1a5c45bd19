package io.osprey.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {
    @Test
    void neutralizesEveryFormulaStart() {
        assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.safe("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.safe("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.safe("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetCells.safe("-")).isEqualTo("'-");
        assertThat(SpreadsheetCells.safe("+.")).isEqualTo("'+.");
    }

    @Test
    void leavesPlainNumbersAndOrdinaryTextAlone() {
        assertThat(SpreadsheetCells.safe("-5")).isEqualTo("-5");
        assertThat(SpreadsheetCells.safe("+3.25")).isEqualTo("+3.25");
        assertThat(SpreadsheetCells.safe("-.5")).isEqualTo("-.5");
        assertThat(SpreadsheetCells.safe("42")).isEqualTo("42");
        assertThat(SpreadsheetCells.safe("<a@b>")).isEqualTo("<a@b>");
        assertThat(SpreadsheetCells.safe("\\Inbox")).isEqualTo("\\Inbox");
        assertThat(SpreadsheetCells.safe("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.safe("")).isEmpty();
        assertThat(SpreadsheetCells.safe(null)).isEmpty();
    }

    @Test
    void numbersAreRecognizedStrictly() {
        assertThat(SpreadsheetCells.isPlainNumber("-1.2.3")).isFalse();
        assertThat(SpreadsheetCells.isPlainNumber("-1e5")).isFalse();
        assertThat(SpreadsheetCells.isPlainNumber("-")).isFalse();
        assertThat(SpreadsheetCells.isPlainNumber("-0")).isTrue();
    }
}
