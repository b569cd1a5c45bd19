package io.osprey.model;

/**
 * Where a record (or a rejected piece of input) was found.
 *
 * @param file       the input's display path; archive members are written {@code archive.zip!/member/path}
 * @param line       1-based line number where the record starts, or -1 when the format has no lines
 * @param charOffset 0-based offset in decoded characters where the record starts, or -1 when unknown
 */
public record SourceLocation(String file, long line, long charOffset) {
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line >= 0) {
            text.append(", line ").append(line);
        }
        if (charOffset >= 0) {
            text.append(", offset ").append(charOffset);
        }
        return text.toString();
    }
}
