package io.osprey.analysis;

/** When the IOC-free suspicion rules run. */
public enum HeuristicsMode {
    /** Only when no indicator was given (the default): with indicators, attribution is IOCs plus pivots. */
    AUTO,
    /** Always, also alongside indicators. */
    ALWAYS,
    /** Never. */
    NEVER
}
