package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A part of the requested acquisition that is not (fully) in the evidence. {@code investigate} and the report
 * show these as coverage holes.
 *
 * @param source   the source ({@code audit}, {@code activity-api}, {@code directory}, {@code signins})
 * @param startUtc the start of the uncovered time, or null for a directory item
 * @param endUtc   the end of the uncovered time, or null for a directory item
 * @param unit     the unit that is incomplete (window key, content id, item name)
 * @param reason   why, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageHole(String source, String startUtc, String endUtc, String unit, String reason) {
}
