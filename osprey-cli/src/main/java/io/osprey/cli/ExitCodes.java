package io.osprey.cli;

/** The exit codes of every command (see the command contract). */
public final class ExitCodes {
    /** Success (an ingest that rejected some records still succeeds). */
    public static final int OK = 0;
    /** A fatal error: message on standard error, nothing half-written. */
    public static final int FATAL = 1;
    /** A usage error. */
    public static final int USAGE = 2;
    /** Finished, but some input could not be recognized or read; the rest was processed. */
    public static final int SOME_INPUT_NOT_READ = 3;

    private ExitCodes() {
    }
}
