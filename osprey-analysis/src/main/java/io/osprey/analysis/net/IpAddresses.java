package io.osprey.analysis.net;

import java.util.Arrays;

/**
 * Parses IPv4 and IPv6 literals into bytes without any name resolution, and prints them back in one canonical
 * form (dotted quad; RFC 5952 lower-case compressed IPv6), so that two spellings of one address compare equal.
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    /** The 4 or 16 address bytes, or null when the text is not an IP literal. IPv4-mapped IPv6 gives 4 bytes. */
    public static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        if (value.isEmpty()) {
            return null;
        }
        if (value.indexOf(':') < 0) {
            return parseIpv4(value);
        }
        byte[] v6 = parseIpv6(value);
        if (v6 != null && isMappedIpv4(v6)) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        return v6;
    }

    /**
     * Like {@link #parse} but also accepts the forms records write before normalization:
     * {@code [2001:db8::1]:443} and {@code 203.0.113.5:51000}.
     */
    public static byte[] parseLenient(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? null : parse(value.substring(1, close));
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon == value.lastIndexOf(':') && value.indexOf('.') >= 0) {
            return parse(value.substring(0, colon));
        }
        return parse(value);
    }

    /** The canonical text of an address given as text, or null when it is not an IP literal. */
    public static String canonical(String text) {
        byte[] bytes = parse(text);
        return bytes == null ? null : format(bytes);
    }

    public static String format(byte[] bytes) {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /**
     * The network an address belongs to for baseline comparisons: the /24 of an IPv4 address, the /48 of an
     * IPv6 address, written as CIDR text.
     */
    public static String network(byte[] bytes) {
        byte[] masked = Arrays.copyOf(bytes, bytes.length);
        int prefix = bytes.length == 4 ? 24 : 48;
        for (int i = prefix / 8; i < masked.length; i++) {
            masked[i] = 0;
        }
        return format(masked) + "/" + prefix;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    static byte[] parseIpv4(String text) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                bytes[part++] = (byte) value;
                value = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? bytes : null;
    }

    private static byte[] parseIpv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        byte[] headBytes = groups(head);
        byte[] tailBytes = groups(tail);
        if (headBytes == null || tailBytes == null) {
            return null;
        }
        int total = headBytes.length + tailBytes.length;
        if (doubleColon < 0 ? total != 16 : total > 14) {
            return null;
        }
        byte[] bytes = new byte[16];
        System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
        System.arraycopy(tailBytes, 0, bytes, 16 - tailBytes.length, tailBytes.length);
        return bytes;
    }

    /** Bytes of colon-separated hex groups, the last of which may be an embedded IPv4 address. */
    private static byte[] groups(String text) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[parts.length * 2 + 2];
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                byte[] v4 = parseIpv4(part);
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, bytes, length, 4);
                length += 4;
                continue;
            }
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int value;
            try {
                value = Integer.parseInt(part, 16);
            } catch (NumberFormatException notHex) {
                return null;
            }
            bytes[length++] = (byte) (value >> 8);
            bytes[length++] = (byte) value;
        }
        return Arrays.copyOf(bytes, length);
    }
}
