package io.osprey.formats.input;

/** Rules for member names inside archives. */
final class ArchivePaths {
    private ArchivePaths() {
    }

    /**
     * A member name is unsafe when it is absolute ({@code /x}, {@code \x}, {@code C:x}) or climbs out of the
     * archive with a {@code ..} segment. Such members are never read.
     */
    static boolean isUnsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\")) {
            return true;
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return name.indexOf('\0') >= 0;
    }
}
