package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One invocation of {@code osprey collect} on this acquisition.
 *
 * @param startedUtc  when it started
 * @param finishedUtc when it ended, or null while running (or when it was killed)
 * @param fromUtc     the requested start
 * @param toUtc       the requested end
 * @param sources     the requested sources
 * @param outcome     {@code complete}, {@code incomplete}, {@code interrupted} or {@code failed: reason}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunState(String startedUtc, String finishedUtc, String fromUtc, String toUtc, List<String> sources,
                       String outcome) {
    public RunState ended(String when, String how) {
        return new RunState(startedUtc, when, fromUtc, toUtc, sources, how);
    }
}
