package io.osprey.rules.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void formulaStartsGetALeadingQuote() {
        assertThat(CsvCells.neutralize("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.neutralize("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralize("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralize("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.neutralize("-InboxRule")).isEqualTo("'-InboxRule");
    }

    @Test
    void plainNumbersStayNumbers() {
        assertThat(CsvCells.neutralize("-5")).isEqualTo("-5");
        assertThat(CsvCells.neutralize("+1.5e3")).isEqualTo("+1.5e3");
        assertThat(CsvCells.neutralize("-.25")).isEqualTo("-.25");
        assertThat(CsvCells.neutralize("-1.")).isEqualTo("-1.");
    }

    @Test
    void otherCellsAreUnchanged() {
        assertThat(CsvCells.neutralize("Set-Mailbox")).isEqualTo("Set-Mailbox");
        assertThat(CsvCells.neutralize("{\"Id\":\"x\"}")).isEqualTo("{\"Id\":\"x\"}");
        assertThat(CsvCells.neutralize("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralize("")).isEmpty();
        assertThat(CsvCells.neutralize(null)).isEmpty();
    }
}
