package io.osprey.formats;

import java.io.Reader;
import java.io.StringReader;

/** An in-memory input, for tests and for small generated inputs. */
public record StringInputText(String displayPath, String text) implements InputText {
    @Override
    public Reader openReader() {
        return new StringReader(text);
    }

    public InputHead head() {
        boolean complete = text.length() <= InputHead.SIZE;
        return new InputHead(displayPath, complete ? text : text.substring(0, InputHead.SIZE), complete);
    }
}
