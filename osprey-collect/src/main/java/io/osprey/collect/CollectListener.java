package io.osprey.collect;

/** Receives progress lines (the CLI prints them on standard error); the library itself never prints. */
@FunctionalInterface
public interface CollectListener {
    CollectListener SILENT = message -> { };

    void progress(String message);
}
