package io.osprey.simulate.activity;

import io.osprey.model.MailAccessType;
import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.audit.AuditScope;
import io.osprey.simulate.audit.AuditedAccess;
import io.osprey.simulate.audit.MailboxAuditor;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.Message;
import io.osprey.simulate.tenant.Seeds;
import io.osprey.simulate.tenant.UserProfile;
import io.osprey.simulate.truth.TraceScope;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One user's day: its random stream, the records written so far, and the bookkeeping of what the auditor
 * records (folders seen, throttling, attacker accesses for the truth).
 */
public final class UserDay implements AuditScope {
    private final World world;
    private final UserState state;
    private final int day;
    private final SplittableRandom random;
    private final List<AuditRecord> records = new ArrayList<>();

    public UserDay(World world, UserState state, int day) {
        this.world = world;
        this.state = state;
        this.day = day;
        this.random = Seeds.stream(world.seed(), Seeds.USER_DAY, state.profile().index(), day);
    }

    public World world() {
        return world;
    }

    public UserState state() {
        return state;
    }

    public UserProfile profile() {
        return state.profile();
    }

    public int day() {
        return day;
    }

    public long dayStart() {
        return world.dayStart(day);
    }

    public boolean weekend() {
        DayOfWeek weekday = LocalDate.ofEpochDay(Math.floorDiv(dayStart(), World.DAY)).getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** A time of this day: {@code hour} (may be fractional) after midnight UTC. */
    public long at(double hour) {
        return dayStart() + Math.round(hour * 3600);
    }

    @Override
    public SplittableRandom random() {
        return random;
    }

    @Override
    public Message message(int folder, int index) {
        return world.messages().message(profile(), folder, index);
    }

    /** Runs the day's actions in time order through the mailbox's auditor; returns the day's records by time. */
    public List<AuditRecord> run(List<Action> actions) {
        actions.sort((left, right) -> Long.compare(left.time(), right.time()));
        MailboxAuditor auditor = state.auditor();
        for (Action action : actions) {
            if (action instanceof Action.Bind bind) {
                auditor.bind(bind.time(), bind.context(), bind.folder(), bind.message(), this);
            } else if (action instanceof Action.Sync sync) {
                auditor.sync(sync.time(), sync.context(), sync.folder(), this);
            } else if (action instanceof Action.Emit emit) {
                auditor.closeWindowsBefore(emit.time(), this);
                records.add(emit.record());
                if (emit.attacker()) {
                    world.truth().attackerRecord(emit.record(), emit.finding(), emit.detail());
                }
            }
        }
        auditor.flush(this);
        auditor.forgetBefore(world.dayStart(day + 1));
        records.sort((left, right) -> Long.compare(left.creationTime(), right.creationTime()));
        return records;
    }

    @Override
    public void recorded(AuditedAccess access) {
        AuditRecord record = access.record();
        records.add(record);
        state.folderSeen(access.folder());
        String mailbox = profile().upn();
        if (access.throttled()) {
            world.truth().throttled(mailbox, record, MailboxAuditor.THROTTLE_SECONDS);
        }
        AccessContext context = access.context();
        if (!context.isAttacker()) {
            return;
        }
        String folderPath = profile().folderPath(access.folder());
        if (access.accessType() == MailAccessType.SYNC) {
            world.truth().attackerSync(mailbox, context.attackerLabel(), record, folderPath,
                    traceScope(access.folder(), folderPath));
        } else {
            List<String> ids = new ArrayList<>(access.messages().size());
            access.messages().forEach(message -> ids.add(message.internetMessageId()));
            world.truth().attackerBind(mailbox, context.attackerLabel(), record, folderPath, ids);
        }
    }

    private TraceScope traceScope(int folder, String folderPath) {
        String inbox = profile().folderPath(MailFolder.INBOX.ordinal());
        if (folderPath.equals(inbox) || folderPath.startsWith(inbox + "\\")) {
            return TraceScope.RECEIVED;
        }
        return folder == MailFolder.SENT_ITEMS.ordinal() ? TraceScope.SENT : TraceScope.NONE;
    }

    @Override
    public void unrecordedWhileThrottled(AccessContext context, int folder, int index) {
        if (context.isAttacker()) {
            world.truth().unrecordedAttackerBind(profile().upn());
        }
    }
}
