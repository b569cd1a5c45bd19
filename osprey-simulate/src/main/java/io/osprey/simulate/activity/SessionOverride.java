package io.osprey.simulate.activity;

import io.osprey.simulate.tenant.ClientKind;

/**
 * A planted change to a user's session on one day: the client signs in again, with this session id, and the
 * sign-in is seen from another address (an adversary-in-the-middle proxy relays the victim's sign-in).
 *
 * @param kind           the client whose session is replaced
 * @param day            the day index
 * @param sessionId      the new session id
 * @param signInIp       the address the sign-in record shows
 * @param attackerLabel  the planted context the sign-in belongs to
 */
public record SessionOverride(ClientKind kind, int day, String sessionId, String signInIp, String attackerLabel) {
}
