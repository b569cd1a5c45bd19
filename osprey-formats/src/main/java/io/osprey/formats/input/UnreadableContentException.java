package io.osprey.formats.input;

import java.io.IOException;

/** The input's bytes are not something Osprey reads as text (a nested archive, for instance). */
public final class UnreadableContentException extends IOException {
    public UnreadableContentException(String reason) {
        super(reason);
    }
}
