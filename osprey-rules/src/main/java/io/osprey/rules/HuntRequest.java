package io.osprey.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the hunt runs with besides the events.
 *
 * @param ruleDirectories  folders of extra rules ({@code --rules DIR}), loaded after the shipped ones
 * @param tuningFile       the tuning YAML (disable rules, change levels), or null
 * @param directoryDir     the folder of saved Microsoft Graph responses (see
 *                         {@link io.osprey.rules.directory.DirectoryInventoryReader}), or null
 * @param attackerContexts the addresses and sessions the investigation attributed to the attacker
 * @param applicationIds   applications to investigate besides every non-Microsoft one (lower case)
 */
public record HuntRequest(List<Path> ruleDirectories, Path tuningFile, Path directoryDir,
                          AttackerContexts attackerContexts, Set<String> applicationIds) {
    public HuntRequest {
        ruleDirectories = List.copyOf(ruleDirectories);
        attackerContexts = attackerContexts == null ? AttackerContexts.NONE : attackerContexts;
        applicationIds = Set.copyOf(applicationIds.stream().map(id -> id.trim().toLowerCase(Locale.ROOT)).toList());
    }

    /** Shipped rules only, no tuning, no directory inventory, no attacker contexts. */
    public static HuntRequest defaults() {
        return builder().build();
    }

    public Optional<Path> tuning() {
        return Optional.ofNullable(tuningFile);
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directoryDir);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a request step by step. */
    public static final class Builder {
        private final List<Path> ruleDirectories = new ArrayList<>();
        private Path tuningFile;
        private Path directoryDir;
        private AttackerContexts attackerContexts = AttackerContexts.NONE;
        private final List<String> applicationIds = new ArrayList<>();

        public Builder rules(Path directory) {
            ruleDirectories.add(directory);
            return this;
        }

        public Builder tuning(Path file) {
            this.tuningFile = file;
            return this;
        }

        public Builder directory(Path folder) {
            this.directoryDir = folder;
            return this;
        }

        public Builder attackerContexts(AttackerContexts contexts) {
            this.attackerContexts = contexts;
            return this;
        }

        public Builder applications(Collection<String> ids) {
            applicationIds.addAll(ids);
            return this;
        }

        public HuntRequest build() {
            return new HuntRequest(ruleDirectories, tuningFile, directoryDir, attackerContexts,
                    Set.copyOf(applicationIds));
        }
    }
}
