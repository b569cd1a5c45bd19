package io.osprey.simulate.activity;

import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.tenant.ClientKind;

import java.util.EnumMap;

/**
 * What a user's benign day looked like, for incidents that hook into it (an attacker acting after the victim's
 * session was relayed).
 *
 * @param firstUse each used client's first use time
 * @param contexts each used client's access context
 */
public record DayOutline(EnumMap<ClientKind, Long> firstUse, EnumMap<ClientKind, AccessContext> contexts) {
}
