package io.osprey.collect;

import io.osprey.collect.auth.SignInSettings;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to collect.
 *
 * @param caseDirectory the case; evidence goes to {@code evidence/}, the manifest to {@code acquisition.json}
 * @param signIn        tenant, app, credential and hosts
 * @param from          start of the time range (inclusive, truncated to the second)
 * @param to            end of the time range (exclusive, rounded up to the second)
 * @param sources       what to acquire
 * @param operations    operation filter for the audit log query (empty: all)
 * @param users         user principal names: audit log query filter and sign-in filter (empty: all)
 * @param recordTypes   record type filter for the audit log query, e.g. {@code exchangeItemAggregated} (empty: all)
 */
public record CollectRequest(Path caseDirectory, SignInSettings signIn, Instant from, Instant to,
                             Set<Source> sources, List<String> operations, List<String> users,
                             List<String> recordTypes) {
    public CollectRequest {
        Objects.requireNonNull(caseDirectory, "caseDirectory");
        Objects.requireNonNull(signIn, "signIn");
        from = Objects.requireNonNull(from, "from").truncatedTo(ChronoUnit.SECONDS);
        Instant end = Objects.requireNonNull(to, "to");
        to = end.truncatedTo(ChronoUnit.SECONDS).equals(end) ? end : end.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--from must be before --to");
        }
        sources = sources == null || sources.isEmpty() ? defaultSources() : Set.copyOf(EnumSet.copyOf(sources));
        operations = clean(operations);
        users = clean(users);
        recordTypes = clean(recordTypes);
    }

    /** Without {@code --source}: the audit log query and the directory. */
    public static Set<Source> defaultSources() {
        return Set.of(Source.AUDIT, Source.DIRECTORY);
    }

    public boolean wants(Source source) {
        return sources.contains(source);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::trim).filter(value -> !value.isEmpty()).distinct().toList();
    }
}
