package io.osprey.collect.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What makes two runs the same acquisition: the tenant and the filters. The time range and the sources are
 * not part of it, so a run with a longer range or another source continues the same acquisition and reuses
 * every window already collected.
 *
 * @param tenant      the tenant
 * @param clientId    the app
 * @param cloud       the cloud name
 * @param hosts       the hosts called (login, graph, activity)
 * @param operations  operation filters, sorted
 * @param users       user filters, lower case and sorted
 * @param recordTypes record type filters, sorted
 */
public record AcquisitionIdentity(String tenant, String clientId, String cloud, Map<String, String> hosts,
                                  List<String> operations, List<String> users, List<String> recordTypes) {
    public AcquisitionIdentity {
        hosts = Map.copyOf(hosts);
        operations = operations.stream().sorted().distinct().toList();
        users = users.stream().map(user -> user.toLowerCase(Locale.ROOT)).sorted().distinct().toList();
        recordTypes = recordTypes.stream().sorted().distinct().toList();
    }

    /** 12 hex digits of a SHA-256 over tenant and filters; names the acquisition's evidence folders. */
    public String fingerprint() {
        String canonical = tenant.toLowerCase(Locale.ROOT) + "\n" + String.join(",", operations) + "\n"
                + String.join(",", users) + "\n" + String.join(",", recordTypes);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
