package io.osprey.simulate;

import io.osprey.simulate.activity.Action;
import io.osprey.simulate.activity.BenignLife;
import io.osprey.simulate.activity.DayOutline;
import io.osprey.simulate.activity.UserDay;
import io.osprey.simulate.activity.UserState;
import io.osprey.simulate.activity.World;
import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.incident.Incident;
import io.osprey.simulate.incident.IncidentPlan;
import io.osprey.simulate.output.RecordSink;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.tenant.ClientKind;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.Tenant;
import io.osprey.simulate.tenant.UserDirectory;
import io.osprey.simulate.tenant.UserProfile;
import io.osprey.simulate.truth.GroundTruth;
import io.osprey.simulate.trace.MessageTraceLedger;
import io.osprey.simulate.truth.TruthRecorder;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the tenant day by day and user by user, handing each user-day's records (in time order) to the
 * sink as soon as they exist. Memory holds the users and their state, never the records.
 */
final class SimulationRun {
    private final SimulationSpec spec;
    private final World world;
    private final IncidentPlan plan;
    private final UserState[] states;
    private final Map<String, long[]> countsByOperation = new HashMap<>();
    private final MessageTraceLedger messageTrace;
    private long records;

    SimulationRun(SimulationSpec spec) {
        this.spec = spec;
        this.plan = IncidentPlan.create(spec.scenario(), spec.seed(), spec.users(), spec.days());
        Tenant tenant = Tenant.create(spec.seed());
        List<UserProfile> users = UserDirectory.create(spec.seed(), tenant, spec.users(), plan.requirements());
        TruthRecorder truth = new TruthRecorder();
        this.world = World.create(spec.seed(), spec.start().getEpochSecond(), spec.days(), tenant, users, truth);
        this.states = new UserState[users.size()];
        for (int index = 0; index < states.length; index++) {
            states[index] = new UserState(users.get(index), world.mailItemsAccessed());
            if (!users.get(index).mailItemsAccessedAudited()) {
                truth.unaudited(users.get(index).upn());
            }
        }
        plan.incidents().forEach(incident -> incident.plant(world, index -> states[index]));
        this.messageTrace = messageTrace(users, truth.attackedMailboxes());
    }

    private MessageTraceLedger messageTrace(List<UserProfile> users, Set<String> traced) {
        List<String> colleagues = users.stream().map(UserProfile::upn).filter(upn -> !traced.contains(upn)).toList();
        MessageTraceLedger ledger = new MessageTraceLedger(spec.seed(), spec.start().getEpochSecond(),
                world.messages(), colleagues);
        users.stream().filter(user -> traced.contains(user.upn())).forEach(ledger::trace);
        return ledger;
    }

    /** The message trace of the attacked mailboxes (complete once {@link #execute} returned). */
    MessageTraceLedger messageTrace() {
        return messageTrace;
    }

    String organizationName() {
        return world.tenant().organizationName();
    }

    String workspaceTenantId() {
        return world.tenant().workspaceId();
    }

    GroundTruth execute(RecordSink sink) throws IOException {
        for (int day = 0; day < spec.days(); day++) {
            sink.startDay(spec.firstDay().plusDays(day));
            for (UserState state : states) {
                for (AuditRecord record : userDay(state, day)) {
                    sink.accept(record);
                    countsByOperation.computeIfAbsent(record.operation(), key -> new long[1])[0]++;
                    records++;
                }
            }
        }
        return world.truth().finish(header(), records, sink.duplicatesWritten(), counts(),
                upn -> states[indexOf(upn)].foldersSeen(), messageTrace.mailByMailbox());
    }

    private List<AuditRecord> userDay(UserState state, int day) {
        int[] before = folderCounts(state);
        UserDay userDay = new UserDay(world, state, day);
        List<Action> actions = BenignLife.newActionList();
        EnumMap<ClientKind, Long> firstUse = new EnumMap<>(ClientKind.class);
        EnumMap<ClientKind, AccessContext> contexts = new EnumMap<>(ClientKind.class);
        BenignLife.generate(userDay, actions, firstUse, contexts);
        DayOutline outline = new DayOutline(firstUse, contexts);
        for (Incident incident : plan.incidents()) {
            incident.act(userDay, outline, actions);
        }
        List<AuditRecord> dayRecords = userDay.run(actions);
        if (messageTrace.traces(state.profile().upn())) {
            messageTrace.day(state.profile(), world.dayStart(day), before, folderCounts(state), dayRecords);
        }
        return dayRecords;
    }

    private static int[] folderCounts(UserState state) {
        int[] counts = new int[MailFolder.COUNT];
        for (int folder = 0; folder < counts.length; folder++) {
            counts[folder] = state.folderCount(folder);
        }
        return counts;
    }

    private TruthRecorder.Header header() {
        return new TruthRecorder.Header(spec.scenario().cliName(), spec.seed(), spec.users(), spec.days(),
                spec.start().toString(), spec.end().toString(),
                spec.formats().stream().map(OutputFormat::formatName).toList(), spec.overlap());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        countsByOperation.forEach((operation, count) -> counts.put(operation, count[0]));
        return counts;
    }

    private int indexOf(String upn) {
        for (int index = 0; index < states.length; index++) {
            if (states[index].profile().upn().equals(upn)) {
                return index;
            }
        }
        throw new IllegalArgumentException("no such mailbox: " + upn);
    }
}
