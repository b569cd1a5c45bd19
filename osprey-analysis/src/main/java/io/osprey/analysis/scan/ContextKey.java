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
     */
    public static ContextKey of(AuditEvent event, Map<String, String> canonicalIps) {
        return new ContextKey(lower(event.sessionId()), canonicalIp(event, canonicalIps),
                blankToNull(event.clientInfoString()), lower(event.userId()), lower(event.appId()),
                lower(event.clientAppId()), blankToNull(event.logonType()));
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
