package io.osprey.report.html;

import io.osprey.analysis.Attribution;

import java.time.Instant;
import java.util.List;

/**
 * A table the report's script makes sortable (click a header), filterable (a text box over the whole row, and
 * a drop-down for columns marked {@link Header#select}) and paged. Without the script every row shows.
 */
final class DataTable {
    /** How many rows a table in the report holds at most; the CSV and XLSX outputs hold them all. */
    static final int MAX_ROWS = 20_000;

    /** A column header: its label, whether it sorts as a number, and whether it gets a drop-down filter. */
    record Header(String label, boolean numeric, boolean select) {
        static Header text(String label) {
            return new Header(label, false, false);
        }

        static Header number(String label) {
            return new Header(label, true, false);
        }

        static Header select(String label) {
            return new Header(label, false, true);
        }
    }

    private final HtmlOut out;

    DataTable(HtmlOut out, String id, List<Header> headers, int pageSize) {
        this.out = out;
        out.open("div", "class", "table-block");
        out.open("table", "id", id, "class", "data-table", "data-page-size", Integer.toString(pageSize));
        out.open("thead").open("tr");
        for (Header header : headers) {
            out.element("th", header.label(), "class", header.numeric() ? "num" : null, "data-type",
                    header.numeric() ? "number" : "text", "data-filter", header.select() ? "select" : null);
        }
        out.close("tr").close("thead").open("tbody");
    }

    DataTable startRow() {
        out.open("tr");
        return this;
    }

    DataTable endRow() {
        out.close("tr");
        return this;
    }

    DataTable cell(String text) {
        out.element("td", text);
        return this;
    }

    DataTable clipped(String text, int max) {
        out.open("td").clipped(text, max).close("td");
        return this;
    }

    DataTable mono(String text, int max) {
        out.open("td", "class", "mono").clipped(text, max).close("td");
        return this;
    }

    DataTable number(Long value) {
        out.element("td", value == null ? "" : String.format(java.util.Locale.ROOT, "%,d", value), "class", "num",
                "data-sort", value == null ? "" : Long.toString(value));
        return this;
    }

    /** A mailbox or user name: monospace, kept on one line. */
    DataTable mailbox(String text) {
        out.open("td", "class", "mono mailbox").clipped(text, 80).close("td");
        return this;
    }

    DataTable time(Instant time) {
        out.element("td", Times.display(time), "class", "mono time");
        return this;
    }

    /** A badge whose text is also its drop-down filter value. */
    DataTable badge(String text, String cssClass) {
        out.open("td", "data-sort", text).element("span", text, "class", cssClass).close("td");
        return this;
    }

    DataTable attribution(Attribution attribution) {
        return badge(attribution.label(), "attribution attribution-" + attribution.label());
    }

    /** A cell the caller fills through {@link #out()}. */
    DataTable openCell(String sortKey) {
        out.open("td", "data-sort", sortKey);
        return this;
    }

    DataTable closeCell() {
        out.close("td");
        return this;
    }

    HtmlOut out() {
        return out;
    }

    /** Ends the table; a note says how many rows were left out when the table was cut. */
    void end(long total, long written, String whereTheRestIs) {
        out.close("tbody").close("table");
        if (total > written) {
            out.element("p", "This table shows " + Times.count(written) + " of " + Times.count(total)
                    + " rows; " + whereTheRestIs + " hold all of them.", "class", "note");
        }
        out.close("div");
    }
}
