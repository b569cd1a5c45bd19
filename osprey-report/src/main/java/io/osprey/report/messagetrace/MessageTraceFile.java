package io.osprey.report.messagetrace;

/**
 * What reading one message trace export gave.
 *
 * @param layout   the export's layout
 * @param rowsRead data rows read (blank lines are not rows)
 * @param rejected rows that could not be used (each reported with its reason and line)
 */
public record MessageTraceFile(String path, MessageTraceLayout layout, long rowsRead, long rejected) {
}
