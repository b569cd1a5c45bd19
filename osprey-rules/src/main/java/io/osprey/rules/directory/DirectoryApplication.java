package io.osprey.rules.directory;

import java.util.List;

/** One application registration from a saved {@code /applications} response, with its credentials. */
public record DirectoryApplication(String id, String appId, String displayName, List<Credential> credentials) {
    public DirectoryApplication {
        credentials = List.copyOf(credentials);
    }

    /**
     * A certificate ({@code keyCredentials}) or client secret ({@code passwordCredentials}).
     *
     * @param kind certificate or secret
     */
    public record Credential(String kind, String keyId, String displayName, String startDateTime,
                             String endDateTime) {
    }
}
