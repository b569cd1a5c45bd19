package io.osprey.normalize;

/** Collects, for one record being normalized, whether a structured field was found lossy. Not shared. */
final class Degradation {
    private boolean degraded;

    Degradation(boolean degradedAlready) {
        this.degraded = degradedAlready;
    }

    void mark() {
        degraded = true;
    }

    boolean isDegraded() {
        return degraded;
    }
}
