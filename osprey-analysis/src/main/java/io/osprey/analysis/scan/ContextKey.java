package io.osprey.analysis.scan;

import io.osprey.analysis.net.IpAddresses;
import io.osprey.model.AuditEvent;

import java.util.Locale;
import java.util.Map;

/**
 * The fields that make an access context within one mailbox, as Microsoft defines it: the same session seen
 * from a new IP is a different context. Values are normalized (ids lower-cased, IP canonical, blanks null).
 */
public record ContextKey(String sessionId, String clientIp, String clientInfoString, String userId,
                         String appId, String clientAppId, String logonType) {

    /**
     * Builds the key of a record.
     *
     * @param canonicalIps a per-mailbox cache from the normalized address text to its canonical form
     * @param lowered      a per-mailbox cache from an id as written to its trimmed lower-case form
     */
    public static ContextKey of(AuditEvent event, Map<String, String> canonicalIps, Map<String, String> lowered) {
        return new ContextKey(lower(event.sessionId(), lowered), canonicalIp(event, canonicalIps),
                blankToNull(event.clientInfoString()), lower(event.userId(), lowered),
                lower(event.appId(), lowered), lower(event.clientAppId(), lowered), blankToNull(event.logonType()));
    }

    private static String lower(String value, Map<String, String> lowered) {
        if (value == null) {
            return null;
        }
        String cached = lowered.get(value);
        if (cached == null) {
            cached = lower(value);
            lowered.put(value, cached == null ? "" : cached);
            return cached;
        }
        return cached.isEmpty() ? null : cached;
    }

    private static String canonicalIp(AuditEvent event, Map<String, String> canonicalIps) {
        String normalized = event.clientAddress() == null ? null : event.clientAddress().normalized();
        if (normalized == null || normalized.isBlank()) {
            return null;
        }
        return canonicalIps.computeIfAbsent(normalized, text -> {
            byte[] bytes = IpAddresses.parseLenient(text);
            return bytes == null ? text.trim() : IpAddresses.format(bytes);
        });
    }

    static String lower(String value) {
        String trimmed = blankToNull(value);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
