package io.osprey.formats.input;

/**
 * How much a compressed input (a gzip file or a zip member) may expand before it is treated as a
 * decompression bomb and reported as unreadable.
 *
 * <p>The rule: a decompressed stream may yield at most
 * {@code min(maxDecompressedBytes, max(ratioFreeBytes, maxRatio × compressedBytes))} bytes. Small archives may
 * always expand to {@code ratioFreeBytes}; beyond that an input may expand {@code maxRatio} times its
 * compressed size, and never past {@code maxDecompressedBytes}. Real audit-log exports compress 5 to 30 times.
 *
 * @param maxDecompressedBytes the absolute cap on one input's decompressed size
 * @param ratioFreeBytes       the size every compressed input may reach whatever its ratio
 * @param maxRatio             the largest decompressed-to-compressed ratio allowed beyond {@code ratioFreeBytes}
 */
public record InputLimits(long maxDecompressedBytes, long ratioFreeBytes, long maxRatio) {
    public static final long MEBIBYTE = 1024L * 1024;
    public static final long GIBIBYTE = 1024 * MEBIBYTE;

    public InputLimits {
        if (maxDecompressedBytes <= 0 || ratioFreeBytes < 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("decompression limits must be positive");
        }
    }

    /** 8 GiB at most, 100 MiB whatever the ratio, 200:1 beyond that. */
    public static InputLimits defaults() {
        return new InputLimits(8 * GIBIBYTE, 100 * MEBIBYTE, 200);
    }

    /** The most bytes an input with the given compressed size may decompress to. */
    public long decompressedLimit(long compressedBytes) {
        long byRatio = compressedBytes > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : maxRatio * compressedBytes;
        return Math.min(maxDecompressedBytes, Math.max(ratioFreeBytes, byRatio));
    }
}
