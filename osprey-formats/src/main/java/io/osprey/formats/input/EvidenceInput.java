package io.osprey.formats.input;

/**
 * One input found by expanding the paths given to {@code ingest}: a file, a gzip file's content or a zip
 * member. It is either readable text or unreadable with a reason.
 */
public sealed interface EvidenceInput permits EvidenceText, UnreadableInput {
    /** The path shown to the user; archive members are written {@code archive.zip!/member/path}. */
    String displayPath();
}
