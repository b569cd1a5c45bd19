package io.osprey.model;

/** What a format reader yields for each record it finds: an audit record to normalize, or a rejection. */
public sealed interface ReadResult permits SourceRecord, Rejection {
    SourceLocation location();
}
