package io.osprey.simulate.tenant;

import java.util.SplittableRandom;
import java.util.UUID;

/** Identifier shapes of Microsoft 365 records, drawn from a random stream (so they are reproducible). */
public final class RandomIds {
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
    private static final char[] HEX_LOWER = "0123456789abcdef".toCharArray();
    private static final char[] BASE64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] BASE64_URL =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private RandomIds() {
    }

    /** A version-4 GUID in lower-case text form. */
    public static String guid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least).toString();
    }

    public static String hexUpper(SplittableRandom random, int length) {
        return draw(random, length, HEX_UPPER);
    }

    public static String hexLower(SplittableRandom random, int length) {
        return draw(random, length, HEX_LOWER);
    }

    public static String base64(SplittableRandom random, int length) {
        return draw(random, length, BASE64);
    }

    public static String base64Url(SplittableRandom random, int length) {
        return draw(random, length, BASE64_URL);
    }

    /** An Entra PUID as written in UserKey, e.g. {@code 10032002F22CA807}. */
    public static String puid(SplittableRandom random) {
        return "1003" + hexUpper(random, 12);
    }

    /** An Exchange store folder id, e.g. {@code LgAAAAB+7ILpFNx8TrktaK8V...AAAB}. */
    public static String folderStoreId(SplittableRandom random) {
        return "LgAAAAA" + base64(random, 45) + "AAAAAAE" + base64(random, 2) + "AAAB";
    }

    /** A REST/Graph item id, e.g. {@code AAMkAGI2...}. */
    public static String restItemId(SplittableRandom random) {
        return "AAMkAG" + base64(random, 90) + "AAA=";
    }

    /** An immutable item id, e.g. {@code AAkALgAAAAAAHYQD...}. */
    public static String immutableItemId(SplittableRandom random) {
        return "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A" + base64Url(random, 48) + "AAA=";
    }

    /** An Entra UniqueTokenId, e.g. {@code uc5AJHAAZkWKJYVV8OgTAA}. */
    public static String uniqueTokenId(SplittableRandom random) {
        return base64Url(random, 20) + "AA";
    }

    private static String draw(SplittableRandom random, int length, char[] alphabet) {
        char[] text = new char[length];
        for (int index = 0; index < length; index++) {
            text[index] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(text);
    }
}
