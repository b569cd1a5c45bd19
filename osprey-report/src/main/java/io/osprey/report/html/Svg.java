package io.osprey.report.html;

import java.util.Locale;

/** Writes SVG shapes through {@link HtmlOut}: coordinates as plain decimals, every label and tooltip escaped. */
final class Svg {
    private final HtmlOut out;

    Svg(HtmlOut out) {
        this.out = out;
    }

    void open(double width, double height, String label) {
        out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", number(width), "height", number(height),
                "viewBox", "0 0 " + number(width) + " " + number(height), "role", "img", "aria-label", label);
    }

    void close() {
        out.close("svg");
    }

    /** A rectangle; with a tooltip when {@code tooltip} is not null. */
    void rect(double x, double y, double width, double height, String fill, String tooltip, String... attributes) {
        String[] all = new String[10 + attributes.length];
        all[0] = "x";
        all[1] = number(x);
        all[2] = "y";
        all[3] = number(y);
        all[4] = "width";
        all[5] = number(Math.max(0, width));
        all[6] = "height";
        all[7] = number(Math.max(0, height));
        all[8] = "fill";
        all[9] = fill;
        System.arraycopy(attributes, 0, all, 10, attributes.length);
        out.open("rect", all);
        title(tooltip);
        out.close("rect");
    }

    void text(double x, double y, String text, String... attributes) {
        String[] all = new String[4 + attributes.length];
        all[0] = "x";
        all[1] = number(x);
        all[2] = "y";
        all[3] = number(y);
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        out.open("text", all).text(text).close("text");
    }

    /** A text with a tooltip holding the whole value. */
    void labelledText(double x, double y, String text, String tooltip, String... attributes) {
        String[] all = new String[4 + attributes.length];
        all[0] = "x";
        all[1] = number(x);
        all[2] = "y";
        all[3] = number(y);
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        out.open("text", all);
        title(tooltip);
        out.text(text).close("text");
    }

    void line(double x1, double y1, double x2, double y2, String stroke) {
        out.open("line", "x1", number(x1), "y1", number(y1), "x2", number(x2), "y2", number(y2), "stroke", stroke)
                .close("line");
    }

    /** A path of the given outline, filled, with a tooltip when {@code tooltip} is not null. */
    void path(String outline, String fill, String tooltip) {
        out.open("path", "d", outline, "fill", fill);
        title(tooltip);
        out.close("path");
    }

    /** A small downward triangle centred on x, its top at y. */
    void marker(double x, double y, double size, String fill, String tooltip) {
        out.open("path", "d", "M" + number(x - size / 2) + " " + number(y) + "h" + number(size) + "l"
                + number(-size / 2) + " " + number(size) + "z", "fill", fill, "stroke", "#000",
                "stroke-width", "0.5");
        title(tooltip);
        out.close("path");
    }

    /** The hatch pattern throttled windows are drawn with, defined once per SVG under the given id. */
    void hatchPattern(String id, String color) {
        out.raw("<defs>").open("pattern", "id", id, "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)");
        out.open("rect", "width", "6", "height", "6", "fill", color, "fill-opacity", "0.15").close("rect");
        out.open("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", color, "stroke-width", "2.5")
                .close("line");
        out.close("pattern").raw("</defs>");
    }

    private void title(String tooltip) {
        if (tooltip != null) {
            out.element("title", tooltip);
        }
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
