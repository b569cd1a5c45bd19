package io.osprey.simulate.incident;

import io.osprey.simulate.activity.Action;
import io.osprey.simulate.activity.DayOutline;
import io.osprey.simulate.activity.UserDay;
import io.osprey.simulate.activity.UserState;
import io.osprey.simulate.activity.World;
import io.osprey.simulate.tenant.ProfileRequirements;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A planted incident. Its victims are chosen before the users are made ({@link #require}); once they exist it
 * registers its attacker contexts with the truth and plants session changes ({@link #plant}); then it adds its
 * actions to the days of the users it involves ({@link #act}).
 */
public interface Incident {
    void require(ProfileRequirements requirements);

    void plant(World world, IntFunction<UserState> states);

    /** Adds the incident's actions to a user's day; called for every user-day after benign life. */
    void act(UserDay day, DayOutline outline, List<Action> actions);
}
