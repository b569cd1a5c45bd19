package io.osprey.normalize;

/** Syntax checks for IPv4 and IPv6 literals, by character inspection. */
final class IpLiterals {
    private IpLiterals() {
    }

    /** Dotted quad, each part 0-255 without a sign. */
    static boolean isIpv4(String text) {
        int parts = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char character = i < text.length() ? text.charAt(i) : '.';
            if (character == '.') {
                if (digits == 0 || value > 255) {
                    return false;
                }
                parts++;
                value = 0;
                digits = 0;
            } else if (character >= '0' && character <= '9' && digits < 3) {
                value = value * 10 + (character - '0');
                digits++;
            } else {
                return false;
            }
        }
        return parts == 4;
    }

    /**
     * Eight groups of 1-4 hex digits, or fewer with exactly one {@code ::}; the last 32 bits may be written as
     * a dotted quad; a zone suffix ({@code %eth0}) is allowed.
     */
    static boolean isIpv6(String text) {
        int zone = text.indexOf('%');
        String address = zone < 0 ? text : text.substring(0, zone);
        if (zone == text.length() - 1 || address.length() < 2) {
            return false;
        }
        int compression = address.indexOf("::");
        if (compression >= 0 && address.indexOf("::", compression + 1) >= 0) {
            return false;
        }
        int groups = 0;
        int start = 0;
        int length = address.length();
        while (start < length) {
            if (start == compression) {
                start += 2;
                continue;
            }
            int end = address.indexOf(':', start);
            end = end < 0 ? length : end;
            String group = address.substring(start, end);
            if (end == length && group.indexOf('.') >= 0) {
                if (!isIpv4(group)) {
                    return false;
                }
                groups += 2;
            } else if (!isHexGroup(group)) {
                return false;
            } else {
                groups++;
            }
            if (end == length) {
                break;
            }
            start = end == compression ? end : end + 1;
            if (start == length) {
                return false; // a single trailing colon
            }
        }
        return compression >= 0 ? groups <= 7 : groups == 8;
    }

    private static boolean isHexGroup(String group) {
        if (group.isEmpty() || group.length() > 4) {
            return false;
        }
        for (int i = 0; i < group.length(); i++) {
            if (Character.digit(group.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
