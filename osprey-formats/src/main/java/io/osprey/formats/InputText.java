package io.osprey.formats;

import java.io.IOException;
import java.io.Reader;

/**
 * An input ready to read as text: decompressed, decoded (UTF-8 with or without BOM, UTF-16 with BOM) and
 * with the byte-order mark removed. {@link #openReader()} may be called more than once; each call starts at
 * the beginning.
 */
public interface InputText {
    /** The path shown to the user; archive members are written {@code archive.zip!/member/path}. */
    String displayPath();

    Reader openReader() throws IOException;
}
