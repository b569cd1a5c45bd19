package io.osprey.simulate.activity;

/**
 * A client's Entra session: SessionId is preserved over token refreshes and changes when the user signs in
 * again.
 *
 * @param sessionId the session id
 * @param issuedAt  when the session's sign-in happened (epoch seconds)
 */
public record DeviceSession(String sessionId, long issuedAt) {
}
