package io.osprey.store.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evidence manifest of a case: every distinct input (path and SHA-256) ever given to {@code ingest}, with
 * the counts of the run that first read it. Reading the same evidence again adds no entry, so the manifest's
 * totals describe the case: its {@code recordsIngested} is the number of stored events. An input that could
 * not be read or recognized is listed with the latest reason until a later run reads it.
 */
final class Manifest {
    private Manifest() {
    }

    static IngestSummary of(List<InputsTable.StoredInput> inputs) {
        Map<List<String>, InputsTable.StoredInput> chosen = new LinkedHashMap<>();
        for (InputsTable.StoredInput input : inputs) {
            List<String> identity = List.of(input.file().path(), Objects.toString(input.file().sha256(), ""));
            InputsTable.StoredInput earlier = chosen.get(identity);
            if (earlier == null || (!earlier.file().wasRead())) {
                chosen.put(identity, input);
            }
        }
        List<InputsTable.StoredInput> entries = new ArrayList<>(chosen.values());
        entries.sort(Comparator.comparingLong(InputsTable.StoredInput::inputId));
        return new IngestSummary(entries.stream().map(InputsTable.StoredInput::file).toList());
    }
}
