package io.osprey.formats.input;

import java.io.IOException;

/** A compressed input expanded past its {@link InputLimits}: reading stops and the input is reported unreadable. */
public final class DecompressionLimitException extends IOException {
    public static final String REASON = "decompressed size exceeds limit";

    public DecompressionLimitException(long limitBytes) {
        super(REASON + " (" + limitBytes + " bytes)");
    }
}
