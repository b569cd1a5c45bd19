package io.osprey.collect.checkpoint;

/**
 * One saved page of Graph audit records.
 *
 * @param index   1-based page number within its query
 * @param records the records on the page
 * @param file    the evidence file (relative to the evidence folder), or null when the page was empty
 * @param bytes   the file's size
 * @param sha256  the file's SHA-256
 * @param retries how many retries fetching the page took
 */
public record PageState(int index, long records, String file, long bytes, String sha256, int retries) {
}
