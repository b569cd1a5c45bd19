package io.osprey.analysis;

/**
 * Why a context is attributed as it is.
 *
 * @param code   a stable machine-readable code (ioc, pivot-session, first-seen-network, ...)
 * @param text   the human sentence
 * @param weight how much the reason counts in the suspicion ranking (IOC and pivot reasons rank above all)
 */
public record Reason(String code, String text, int weight) {
}
