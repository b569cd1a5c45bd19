package io.osprey.report.messagetrace;

import io.osprey.model.Rejection;

import java.util.List;

/**
 * Everything read from a set of message trace exports.
 *
 * @param files      every export read, in the order given
 * @param rows       every usable row
 * @param rejections rows that could not be used, with reason and location
 * @param unreadable files that are not message trace exports or could not be read, with the reason
 */
public record MessageTraceRead(List<MessageTraceFile> files, List<MessageTraceRow> rows, List<Rejection> rejections,
                               List<String> unreadable) {
    public MessageTraceRead {
        files = List.copyOf(files);
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
        unreadable = List.copyOf(unreadable);
    }
}
