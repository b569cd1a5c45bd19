package io.osprey.rules.sparrow;

import io.osprey.model.AuditEvent;
import io.osprey.rules.engine.EventView;
import io.osprey.rules.engine.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Sparrow's application investigation without its limits: for every investigated application, the
 * MailItemsAccessed records it made ({@code AppId} or {@code ClientAppId}) and the FileAccessed records
 * ({@code AppId}, {@code ClientAppId} or {@code ApplicationId}), whole. Investigated applications are the ones
 * the request names plus every application that is not a first-party Microsoft one.
 *
 * <p>Output, as Sparrow names it: {@code AppInvestigations/MailItems_Operations_Export.csv} and
 * {@code AppInvestigations/FileItems_Operations_Export.csv} for all investigated applications together, and
 * {@code AppInvestigations/<DisplayName>/MailItems_Operations_Export.<AppId>.csv} (and FileItems) per
 * application that has records.
 */
public final class ApplicationAccessCollector {
    static final String DIRECTORY = "AppInvestigations/";
    private static final Set<String> FILE_OPERATIONS = Set.of("FileAccessed", "FileAccessedExtended");
    private static final String MAIL_OPERATION = "MailItemsAccessed";

    private final Predicate<String> investigated;
    private final Map<String, String> displayNames;
    private final OperationRows allMail = new OperationRows(SparrowSchema.EXO);
    private final OperationRows allFiles = new OperationRows(SparrowSchema.SHAREPOINT);
    private final Map<String, OperationRows> mailByApp = new TreeMap<>();
    private final Map<String, OperationRows> filesByApp = new TreeMap<>();

    /**
     * @param investigated whether an application id (lower case) is investigated
     * @param displayNames application id (lower case) to display name, for the per-application folders
     */
    public ApplicationAccessCollector(Predicate<String> investigated, Map<String, String> displayNames) {
        this.investigated = investigated;
        this.displayNames = Map.copyOf(displayNames);
    }

    public void add(EventView view) {
        AuditEvent event = view.event();
        if (MAIL_OPERATION.equals(event.operation())) {
            add(view, applicationIds(event.appId(), event.clientAppId()), allMail, mailByApp, SparrowSchema.EXO);
        } else if (FILE_OPERATIONS.contains(event.operation())) {
            String applicationId = JsonText.scalar(view.auditData().get("ApplicationId"));
            add(view, applicationIds(event.appId(), event.clientAppId(), applicationId), allFiles, filesByApp,
                    SparrowSchema.SHAREPOINT);
        }
    }

    private void add(EventView view, Set<String> appIds, OperationRows all, Map<String, OperationRows> byApp,
                     SparrowSchema schema) {
        boolean any = false;
        for (String appId : appIds) {
            if (investigated.test(appId)) {
                byApp.computeIfAbsent(appId, id -> new OperationRows(schema)).add(view);
                any = true;
            }
        }
        if (any) {
            all.add(view);
        }
    }

    public List<SparrowTable> tables() {
        List<SparrowTable> tables = new ArrayList<>();
        tables.add(allMail.table(DIRECTORY + "MailItems_Operations_Export.csv"));
        tables.add(allFiles.table(DIRECTORY + "FileItems_Operations_Export.csv"));
        mailByApp.forEach((appId, rows) -> tables.add(rows.table(folder(appId)
                + "MailItems_Operations_Export." + appId + ".csv")));
        filesByApp.forEach((appId, rows) -> tables.add(rows.table(folder(appId)
                + "FileItems_Operations_Export." + appId + ".csv")));
        return tables;
    }

    private String folder(String appId) {
        return DIRECTORY + safeFolderName(displayNames.getOrDefault(appId, "Unknown application")) + "/";
    }

    /** A display name made safe as one path segment on every platform. */
    static String safeFolderName(String displayName) {
        String safe = displayName.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        safe = safe.replaceAll("^\\.+", "_");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80).strip();
        }
        return safe.isEmpty() ? "Unknown application" : safe;
    }

    private static Set<String> applicationIds(String... candidates) {
        Set<String> ids = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                ids.add(candidate.trim().toLowerCase(Locale.ROOT));
            }
        }
        return ids;
    }
}
