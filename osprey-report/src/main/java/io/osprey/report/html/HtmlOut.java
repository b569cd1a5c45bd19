package io.osprey.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes HTML to a stream. Markup comes only from {@link #raw} with constant text of the report's own; every
 * value goes through {@link #text} or an attribute of {@link #open}, both escaped by {@link Html}. Write failures
 * surface as {@link UncheckedIOException} and are unwrapped by {@link HtmlReport}.
 */
final class HtmlOut {
    private final Writer out;

    HtmlOut(Writer out) {
        this.out = out;
    }

    /** The report's own markup, never data. */
    HtmlOut raw(String markup) {
        return write(markup);
    }

    /** Text content, escaped; null writes nothing. */
    HtmlOut text(String value) {
        return write(Html.escape(value));
    }

    HtmlOut number(long value) {
        return write(Long.toString(value));
    }

    /**
     * An opening tag with attributes given as name, value pairs; values are escaped, a null value leaves its
     * attribute out, and an empty name list writes a bare tag.
     */
    HtmlOut open(String tag, String... attributes) {
        write("<").write(tag);
        for (int index = 0; index + 1 < attributes.length; index += 2) {
            if (attributes[index + 1] != null) {
                write(" ").write(attributes[index]).write("=\"").write(Html.escape(attributes[index + 1])).write("\"");
            }
        }
        return write(">");
    }

    HtmlOut close(String tag) {
        return write("</").write(tag).write(">");
    }

    /** An element with escaped text content. */
    HtmlOut element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A text shortened to {@code max} characters, the whole value in a title attribute when shortened. */
    HtmlOut clipped(String value, int max) {
        if (value == null || value.length() <= max) {
            return text(value);
        }
        return open("span", "title", value).text(value.substring(0, max - 1) + "…").close("span");
    }

    private HtmlOut write(String text) {
        try {
            out.write(text);
            return this;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
