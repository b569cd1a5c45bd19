package io.osprey.collect;

/**
 * One thing {@code osprey collect} would fetch.
 *
 * @param source what it belongs to
 * @param method the HTTP method
 * @param url    the URL (without tokens)
 * @param unit   the window key, content type or item it serves
 * @param status {@code to fetch}, or what the checkpoint already says about it
 * @param note   what else happens (polling, paging, clamping), or null
 */
public record PlannedFetch(Source source, String method, String url, String unit, String status, String note) {
    public String describe() {
        return source.cliName() + "  " + method + " " + url + "  [" + unit + "]  " + status
                + (note == null ? "" : "  (" + note + ")");
    }
}
