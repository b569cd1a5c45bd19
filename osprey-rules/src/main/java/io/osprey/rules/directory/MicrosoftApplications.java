package io.osprey.rules.directory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** First-party Microsoft application ids and names (MicrosoftApps.csv). */
public final class MicrosoftApplications {
    private static final MicrosoftApplications BUNDLED = new MicrosoftApplications(load());

    private final Map<String, String> namesById;

    private MicrosoftApplications(Map<String, String> namesById) {
        this.namesById = Map.copyOf(namesById);
    }

    public static MicrosoftApplications bundled() {
        return BUNDLED;
    }

    public boolean isMicrosoft(String appId) {
        return appId != null && namesById.containsKey(appId.trim().toLowerCase(Locale.ROOT));
    }

    public Optional<String> name(String appId) {
        return appId == null ? Optional.empty()
                : Optional.ofNullable(namesById.get(appId.trim().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> row : ReferenceCsv.readResource(ReferenceCsv.MICROSOFT_APPS)) {
            String id = row.getOrDefault("AppId", "").trim().toLowerCase(Locale.ROOT);
            if (!id.isEmpty()) {
                names.putIfAbsent(id, row.getOrDefault("AppDisplayName", ""));
            }
        }
        return names;
    }
}
