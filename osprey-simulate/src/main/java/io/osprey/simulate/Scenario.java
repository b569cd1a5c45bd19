package io.osprey.simulate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The planted incidents the simulator can write; {@link #FULL} is all of them in one tenant. */
public enum Scenario {
    TOKEN_THEFT, PASSWORD_SPRAY, OAUTH_APP, THROTTLED, TENANT_TAKEOVER, QUIET, FULL;

    /** The name on the command line, e.g. {@code token-theft}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Scenario parse(String name) {
        for (Scenario scenario : values()) {
            if (scenario.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "'; expected one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(Scenario::cliName).collect(Collectors.joining(", "));
    }

    /** Whether this scenario plants the incident of {@code single} (FULL plants every incident). */
    public boolean includes(Scenario single) {
        return this == single || this == FULL && single != QUIET;
    }

    /** The fewest users the scenario needs (its victims must be distinct people). */
    public int minimumUsers() {
        return switch (this) {
            case QUIET -> 1;
            case FULL -> 12;
            default -> 6;
        };
    }
}
