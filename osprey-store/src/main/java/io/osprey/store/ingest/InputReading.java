package io.osprey.store.ingest;

import io.osprey.formats.FormatReader;
import io.osprey.formats.FormatRegistry;
import io.osprey.formats.InputHead;
import io.osprey.formats.input.EvidenceInput;
import io.osprey.formats.input.EvidenceText;
import io.osprey.formats.input.Fingerprint;
import io.osprey.formats.input.InputExpander;
import io.osprey.formats.input.UnreadableInput;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;

import java.io.IOException;
import java.util.Optional;

/**
 * The reading thread's work for one input: recognize its format and stream its records to the
 * {@link BatchQueue} (which has them normalized and stored). Every record read becomes an event or a
 * rejection. An input that fails while it is read is reported unreadable and whatever it gave is discarded.
 */
final class InputReading {
    static final String NO_READER = "no reader recognizes this content";
    private static final int PROGRESS_EVERY = 4096;

    private final FormatRegistry registry;
    private final BatchQueue queue;
    private final IngestListener listener;
    private long recordsReadInRun;

    InputReading(FormatRegistry registry, BatchQueue queue, IngestListener listener) {
        this.registry = registry;
        this.queue = queue;
        this.listener = listener;
    }

    InputOutcome read(EvidenceInput input, long inputId) {
        if (input instanceof UnreadableInput unreadable) {
            return InputOutcome.notRead(inputId, unreadable.displayPath(), unreadable.fingerprint(),
                    FileSummary.UNREADABLE, unreadable.reason());
        }
        EvidenceText text = (EvidenceText) input;
        InputHead head;
        try {
            head = text.head();
        } catch (IOException e) {
            return unreadable(inputId, text, InputExpander.reason(e));
        }
        if (head.complete() && head.text().isBlank()) {
            return recognizedWithoutRecords(inputId, text, FileSummary.EMPTY, null);
        }
        Optional<FormatReader> reader = registry.detect(head);
        if (reader.isEmpty()) {
            return recognizedWithoutRecords(inputId, text, FileSummary.UNRECOGNIZED, NO_READER);
        }
        return readRecords(inputId, text, reader.get());
    }

    private InputOutcome readRecords(long inputId, EvidenceText text, FormatReader reader) {
        Tally tally = new Tally();
        queue.beginInput(inputId);
        try {
            reader.read(text, result -> accept(result, tally));
            queue.endInput();
            Fingerprint fingerprint = text.fingerprint();
            return new InputOutcome(inputId, text.displayPath(), fingerprint, reader.name(), null,
                    tally.recordsRead, tally.rejected);
        } catch (StoreFailedException e) {
            throw e;
        } catch (IOException e) {
            queue.discardInput();
            return unreadable(inputId, text, InputExpander.reason(e));
        } catch (RuntimeException e) {
            queue.discardInput();
            return unreadable(inputId, text, "the " + reader.name() + " reader failed: " + e);
        }
    }

    private void accept(ReadResult result, Tally tally) {
        tally.recordsRead++;
        if (result instanceof Rejection) {
            tally.rejected++;
        }
        queue.add(result);
        if (++recordsReadInRun % PROGRESS_EVERY == 0) {
            listener.recordsRead(recordsReadInRun);
        }
    }

    private static InputOutcome recognizedWithoutRecords(long inputId, EvidenceText text, String format,
                                                         String reason) {
        try {
            return InputOutcome.notRead(inputId, text.displayPath(), text.fingerprint(), format, reason);
        } catch (IOException e) {
            return unreadable(inputId, text, InputExpander.reason(e));
        }
    }

    private static InputOutcome unreadable(long inputId, EvidenceText text, String reason) {
        Fingerprint fingerprint;
        try {
            fingerprint = text.fingerprint();
        } catch (IOException e) {
            fingerprint = null;
        }
        return InputOutcome.notRead(inputId, text.displayPath(), fingerprint, FileSummary.UNREADABLE, reason);
    }

    private static final class Tally {
        long recordsRead;
        long rejected;
    }
}
