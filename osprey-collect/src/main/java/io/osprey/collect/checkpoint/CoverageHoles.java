package io.osprey.collect.checkpoint;

import java.util.ArrayList;
import java.util.List;

/** Derives the coverage holes from the state: every unit that is not settled, or settled with records missing. */
public final class CoverageHoles {
    private static final String NOT_YET = "not collected yet (the run was interrupted or has not reached it)";

    private CoverageHoles() {
    }

    public static List<CoverageHole> of(AcquisitionState state) {
        List<CoverageHole> holes = new ArrayList<>();
        state.auditWindows.values().forEach(window -> audit(window, holes));
        state.activityWindows.values().forEach(window -> activity(window, holes));
        state.activityBlobs.values().stream().filter(blob -> blob.status() == UnitStatus.FAILED).forEach(blob ->
                holes.add(new CoverageHole("activity-api", null, null, blob.contentId(), "content blob of "
                        + blob.contentType() + " published " + blob.contentCreated() + " could not be downloaded: "
                        + blob.failure())));
        state.directory.values().forEach(item -> item(item, "directory", null, null, holes));
        state.signIns.values().forEach(item -> {
            String windowKey = item.key().split("#", 2)[0];
            int separator = windowKey.indexOf('_');
            item(item, "signins", windowKey.substring(0, separator), windowKey.substring(separator + 1), holes);
        });
        return holes;
    }

    private static void audit(AuditWindowState window, List<CoverageHole> holes) {
        String reason = switch (window.status()) {
            case FAILED -> "the query could not be completed: " + window.failure();
            case TRUNCATED -> "the service's record limit was reached in a window too short to split further:"
                    + " records are missing";
            case PENDING, IN_PROGRESS -> NOT_YET;
            default -> null;
        };
        if (reason != null) {
            holes.add(new CoverageHole("audit", window.startUtc(), window.endUtc(), window.key(), reason));
        }
    }

    private static void activity(ActivityWindowState window, List<CoverageHole> holes) {
        String reason = switch (window.status()) {
            case OUT_OF_REACH -> window.failure();
            case FAILED -> "the content listing could not be completed: " + window.failure();
            case PENDING, IN_PROGRESS -> NOT_YET;
            default -> null;
        };
        if (reason != null) {
            holes.add(new CoverageHole("activity-api", window.plannedStartUtc(), window.plannedEndUtc(),
                    window.key(), reason));
        } else if (window.askedStartUtc() != null && !window.askedStartUtc().equals(window.plannedStartUtc())) {
            holes.add(new CoverageHole("activity-api", window.plannedStartUtc(), window.askedStartUtc(), window.key(),
                    "older than the Management Activity API's 7-day reach when collected"));
        }
    }

    private static void item(ItemState item, String source, String start, String end, List<CoverageHole> holes) {
        if (item.status() == UnitStatus.FAILED) {
            holes.add(new CoverageHole(source, start, end, item.key(), "could not be collected: " + item.failure()));
        } else if (!item.status().isSettled()) {
            holes.add(new CoverageHole(source, start, end, item.key(), NOT_YET));
        }
    }
}
