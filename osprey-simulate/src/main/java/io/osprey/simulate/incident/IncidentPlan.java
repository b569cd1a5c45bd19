package io.osprey.simulate.incident;

import io.osprey.simulate.Scenario;
import io.osprey.simulate.tenant.ProfileRequirements;
import io.osprey.simulate.tenant.Seeds;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses the victims of a scenario's incidents (distinct people, user 0 being the administrator) and when
 * each incident happens, before any user exists; and one mailbox whose audit set lacks MailItemsAccessed.
 */
public final class IncidentPlan {
    private static final int MAX_SPRAY_TARGETS = 300;

    private final List<Incident> incidents;
    private final ProfileRequirements requirements;
    private final int unauditedUser;

    private IncidentPlan(List<Incident> incidents, ProfileRequirements requirements, int unauditedUser) {
        this.incidents = List.copyOf(incidents);
        this.requirements = requirements;
        this.unauditedUser = unauditedUser;
    }

    public static IncidentPlan create(Scenario scenario, long seed, int users, int days) {
        SplittableRandom random = Seeds.stream(seed, Seeds.INCIDENT);
        int[] order = shuffledUsers(users, random);
        int next = 0;
        int middle = days / 2;
        int early = Math.max(0, middle - 1);
        List<Incident> incidents = new ArrayList<>();
        ProfileRequirements requirements = new ProfileRequirements();
        int unaudited = users >= 8 ? order[next++] : -1;
        if (unaudited >= 0) {
            requirements.requireUnaudited(unaudited);
        }
        if (scenario.includes(Scenario.TOKEN_THEFT)) {
            incidents.add(new TokenTheft(order[next++], middle, random.split()));
        }
        if (scenario.includes(Scenario.PASSWORD_SPRAY)) {
            BitSet targets = new BitSet();
            int victim = order[next++];
            for (int index = 0; index < order.length && targets.cardinality() < MAX_SPRAY_TARGETS; index++) {
                if (order[index] != victim && (order[index] == unaudited || random.nextInt(100) < 60)) {
                    targets.set(order[index]);
                }
            }
            incidents.add(new PasswordSpray(victim, targets, early, random.split()));
        }
        if (scenario.includes(Scenario.OAUTH_APP)) {
            int[] victims = {order[next++], order[next++], order[next++]};
            incidents.add(new OAuthApp(victims, middle, random.split()));
        }
        if (scenario.includes(Scenario.THROTTLED)) {
            incidents.add(new ThrottledMailbox(order[next++], early, random.split()));
        }
        if (scenario.includes(Scenario.TENANT_TAKEOVER)) {
            int[] readTargets = {order[next++], order[next++]};
            incidents.add(new TenantTakeover(readTargets, Math.min(days - 1, middle + 1), random.split()));
        }
        incidents.forEach(incident -> incident.require(requirements));
        return new IncidentPlan(incidents, requirements, unaudited);
    }

    /** Users 1..n-1 in a random order (user 0, the administrator, is never a mailbox victim). */
    private static int[] shuffledUsers(int users, SplittableRandom random) {
        int[] order = new int[Math.max(0, users - 1)];
        for (int index = 0; index < order.length; index++) {
            order[index] = index + 1;
        }
        for (int index = order.length - 1; index > 0; index--) {
            int swap = random.nextInt(index + 1);
            int held = order[index];
            order[index] = order[swap];
            order[swap] = held;
        }
        return order;
    }

    public List<Incident> incidents() {
        return incidents;
    }

    public ProfileRequirements requirements() {
        return requirements;
    }

    /** The user whose mailbox is not audited for MailItemsAccessed, or -1. */
    public int unauditedUser() {
        return unauditedUser;
    }
}
