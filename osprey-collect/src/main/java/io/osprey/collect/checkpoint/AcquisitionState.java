package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one acquisition (a tenant and a set of filters) asked and got, across all its runs. It is the
 * checkpoint a new run continues from and the manifest later stages read coverage from. Only
 * {@link Checkpoint} touches it, under its lock.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class AcquisitionState {
    String fingerprint;
    String tenant;
    String clientId;
    String cloud;
    Map<String, String> hosts = new LinkedHashMap<>();
    List<String> operations = new ArrayList<>();
    List<String> users = new ArrayList<>();
    List<String> recordTypes = new ArrayList<>();
    List<RunState> runs = new ArrayList<>();
    Map<String, String> subscriptions = new LinkedHashMap<>();
    Map<String, AuditWindowState> auditWindows = new LinkedHashMap<>();
    Map<String, ActivityWindowState> activityWindows = new LinkedHashMap<>();
    Map<String, BlobState> activityBlobs = new LinkedHashMap<>();
    Map<String, ItemState> directory = new LinkedHashMap<>();
    Map<String, ItemState> signIns = new LinkedHashMap<>();
    List<CoverageHole> holes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    AcquisitionState() {
    }

    AcquisitionState(AcquisitionIdentity identity) {
        fingerprint = identity.fingerprint();
        tenant = identity.tenant();
        clientId = identity.clientId();
        cloud = identity.cloud();
        hosts.putAll(identity.hosts());
        operations.addAll(identity.operations());
        users.addAll(identity.users());
        recordTypes.addAll(identity.recordTypes());
    }

    public String fingerprint() {
        return fingerprint;
    }

    public List<RunState> runs() {
        return runs;
    }

    public Map<String, String> subscriptions() {
        return subscriptions;
    }

    public Map<String, AuditWindowState> auditWindows() {
        return auditWindows;
    }

    public Map<String, ActivityWindowState> activityWindows() {
        return activityWindows;
    }

    public Map<String, BlobState> activityBlobs() {
        return activityBlobs;
    }

    public Map<String, ItemState> directory() {
        return directory;
    }

    public Map<String, ItemState> signIns() {
        return signIns;
    }

    public List<CoverageHole> holes() {
        return holes;
    }

    public List<String> warnings() {
        return warnings;
    }
}
