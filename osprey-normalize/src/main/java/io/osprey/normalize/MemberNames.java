package io.osprey.normalize;

import java.util.Arrays;

/**
 * The top-level member names the {@link AuditDataScanner} has met in one record, to decline a record that
 * repeats one: Jackson keeps the last value of a repeated member in the first one's place, which a one-pass
 * reader cannot reproduce. Known fields are tracked by bit, other names by position in the text. Not shared.
 */
final class MemberNames {
    private static final long KEY_MASK = 0xFFFF_FFFF_0000_0000L;

    private long knownFields; // one bit per AuditField ordinal
    private long[] otherNames = new long[16]; // name key in the high half, start in the low half
    private int otherNameCount;
    private long otherKeyBits; // a 64-bit summary of the other names' keys: most names skip the search

    /** Records the name just read ({@code field} is null for a name the normalizer does not use). */
    void add(JsonScanner json, AuditField field) {
        if (field != null) {
            long bit = 1L << field.ordinal();
            if ((knownFields & bit) != 0) {
                throw JsonScanner.Declined.INSTANCE;
            }
            knownFields |= bit;
        } else {
            addOther(json.text(), json.nameStart(), json.nameEnd(), json.nameKey());
        }
    }

    private void addOther(String text, int start, int end, int nameKey) {
        long key = (long) nameKey << 32;
        long keyBit = 1L << nameKey; // the shift uses the key's low six bits
        if ((otherKeyBits & keyBit) != 0 && isOther(text, start, end - start, key)) {
            throw JsonScanner.Declined.INSTANCE;
        }
        otherKeyBits |= keyBit;
        if (otherNameCount == otherNames.length) {
            otherNames = Arrays.copyOf(otherNames, otherNameCount * 2);
        }
        otherNames[otherNameCount++] = key | start;
    }

    /** Whether an earlier other name equals {@code text[start, start + length)}. */
    private boolean isOther(String text, int start, int length, long key) {
        for (int index = 0; index < otherNameCount; index++) {
            long other = otherNames[index];
            int otherStart = (int) other;
            // names hold no quote, so a match followed by the earlier name's closing quote is the whole name
            if ((other & KEY_MASK) == key && text.regionMatches(otherStart, text, start, length)
                    && text.charAt(otherStart + length) == '"') {
                return true;
            }
        }
        return false;
    }
}
