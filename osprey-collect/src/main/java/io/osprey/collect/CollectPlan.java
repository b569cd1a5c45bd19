package io.osprey.collect;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code osprey collect} would fetch, worked out without any network call.
 *
 * @param fetches every call, in order, with what the checkpoint already holds
 * @param notes   how it would sign in, where evidence goes, what is clamped
 */
public record CollectPlan(List<PlannedFetch> fetches, List<String> notes) {
    public CollectPlan {
        fetches = List.copyOf(fetches);
        notes = List.copyOf(notes);
    }

    /** The plan as lines for a terminal. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(notes);
        fetches.forEach(fetch -> lines.add(fetch.describe()));
        return lines;
    }
}
