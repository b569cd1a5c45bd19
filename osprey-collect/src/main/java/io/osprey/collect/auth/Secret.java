package io.osprey.collect.auth;

import java.util.Objects;

/**
 * A secret value (client secret, certificate password). It never prints itself: {@link #toString()} is
 * redacted, so a secret that ends up in a log line, an exception or a JSON document by mistake shows as
 * {@code [redacted]}. Only {@link #reveal()} hands out the value, to the code that sends it to the sign-in
 * endpoint.
 */
public final class Secret {
    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return "[redacted]";
    }
}
