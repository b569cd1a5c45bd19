package io.osprey.simulate.activity;

import io.osprey.simulate.audit.MailItemsAccessedRecords;
import io.osprey.simulate.operations.DirectoryRecords;
import io.osprey.simulate.operations.EntraRecords;
import io.osprey.simulate.operations.ExchangeRecords;
import io.osprey.simulate.tenant.MessagePool;
import io.osprey.simulate.tenant.Tenant;
import io.osprey.simulate.tenant.UserProfile;
import io.osprey.simulate.truth.TruthRecorder;

import java.util.List;

/**
 * The simulated tenant as the day-by-day generation sees it: users, message pool, record factories, the
 * truth being collected, and the period.
 *
 * @param start epoch seconds of the first day's midnight (UTC)
 */
public record World(long seed, long start, int days, Tenant tenant, List<UserProfile> users, MessagePool messages,
                    MailItemsAccessedRecords mailItemsAccessed, EntraRecords entra, DirectoryRecords directory,
                    ExchangeRecords exchange, TruthRecorder truth) {
    public static final long DAY = 86_400;

    public World {
        users = List.copyOf(users);
    }

    public static World create(long seed, long start, int days, Tenant tenant, List<UserProfile> users,
                               TruthRecorder truth) {
        return new World(seed, start, days, tenant, users, new MessagePool(seed),
                new MailItemsAccessedRecords(tenant), new EntraRecords(tenant), new DirectoryRecords(tenant),
                new ExchangeRecords(tenant), truth);
    }

    public long dayStart(int day) {
        return start + day * DAY;
    }

    public long end() {
        return dayStart(days);
    }
}
