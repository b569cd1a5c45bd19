package io.osprey.simulate.tenant;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the simulation seed, so every user-day, message and
 * incident draws from its own stream: the output never depends on processing order.
 */
public final class Seeds {
    public static final long USER_PROFILE = 1;
    public static final long USER_DAY = 2;
    public static final long MESSAGE = 3;
    public static final long INCIDENT = 4;
    public static final long TENANT = 5;
    public static final long TENANT_DAY = 6;
    public static final long FILES = 7;

    private Seeds() {
    }

    /** The SplitMix64 finalizer: a bijective, well-mixing function of 64 bits. */
    public static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static long derive(long seed, long... parts) {
        long hash = mix(seed);
        for (long part : parts) {
            hash = mix(hash ^ part);
        }
        return hash;
    }

    public static SplittableRandom stream(long seed, long... parts) {
        return new SplittableRandom(derive(seed, parts));
    }
}
