package io.osprey.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What to simulate.
 *
 * @param scenario the planted incident(s)
 * @param seed     the seed: the same spec writes byte-identical evidence
 * @param users    how many users (mailboxes) the tenant has
 * @param days     how many days to simulate
 * @param formats  the evidence formats to write (the same records in each), at least one, no repeats
 * @param overlap  also write a second acquisition that repeats the second half of the period
 * @param start    midnight (UTC) of the first day
 */
public record SimulationSpec(Scenario scenario, long seed, int users, int days, List<OutputFormat> formats,
                             boolean overlap, Instant start) {
    public static final Instant DEFAULT_START = Instant.parse("2026-03-02T00:00:00Z");
    public static final int MAX_USERS = 1_000_000;
    public static final int MAX_DAYS = 366;

    public SimulationSpec {
        if (scenario == null || start == null || formats == null) {
            throw new IllegalArgumentException("scenario, formats and start are required");
        }
        if (users < scenario.minimumUsers() || users > MAX_USERS) {
            throw new IllegalArgumentException("--users must be between " + scenario.minimumUsers() + " and "
                    + MAX_USERS + " for the scenario " + scenario.cliName() + " (was " + users + ")");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days must be between 1 and " + MAX_DAYS + " (was " + days + ")");
        }
        if (formats.isEmpty() || new LinkedHashSet<>(formats).size() != formats.size()) {
            throw new IllegalArgumentException("give each --format at most once, and at least one");
        }
        if (start.getEpochSecond() % 86_400 != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("the start must be a midnight UTC (was " + start + ")");
        }
        formats = List.copyOf(formats);
    }

    /** The defaults of {@code osprey simulate}: seed 1, 25 users, 7 days, management-activity-json. */
    public static SimulationSpec defaults(Scenario scenario) {
        return new SimulationSpec(scenario, 1, 25, 7, List.of(OutputFormat.MANAGEMENT_ACTIVITY_JSON), false,
                DEFAULT_START);
    }

    public SimulationSpec withSeed(long value) {
        return new SimulationSpec(scenario, value, users, days, formats, overlap, start);
    }

    public SimulationSpec withUsers(int value) {
        return new SimulationSpec(scenario, seed, value, days, formats, overlap, start);
    }

    public SimulationSpec withDays(int value) {
        return new SimulationSpec(scenario, seed, users, value, formats, overlap, start);
    }

    public SimulationSpec withFormats(List<OutputFormat> value) {
        return new SimulationSpec(scenario, seed, users, days, value, overlap, start);
    }

    public SimulationSpec withOverlap(boolean value) {
        return new SimulationSpec(scenario, seed, users, days, formats, value, start);
    }

    public LocalDate firstDay() {
        return LocalDate.ofInstant(start, ZoneOffset.UTC);
    }

    public Instant end() {
        return start.plusSeconds(days * 86_400L);
    }

    /** Where the second acquisition starts: the middle of the period. */
    public Instant overlapStart() {
        return start.plusSeconds(days * 86_400L / 2);
    }
}
